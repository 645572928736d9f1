#include "AdminPage.h"

#include "dialogs/ErrorPresenter.h"
#include "main/Session.h"
#include "widgets/AssetPicker.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vigilo::ui {

QTableWidgetItem *adminCell(const QString &text, const QVariant &sortValue)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    if (sortValue.isValid())
        item->setData(Qt::UserRole + 1, sortValue);
    return item;
}

QStringList nameList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

AdminPage::AdminPage(Session &session, const QString &objectName, const QString &title,
                     const QString &intro, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_titleText(title)
    , m_body(new QVBoxLayout)
    , m_readOnly(new QLabel(this))
    , m_status(new QLabel(this))
    , m_buttons(new QHBoxLayout)
{
    setObjectName(objectName);
    auto *heading = new QLabel(title, this);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setWeight(QFont::DemiBold);
    heading->setFont(f);
    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    m_readOnly->setObjectName(QStringLiteral("readOnlyNotice"));
    m_readOnly->setWordWrap(true);
    m_readOnly->setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; color: #5c4400; "
                                             "border: 1px solid #e5c66b; border-radius: 4px; "
                                             "padding: 6px; }"));
    m_readOnly->hide();
    m_status->setObjectName(QStringLiteral("pageStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 4, 4);
    layout->addWidget(heading);
    layout->addWidget(introLabel);
    layout->addWidget(m_readOnly);
    layout->addLayout(m_body, 1);
    layout->addLayout(m_buttons);
    layout->addWidget(m_status);
}

client::Client &AdminPage::client()
{
    return m_session.client();
}

AssetPicker *AdminPage::assetPicker(QWidget *parent)
{
    auto *picker = new AssetPicker(parent);
    picker->setObjectName(QStringLiteral("assetPicker"));
    picker->setVisibleRows(4);
    picker->load(client(), client().workspace());
    return picker;
}

QString AdminPage::statusText() const
{
    return m_status->text();
}

void AdminPage::setAdministration(const client::Administration &admin)
{
    m_rights = admin.rights;
    // A viewer or engineer reads the page; the core's words say why it offers nothing to do.
    m_readOnly->setText(admin.rights.refusal.isEmpty()
                            ? tr("You can look at this page; changing it is for admins and "
                                 "owners.")
                            : admin.rights.refusal);
    m_readOnly->setVisible(!admin.rights.manageWorkspace);
    fill(admin);
    updateButtons();
}

QPushButton *AdminPage::addButton(const QString &text, const QString &objectName, Needs needs,
                                  std::function<void()> handler)
{
    auto *b = new QPushButton(text, this);
    b->setObjectName(objectName);
    m_buttons->insertWidget(m_buttons->count() - 1, b);
    connect(b, &QPushButton::clicked, this, [handler = std::move(handler)] { handler(); });
    m_actions.append({b, needs});
    b->setEnabled(false); // until the rights are known
    return b;
}

QTableWidget *AdminPage::makeTable(const QString &objectName, const QStringList &headers)
{
    m_table = new QTableWidget(0, int(headers.size()), this);
    m_table->setObjectName(objectName);
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AdminPage::updateButtons);
    m_body->addWidget(m_table, 1);
    return m_table;
}

void AdminPage::addRow(const QList<QTableWidgetItem *> &cells, const QVariant &key)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int c = 0; c < cells.size(); ++c)
        m_table->setItem(row, c, cells.at(c));
    if (!cells.isEmpty())
        cells.first()->setData(Qt::UserRole, key);
}

QVariant AdminPage::selectedKey() const
{
    if (!m_table)
        return {};
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return {};
    const QTableWidgetItem *first = m_table->item(selected.first()->row(), 0);
    return first ? first->data(Qt::UserRole) : QVariant();
}

void AdminPage::updateButtons()
{
    const bool selection = selectedKey().isValid();
    for (const auto &[button, needs] : std::as_const(m_actions)) {
        if (button->property("unavailable").toBool()) {
            button->setEnabled(false);
            continue;
        }
        switch (needs) {
        case Needs::Nothing: button->setEnabled(true); break;
        case Needs::Rights: button->setEnabled(m_rights.manageWorkspace); break;
        case Needs::RightsAndSelection:
            button->setEnabled(m_rights.manageWorkspace && selection);
            break;
        }
        if (needs != Needs::Nothing)
            button->setToolTip(m_rights.manageWorkspace ? QString() : m_rights.refusal);
    }
    refineButtons();
}

bool AdminPage::report(const Status &result, const QString &title, const QString &done)
{
    if (!result.ok()) {
        ErrorPresenter::show(this, title, result.error());
        return false;
    }
    confirm(done);
    return true;
}

void AdminPage::confirm(const QString &done)
{
    m_status->setText(done);
    emit changed();
}

} // namespace vigilo::ui
