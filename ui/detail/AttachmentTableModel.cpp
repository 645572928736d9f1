#include "AttachmentTableModel.h"

#include "DetailFormat.h"

#include <QFont>
#include <QFontDatabase>

namespace vigilo::ui {

void AttachmentTableModel::setAttachments(const QList<Attachment> &attachments)
{
    beginResetModel();
    m_items = attachments;
    endResetModel();
}

const Attachment *AttachmentTableModel::attachment(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items[row] : nullptr;
}

int AttachmentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AttachmentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttachmentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Attachment &a = m_items[index.row()];
    switch (role) {
    case IdRole: return a.id;
    case SizeRole: return a.size;
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Name: return a.fileName;
        case Size: return format::size(a.size);
        case Sha256: return a.sha256;
        case AddedBy: return a.addedBy;
        case AddedAt: return format::time(a.addedAt);
        case ColumnCount: break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Sha256)
            return tr("SHA-256: %1").arg(a.sha256);
        if (index.column() == Size)
            return tr("%n bytes", nullptr, int(qMin<qint64>(a.size, INT_MAX)));
        if (index.column() == Name)
            return a.mimeType.isEmpty() ? a.fileName
                                        : QStringLiteral("%1 (%2)").arg(a.fileName, a.mimeType);
        return {};
    case Qt::FontRole:
        if (index.column() == Sha256)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Size)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default: return {};
    }
}

QVariant AttachmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name: return tr("File");
    case Size: return tr("Size");
    case Sha256: return tr("SHA-256");
    case AddedBy: return tr("Added by");
    case AddedAt: return tr("Added");
    case ColumnCount: break;
    }
    return {};
}

} // namespace vigilo::ui
