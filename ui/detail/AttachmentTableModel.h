#pragma once
// The attachments of a change: name, human-readable size, SHA-256, who added it and when.

#include "Entities.h"

#include <QAbstractTableModel>

namespace vigilo::ui {

class AttachmentTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Size, Sha256, AddedBy, AddedAt, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1, SizeRole };
    using QAbstractTableModel::QAbstractTableModel;

    void setAttachments(const QList<Attachment> &attachments);
    const Attachment *attachment(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Attachment> m_items;
};

} // namespace vigilo::ui
