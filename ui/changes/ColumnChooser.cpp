#include "ColumnChooser.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>

namespace vigilo::ui {

ColumnChooser::ColumnChooser(QHeaderView *header, const QString &settingsKey, QList<int> fixed)
    : QObject(header)
    , m_header(header)
    , m_key(settingsKey)
    , m_fixed(std::move(fixed))
{
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_header, &QWidget::customContextMenuRequested, this, &ColumnChooser::showMenu);
}

QMenu *ColumnChooser::createMenu(QWidget *parent) const
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("columnChooser"));
    menu->setTitle(tr("Columns"));
    QAbstractItemModel *model = m_header->model();
    for (int column = 0; model && column < m_header->count(); ++column) {
        auto *action = menu->addAction(
            model->headerData(column, m_header->orientation(), Qt::DisplayRole).toString());
        action->setObjectName(QStringLiteral("column%1").arg(column));
        action->setCheckable(true);
        action->setChecked(!m_header->isSectionHidden(column));
        action->setEnabled(!m_fixed.contains(column));
        if (m_fixed.contains(column))
            action->setToolTip(tr("This column always shows."));
        auto *self = const_cast<ColumnChooser *>(this);
        connect(action, &QAction::toggled, self,
                [self, column](bool on) { self->setColumnVisible(column, on); });
    }
    return menu;
}

void ColumnChooser::setColumnVisible(int column, bool visible)
{
    if (m_fixed.contains(column) || column < 0 || column >= m_header->count()
        || m_header->isSectionHidden(column) == !visible)
        return;
    m_header->setSectionHidden(column, !visible);
    save();
    Q_EMIT columnsChanged();
}

void ColumnChooser::restore()
{
    const QVariant saved = QSettings().value(m_key);
    if (!saved.isValid())
        return;
    // "2,5": the hidden columns (a plain text, as an empty list would not survive every format).
    const QStringList hidden = saved.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (int column = 0; column < m_header->count(); ++column)
        m_header->setSectionHidden(column, !m_fixed.contains(column)
                                               && hidden.contains(QString::number(column)));
}

void ColumnChooser::showMenu(const QPoint &pos)
{
    QMenu *menu = createMenu(m_header);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_header->viewport()->mapToGlobal(pos));
}

void ColumnChooser::save() const
{
    QStringList hidden;
    for (int column = 0; column < m_header->count(); ++column)
        if (m_header->isSectionHidden(column))
            hidden << QString::number(column);
    QSettings().setValue(m_key, hidden.join(QLatin1Char(',')));
}

} // namespace vigilo::ui
