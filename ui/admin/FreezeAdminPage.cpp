#include "FreezeAdminPage.h"

#include "AdminForm.h"
#include "detail/DetailFormat.h"
#include "widgets/AssetPicker.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableWidget>

namespace vigilo::ui {

FreezeAdminPage::FreezeAdminPage(Session &session, QWidget *parent)
    : AdminPage(session, QStringLiteral("freezeAdminPage"), tr("Freeze windows"),
                tr("A freeze window blocks submitting and scheduling changes that overlap it. "
                   "Admins and owners may override one that allows it, with a justification "
                   "that is audited."),
                parent)
{
    makeTable(QStringLiteral("freezeTable"),
              {tr("Name"), tr("Window"), tr("Applies to"), tr("Override"), tr("Reason")});
    addButton(tr("&Add…"), QStringLiteral("addFreezeButton"), Needs::Rights, [this] { add(); });
    addButton(tr("Re&move…"), QStringLiteral("removeFreezeButton"), Needs::RightsAndSelection,
              [this] { remove(); });
}

void FreezeAdminPage::fill(const client::Administration &admin)
{
    const QVariant selected = selectedKey();
    m_windows = admin.freezeWindows;
    table()->setRowCount(0);
    for (const FreezeWindow &f : std::as_const(m_windows)) {
        addRow({adminCell(f.name), adminCell(format::window(f.start, f.end)),
                adminCell(f.assets.isEmpty() ? tr("the whole workspace")
                                             : f.assets.join(QStringLiteral(", "))),
                adminCell(f.allowOverride ? tr("allowed") : tr("not allowed")),
                adminCell(f.reason)},
               f.id);
        if (f.id == selected.toLongLong())
            table()->selectRow(table()->rowCount() - 1);
    }
    table()->resizeColumnsToContents();
}

void FreezeAdminPage::remove()
{
    const qint64 id = selectedKey().toLongLong();
    FreezeWindow window;
    for (const FreezeWindow &f : std::as_const(m_windows))
        if (f.id == id)
            window = f;
    if (window.id == 0)
        return;
    QMessageBox ask(QMessageBox::Question, tr("Remove freeze window"),
                    tr("Remove the freeze window %1 (%2)?")
                        .arg(window.name, format::window(window.start, window.end)),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("removeFreezeConfirm"));
    ask.setInformativeText(tr("Changes in that period can then be submitted and scheduled. The "
                              "audit trail keeps the removed window, so a change refused or "
                              "overridden because of it stays explained."));
    ask.setDefaultButton(QMessageBox::Cancel);
    if (ask.exec() != QMessageBox::Yes)
        return;
    reportWhenAnswered(client().removeFreezeWindowAsync(id),
                       tr("%1 cannot be removed").arg(window.name),
                       tr("Freeze window %1 removed.").arg(window.name));
}

void FreezeAdminPage::add()
{
    AdminForm form(QStringLiteral("addFreezeDialog"), tr("Add a freeze window"), this);
    auto *name = new QLineEdit(&form);
    name->setObjectName(QStringLiteral("nameEdit"));
    name->setPlaceholderText(tr("e.g. Year-end freeze"));
    const QDateTime start = QDateTime(QDate::currentDate().addDays(7), QTime(0, 0));
    auto *from = new QDateTimeEdit(start, &form);
    from->setObjectName(QStringLiteral("startEdit"));
    auto *to = new QDateTimeEdit(start.addDays(7), &form);
    to->setObjectName(QStringLiteral("endEdit"));
    for (QDateTimeEdit *edit : {from, to}) {
        edit->setCalendarPopup(true);
        edit->setTimeSpec(Qt::LocalTime);
        edit->setDisplayFormat(format::dateTimeFormat());
    }
    auto *reason = new QLineEdit(&form);
    reason->setObjectName(QStringLiteral("reasonEdit"));
    AssetPicker *assets = assetPicker(&form);
    assets->searchEdit()->setPlaceholderText(
        tr("None chosen: the whole workspace. Search by name, kind or owner…"));
    auto *allowOverride =
        new QCheckBox(tr("Admins and owners may &override it, with a justification"), &form);
    allowOverride->setObjectName(QStringLiteral("allowOverrideCheck"));
    form.addRow(tr("&Name:"), name);
    form.addRow(tr("&Starts:"), from);
    form.addRow(tr("&Ends (not included):"), to);
    form.addRow(tr("&Reason:"), reason);
    form.addRow(tr("&Assets:"), assets);
    form.addRow(allowOverride);
    form.setSubmit(
        [=]() {
            FreezeWindowInput in;
            in.name = name->text().trimmed();
            in.start = from->dateTime().toUTC();
            in.end = to->dateTime().toUTC();
            in.reason = reason->text().trimmed();
            in.allowOverride = allowOverride->isChecked();
            in.assets = assets->selected();
            return client().addFreezeWindowAsync(in);
        },
        [this](const Result<FreezeWindow> &r) {
            confirm(tr("Freeze window %1 added.").arg(r->name));
        });
    form.exec();
}

} // namespace vigilo::ui
