#include "PoliciesAdminPage.h"

#include "AdminForm.h"
#include "PolicyForm.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace vigilo::ui {

namespace {

template <typename E> QString labels(const QList<E> &values)
{
    QStringList out;
    for (E v : values)
        out << label(v);
    return out.join(QStringLiteral(", "));
}

QString matchText(const ApprovalPolicy &p)
{
    QStringList parts;
    if (!p.changeTypes.isEmpty())
        parts << labels(p.changeTypes);
    if (!p.priorities.isEmpty())
        parts << labels(p.priorities);
    if (!p.riskLevels.isEmpty())
        parts << labels(p.riskLevels);
    if (!p.assets.isEmpty())
        parts << p.assets.join(QStringLiteral(", "));
    return parts.isEmpty() ? PoliciesAdminPage::tr("every change")
                           : parts.join(QStringLiteral("; "));
}

QString whoDecides(Role role, const QStringList &members)
{
    if (const QString cab = cabOfStep(members); !cab.isEmpty())
        return PoliciesAdminPage::tr("the CAB “%1”, in a meeting").arg(cab);
    return members.isEmpty() ? PoliciesAdminPage::tr("%1 or above").arg(label(role))
                             : members.join(QStringLiteral(", "));
}

QString stepsText(const ApprovalPolicy &p)
{
    QStringList out;
    for (const ApprovalPolicyStep &s : p.steps)
        out << PoliciesAdminPage::tr("%1 (%2)").arg(s.name,
                                                    whoDecides(s.eligibleRole, s.eligibleMembers));
    return out.join(QStringLiteral(" → "));
}

} // namespace

PoliciesAdminPage::PoliciesAdminPage(Session &session, QWidget *parent)
    : AdminPage(session, QStringLiteral("policiesAdminPage"), tr("Approval policies"),
                tr("When a change is submitted, the first active policy that matches it (top to "
                   "bottom) gives its approval steps; when none matches, the built-in matrix "
                   "does. A requester never approves their own change."),
                parent)
    , m_previewChange(new QLineEdit(this))
    , m_preview(new QLabel(this))
{
    makeTable(QStringLiteral("policyTable"),
              {tr("Order"), tr("Name"), tr("Active"), tr("Applies to"), tr("Steps")});
    auto *previewRow = new QHBoxLayout;
    m_previewChange->setObjectName(QStringLiteral("previewChangeEdit"));
    m_previewChange->setPlaceholderText(formatChangeNumber(12));
    m_previewChange->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("CHG-000000"))
                                     + 24);
    auto *previewButton = new QPushButton(tr("&Preview"), this);
    previewButton->setObjectName(QStringLiteral("previewPolicyButton"));
    previewRow->addWidget(new QLabel(tr("Which steps would a change get?"), this));
    previewRow->addWidget(m_previewChange);
    previewRow->addWidget(previewButton);
    previewRow->addStretch(1);
    body()->addLayout(previewRow);
    m_preview->setObjectName(QStringLiteral("policyPreview"));
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body()->addWidget(m_preview);
    connect(previewButton, &QPushButton::clicked, this,
            [this] { preview(m_previewChange->text()); });
    connect(m_previewChange, &QLineEdit::returnPressed, this,
            [this] { preview(m_previewChange->text()); });

    addButton(tr("&Add…"), QStringLiteral("addPolicyButton"), Needs::Rights, [this] { add(); });
    addButton(tr("A&ctivate"), QStringLiteral("activatePolicyButton"), Needs::RightsAndSelection,
              [this] { setActive(true); });
    addButton(tr("&Deactivate"), QStringLiteral("deactivatePolicyButton"),
              Needs::RightsAndSelection, [this] { setActive(false); });
}

void PoliciesAdminPage::fill(const client::Administration &admin)
{
    table()->setRowCount(0);
    for (const ApprovalPolicy &p : admin.policies)
        addRow({adminCell(QLocale().toString(p.position)), adminCell(p.name),
                adminCell(p.active ? tr("yes") : tr("no")), adminCell(matchText(p)),
                adminCell(stepsText(p))},
               p.name);
    table()->resizeColumnsToContents();
}

QString PoliciesAdminPage::previewText() const
{
    return m_preview->text();
}

void PoliciesAdminPage::preview(const QString &typed)
{
    const std::optional<int> number = parseChangeNumber(typed.trimmed());
    if (!number) {
        ++m_previewAsked; // an answer still on its way is for another number
        m_preview->setText(tr("Enter a change number, like CHG-00012 or 12."));
        return;
    }
    // Each keystroke asks; only the answer for what is typed now is shown.
    const int asked = ++m_previewAsked;
    onResult(client().explainPolicyAsync(*number), this,
             [this, asked, number = *number](const Result<PolicyExplanation> &e) {
                 if (asked == m_previewAsked)
                     showPreview(number, e);
             });
}

void PoliciesAdminPage::showPreview(int number, const Result<PolicyExplanation> &e)
{
    if (!e.ok()) {
        m_preview->setText(e.error().message);
        return;
    }
    const QString chg = formatChangeNumber(number);
    QString text;
    if (e->source == QLatin1String("standard"))
        text = tr("%1 is a standard change: pre-approved, no approval steps.").arg(chg);
    else if (!e->policyName.isEmpty())
        text = tr("%1 matches the policy “%2”:").arg(chg, e->policyName);
    else
        text = tr("No policy matches %1; the built-in matrix applies:").arg(chg);
    for (int i = 0; i < e->steps.size(); ++i) {
        const ApprovalStep &s = e->steps.at(i);
        const QStringList could = e->eligible.value(i);
        text += QLatin1Char('\n')
                + tr("Step %1, %2: %n approvals from %3; could decide now: %4", nullptr,
                     s.requiredApprovals)
                      .arg(s.stepOrder)
                      .arg(s.name, whoDecides(s.eligibleRole, s.eligibleMembers),
                           could.isEmpty() ? tr("nobody") : could.join(QStringLiteral(", ")));
    }
    m_preview->setText(text);
}

void PoliciesAdminPage::add()
{
    AdminForm form(QStringLiteral("addPolicyDialog"), tr("Add an approval policy"), this);
    auto *fields = new PolicyForm(assetPicker(&form), &form);
    form.addRow(fields);
    form.resize(640, 520);
    form.setSubmit(
        [this, fields]() { return client().addPolicyAsync(fields->policy()); },
        [this](const Result<ApprovalPolicy> &r) { confirm(tr("Policy %1 added.").arg(r->name)); });
    form.exec();
}

void PoliciesAdminPage::setActive(bool active)
{
    const QString name = selectedKey().toString();
    reportWhenAnswered(
        client().setPolicyActiveAsync(name, active),
        active ? tr("%1 cannot be activated").arg(name) : tr("%1 cannot be deactivated").arg(name),
        active ? tr("Policy %1 is active.").arg(name) : tr("Policy %1 is inactive.").arg(name));
}

} // namespace vigilo::ui
