#include "TemplatesAdminPage.h"

#include "AdminForm.h"

#include "StandardTemplates.h"
#include "widgets/AssetPicker.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>

namespace vigilo::ui {

namespace {

QPlainTextEdit *planEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(edit->fontMetrics().height() * 4 + 12);
    return edit;
}

} // namespace

TemplatesAdminPage::TemplatesAdminPage(Session &session, QWidget *parent)
    : AdminPage(session, QStringLiteral("templatesAdminPage"), tr("Standard templates"),
                tr("Pre-approved standard changes. A change made from a template skips review "
                   "and approval; its plans, assets and type are the template's, because that is "
                   "what was approved. A retired template can no longer be used."),
                parent)
{
    makeTable(QStringLiteral("templateTable"), {tr("Name"), tr("Title"), tr("Active"),
                                                tr("Priority"), tr("Lead time"), tr("Assets")});
    addButton(tr("&Add…"), QStringLiteral("addTemplateButton"), Needs::Rights, [this] { add(); });
    addButton(tr("Rea&ctivate"), QStringLiteral("activateTemplateButton"),
              Needs::RightsAndSelection, [this] { setActive(true); });
    addButton(tr("&Retire"), QStringLiteral("retireTemplateButton"), Needs::RightsAndSelection,
              [this] { setActive(false); });
}

void TemplatesAdminPage::fill(const client::Administration &admin)
{
    table()->setRowCount(0);
    for (const ChangeTemplate &t : admin.templates)
        addRow({adminCell(t.name), adminCell(t.title),
                adminCell(t.active ? tr("yes") : tr("retired")), adminCell(label(t.priority)),
                adminCell(tr("%n hours", nullptr, t.minLeadTimeHours)),
                adminCell(t.assets.join(QStringLiteral(", ")))},
               t.name);
    table()->resizeColumnsToContents();
}

void TemplatesAdminPage::add()
{
    AdminForm form(QStringLiteral("addTemplateDialog"), tr("Add a standard template"), this);
    auto *name = new QLineEdit(&form);
    name->setObjectName(QStringLiteral("nameEdit"));
    name->setPlaceholderText(tr("a short unique name, e.g. cert-rotation"));
    auto *title = new QLineEdit(&form);
    title->setObjectName(QStringLiteral("titleEdit"));
    auto *description = planEdit(QStringLiteral("descriptionEdit"), &form);
    auto *priority = new QComboBox(&form);
    priority->setObjectName(QStringLiteral("priorityCombo"));
    for (Priority p : allPriorities())
        priority->addItem(label(p), int(p));
    auto *risk = new QComboBox(&form);
    risk->setObjectName(QStringLiteral("riskCombo"));
    risk->addItem(tr("not set"), -1);
    for (RiskLevel r : allRiskLevels())
        risk->addItem(label(r), int(r));
    auto *lead = new QSpinBox(&form);
    lead->setObjectName(QStringLiteral("leadTimeSpin"));
    lead->setRange(0, 24 * 90);
    lead->setValue(defaultLeadTimeHours(ChangeType::Standard));
    lead->setSuffix(tr(" h"));
    AssetPicker *assets = assetPicker(&form);
    auto *implementation = planEdit(QStringLiteral("implementationPlanEdit"), &form);
    auto *rollback = planEdit(QStringLiteral("rollbackPlanEdit"), &form);
    auto *test = planEdit(QStringLiteral("testPlanEdit"), &form);
    form.addRow(tr("&Name:"), name);
    form.addRow(tr("&Title:"), title);
    form.addRow(tr("&Description:"), description);
    form.addRow(tr("&Priority:"), priority);
    form.addRow(tr("R&isk level:"), risk);
    form.addRow(tr("&Lead time:"), lead);
    form.addRow(tr("&Assets:"), assets);
    form.addRow(tr("I&mplementation plan:"), implementation);
    form.addRow(tr("Rollback pla&n:"), rollback);
    form.addRow(tr("T&est plan:"), test);
    form.setSubmit(
        [=]() {
            ChangeTemplate t;
            t.name = name->text().trimmed();
            t.title = title->text().trimmed();
            t.description = description->toPlainText().trimmed();
            t.priority = Priority(priority->currentData().toInt());
            if (risk->currentData().toInt() >= 0)
                t.riskLevel = RiskLevel(risk->currentData().toInt());
            t.minLeadTimeHours = lead->value();
            t.assets = assets->selected();
            t.implementationPlan = implementation->toPlainText().trimmed();
            t.rollbackPlan = rollback->toPlainText().trimmed();
            t.testPlan = test->toPlainText().trimmed();
            return client().addTemplateAsync(t);
        },
        [this](const Result<ChangeTemplate> &r) {
            confirm(tr("Template %1 added: New change offers it now.").arg(r->name));
        });
    form.exec();
}

void TemplatesAdminPage::setActive(bool active)
{
    const QString name = selectedKey().toString();
    reportWhenAnswered(client().setTemplateActiveAsync(name, active),
                       active ? tr("%1 cannot be reactivated").arg(name)
                              : tr("%1 cannot be retired").arg(name),
                       active ? tr("Template %1 can be used again.").arg(name)
                              : tr("Template %1 is retired.").arg(name));
}

} // namespace vigilo::ui
