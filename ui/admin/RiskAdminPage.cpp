#include "RiskAdminPage.h"

#include "AdminForm.h"

#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>

namespace vigilo::ui {

RiskAdminPage::RiskAdminPage(Session &session, QWidget *parent)
    : AdminPage(session, QStringLiteral("riskAdminPage"), tr("Risk questionnaire"),
                tr("Each question has a weight (1 to 10) and choices scored from 0 (no risk) to "
                   "100. A change's score is normalised to 0–100 and suggests a risk level once "
                   "enough questions are answered."),
                parent)
{
    makeTable(QStringLiteral("riskTable"),
              {tr("Order"), tr("Key"), tr("Question"), tr("Weight"), tr("Choices")});
    addButton(tr("&Add…"), QStringLiteral("addQuestionButton"), Needs::Rights,
              [this] { edit(std::nullopt); });
    addButton(tr("&Edit…"), QStringLiteral("editQuestionButton"), Needs::RightsAndSelection,
              [this] {
                  for (const RiskQuestion &q : std::as_const(m_questions))
                      if (q.key == selectedKey().toString())
                          edit(q);
              });
    addButton(tr("&Remove"), QStringLiteral("removeQuestionButton"), Needs::RightsAndSelection,
              [this] { remove(); });
}

Result<QList<RiskChoice>> RiskAdminPage::parseChoices(const QString &text)
{
    QList<RiskChoice> out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype eq = line.lastIndexOf(QLatin1Char('='));
        bool ok = false;
        const int score = eq > 0 ? line.mid(eq + 1).trimmed().toInt(&ok) : 0;
        if (!ok)
            return Error::input(tr("Choices, line %1: write each choice as “label = score”, for "
                                   "example “Never = 100”.")
                                    .arg(i + 1),
                                {{QStringLiteral("field"), QStringLiteral("choices")}});
        out << RiskChoice{line.left(eq).trimmed(), score};
    }
    return out;
}

QString RiskAdminPage::choicesText(const QList<RiskChoice> &choices)
{
    QStringList lines;
    for (const RiskChoice &c : choices)
        lines << QStringLiteral("%1 = %2").arg(c.label).arg(c.score);
    return lines.join(QLatin1Char('\n'));
}

void RiskAdminPage::fill(const client::Administration &admin)
{
    m_questions = admin.risk.questions;
    table()->setRowCount(0);
    for (const RiskQuestion &q : std::as_const(m_questions)) {
        QStringList choices;
        for (const RiskChoice &c : q.choices)
            choices << tr("%1 (%2)").arg(c.label).arg(c.score);
        addRow({adminCell(QLocale().toString(q.position)), adminCell(q.key), adminCell(q.text),
                adminCell(QLocale().toString(q.weight)),
                adminCell(choices.join(QStringLiteral(", ")))},
               q.key);
    }
    table()->resizeColumnsToContents();
    table()->setColumnWidth(2, qMin(table()->columnWidth(2), 360));
}

void RiskAdminPage::edit(const std::optional<RiskQuestion> &existing)
{
    AdminForm form(QStringLiteral("riskQuestionDialog"),
                   existing ? tr("Edit question %1").arg(existing->key) : tr("Add a question"),
                   this);
    auto *key = new QLineEdit(existing ? existing->key : QString(), &form);
    key->setObjectName(QStringLiteral("keyEdit"));
    key->setPlaceholderText(tr("lower-case letters, digits and _, e.g. tested_in_staging"));
    key->setReadOnly(existing.has_value()); // answers refer to it
    auto *text = new QLineEdit(existing ? existing->text : QString(), &form);
    text->setObjectName(QStringLiteral("questionEdit"));
    auto *weight = new QSpinBox(&form);
    weight->setObjectName(QStringLiteral("weightSpin"));
    weight->setRange(1, 10);
    weight->setValue(existing ? existing->weight : 5);
    auto *position = new QSpinBox(&form);
    position->setObjectName(QStringLiteral("positionSpin"));
    position->setRange(0, 10000);
    position->setSpecialValueText(tr("at the end"));
    position->setValue(existing ? existing->position : 0);
    auto *choices =
        new QPlainTextEdit(existing ? choicesText(existing->choices) : QString(), &form);
    choices->setObjectName(QStringLiteral("choicesEdit"));
    choices->setTabChangesFocus(true);
    choices->setPlaceholderText(tr("One choice per line, label = score (0 to 100):\nYes = 0\n"
                                   "Partly = 50\nNo = 100"));
    form.addRow(tr("&Key:"), key);
    form.addRow(tr("&Question:"), text);
    form.addRow(tr("&Weight:"), weight);
    form.addRow(tr("&Order:"), position);
    form.addRow(tr("&Choices:"), choices);
    form.setSubmit(
        [=]() {
            auto parsed = parseChoices(choices->toPlainText());
            if (!parsed.ok())
                return QtFuture::makeReadyFuture(Result<RiskQuestion>(parsed.error()));
            RiskQuestion q;
            q.key = key->text().trimmed();
            q.text = text->text().trimmed();
            q.weight = weight->value();
            q.position = position->value();
            q.choices = *parsed;
            return client().setRiskQuestionAsync(q);
        },
        [this](const Result<RiskQuestion> &r) { confirm(tr("Question %1 saved.").arg(r->key)); });
    form.exec();
}

void RiskAdminPage::remove()
{
    const QString key = selectedKey().toString();
    QMessageBox ask(QMessageBox::Question, tr("Remove question"),
                    tr("Remove the question %1 from the questionnaire?").arg(key),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("removeQuestionBox"));
    if (ask.exec() != QMessageBox::Yes)
        return;
    reportWhenAnswered(client().removeRiskQuestionAsync(key), tr("%1 cannot be removed").arg(key),
                       tr("Question %1 removed.").arg(key));
}

} // namespace vigilo::ui
