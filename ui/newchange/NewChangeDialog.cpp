#include "NewChangeDialog.h"

#include "TemplatePicker.h"
#include "detail/DetailFormat.h"
#include "main/Session.h"
#include "similar/SimilarChangesDialog.h"
#include "widgets/AssetPicker.h"
#include "widgets/Async.h"

#include "Client.h"
#include "Clock.h"
#include "Rules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace vigilo::ui {

namespace {
QPlainTextEdit *textEdit(const QString &objectName, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    return edit;
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setWeight(QFont::DemiBold);
    label->setFont(f);
    return label;
}

// The next full hour after `t`.
QDateTime nextHour(const QDateTime &t)
{
    QDateTime h = t;
    h.setTime(QTime(t.time().hour(), 0));
    return h.addSecs(3600);
}
} // namespace

NewChangeDialog::NewChangeDialog(Session &session, const Actor &actor, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_actor(actor)
    , m_conflictTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("newChangeDialog"));
    setWindowTitle(tr("New change — %1").arg(actor.workspace.name));
    resize(1060, 720);
    // On a small screen (1024x768) the whole dialog stays on it.
    if (const QScreen *screen = this->screen())
        resize(size().boundedTo(screen->availableGeometry().size() - QSize(24, 48)));

    auto *columns = new QHBoxLayout;
    columns->setSpacing(18);
    columns->addWidget(buildForm(), 3);
    columns->addWidget(buildSidePanel(), 2);

    auto *buttons = new QDialogButtonBox(this);
    m_similar = new QPushButton(tr("Suggest similar…"), this);
    m_similar->setObjectName(QStringLiteral("suggestSimilarButton"));
    m_similar->setToolTip(tr("Earlier changes with a similar title, and how they ended"));
    m_create = buttons->addButton(tr("Create draft"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createButton"));
    m_create->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewChangeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_similar, &QPushButton::clicked, this, &NewChangeDialog::suggestSimilar);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 14);
    layout->addLayout(columns, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_similar);
    bottom->addStretch(1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    m_conflictTimer->setObjectName(QStringLiteral("conflictDebounce"));
    m_conflictTimer->setSingleShot(true);
    m_conflictTimer->setInterval(kConflictDebounceMs);
    connect(m_conflictTimer, &QTimer::timeout, this, &NewChangeDialog::refreshConflicts);

    // Validation as you type; the conflicts preview after a pause.
    const auto changed = [this] {
        ++m_formEdits;
        m_slotNote->setVisible(false); // it spoke of the window before this edit
        validate();
        m_conflictTimer->start();
    };
    connect(m_template, &QComboBox::currentIndexChanged, this, [this, changed] {
        applyTemplate();
        changed();
    });
    connect(m_title, &QLineEdit::textChanged, this, changed);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this, changed] {
        if (!m_leadTimeEdited) {
            const QSignalBlocker block(m_leadTime);
            m_leadTime->setValue(defaultLeadTimeHours(ChangeType(m_type->currentData().toInt())));
        }
        changed();
    });
    connect(m_leadTime, &QSpinBox::valueChanged, this, [this] {
        m_leadTimeEdited = true;
        validate();
    });
    connect(m_planned, &QCheckBox::toggled, this, [this, changed](bool on) {
        m_start->setEnabled(on);
        m_end->setEnabled(on);
        changed();
    });
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, changed);
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, changed);
    connect(m_assets, &AssetPicker::selectionChanged, this, changed);
    for (QPlainTextEdit *edit : {m_implementation, m_rollback, m_test})
        connect(edit, &QPlainTextEdit::textChanged, this, &NewChangeDialog::validate);
    validate();
    refreshConflicts();
    m_title->setFocus();
}

QWidget *NewChangeDialog::buildForm()
{
    auto *form = new QWidget(this);
    auto *layout = new QFormLayout(form);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);

    m_template = new TemplatePicker(form);
    // The client acts in the dialog's workspace.
    m_session.client().setWorkspace(m_actor.workspace.slug);
    m_template->setEnabled(false); // until the templates are read
    ++m_pendingLoads;
    onResult(m_session.client().templatesAsync(), this,
             [this](const Result<QList<ChangeTemplate>> &templates) {
                 if (templates.ok())
                     m_template->setTemplates(*templates);
                 else
                     m_loadErrors << tr("The standard templates cannot be read: %1")
                                         .arg(templates.error().message);
                 loadFinished();
             });
    layout->addRow(tr("T&emplate:"), m_template);

    m_title = new QLineEdit(form);
    m_title->setObjectName(QStringLiteral("titleEdit"));
    m_title->setPlaceholderText(tr("What changes, in a few words (required)"));
    layout->addRow(tr("&Title:"), m_title);

    m_description = textEdit(QStringLiteral("descriptionEdit"),
                             tr("Why, what it touches, who is affected"), form);
    m_description->setMaximumHeight(fontMetrics().height() * 4 + 12);
    layout->addRow(tr("&Description:"), m_description);

    auto *typeRow = new QHBoxLayout;
    m_type = new QComboBox(form);
    m_type->setObjectName(QStringLiteral("typeCombo"));
    for (ChangeType t : allChangeTypes())
        m_type->addItem(label(t), int(t));
    m_type->setCurrentIndex(m_type->findData(int(ChangeType::Normal)));
    m_priority = new QComboBox(form);
    m_priority->setObjectName(QStringLiteral("priorityCombo"));
    for (Priority p : allPriorities())
        m_priority->addItem(label(p), int(p));
    m_priority->setCurrentIndex(m_priority->findData(int(Priority::Medium)));
    auto *priorityLabel = new QLabel(tr("&Priority:"), form);
    priorityLabel->setBuddy(m_priority);
    typeRow->addWidget(m_type, 1);
    typeRow->addSpacing(12);
    typeRow->addWidget(priorityLabel);
    typeRow->addWidget(m_priority, 1);
    layout->addRow(tr("Type:"), typeRow);

    m_assignee = new QComboBox(form);
    m_assignee->setObjectName(QStringLiteral("assigneeCombo"));
    m_assignee->addItem(tr("Unassigned"), QString());
    m_assignee->setEnabled(false); // until the members are read
    ++m_pendingLoads;
    onResult(m_session.client().membersAsync(), this, [this](const Result<QList<Member>> &members) {
        if (!members.ok())
            m_loadErrors << tr("The members cannot be read: %1").arg(members.error().message);
        else
            for (const Member &m : std::as_const(members.value()))
                if (m.active && roleHas(m.role, Permission::ChangesExecute))
                    m_assignee->addItem(m.displayName.isEmpty()
                                            ? m.username
                                            : tr("%1 (%2)").arg(m.displayName, m.username),
                                        m.username);
        m_assignee->setCurrentIndex(qMax(0, m_assignee->findData(m_actor.member.username)));
        m_assignee->setEnabled(members.ok());
        loadFinished();
    });
    layout->addRow(tr("Assi&gnee:"), m_assignee);

    // Planned window, in local time; the core stores UTC.
    const QDateTime start = nextHour(m_session.clock().now().toLocalTime().addDays(2));
    m_planned = new QCheckBox(tr("Plan the window now"), form);
    m_planned->setObjectName(QStringLiteral("plannedCheck"));
    m_planned->setChecked(true);
    m_start = new QDateTimeEdit(start, form);
    m_start->setObjectName(QStringLiteral("startEdit"));
    m_end = new QDateTimeEdit(start.addSecs(2 * 3600), form);
    m_end->setObjectName(QStringLiteral("endEdit"));
    for (QDateTimeEdit *edit : {m_start, m_end}) {
        edit->setCalendarPopup(true);
        edit->setTimeSpec(Qt::LocalTime);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    auto *window = new QHBoxLayout;
    window->addWidget(m_start, 1);
    window->addWidget(new QLabel(QStringLiteral("→"), form));
    window->addWidget(m_end, 1);
    m_nextSlot = new QPushButton(tr("Next free slot"), form);
    m_nextSlot->setObjectName(QStringLiteral("nextFreeSlotButton"));
    connect(m_nextSlot, &QPushButton::clicked, this, &NewChangeDialog::nextFreeSlot);
    window->addWidget(m_nextSlot);
    m_slotNote = new QLabel(form);
    m_slotNote->setObjectName(QStringLiteral("nextSlotNote"));
    m_slotNote->setWordWrap(true);
    m_slotNote->setVisible(false);
    auto *windowBox = new QVBoxLayout;
    windowBox->addWidget(m_planned);
    windowBox->addLayout(window);
    windowBox->addWidget(m_slotNote);
    layout->addRow(tr("Planned window:"), windowBox);

    m_leadTime = new QSpinBox(form);
    m_leadTime->setObjectName(QStringLiteral("leadTimeSpin"));
    m_leadTime->setRange(0, 24 * 90);
    m_leadTime->setSuffix(tr(" h"));
    m_leadTime->setValue(defaultLeadTimeHours(ChangeType::Normal));
    m_leadTime->setToolTip(tr("Minimum hours between submitting and the planned start. The "
                              "default comes from the change type."));
    layout->addRow(tr("&Lead time:"), m_leadTime);

    m_assets = new AssetPicker(form);
    m_assets->setObjectName(QStringLiteral("assetList"));
    m_assets->setVisibleRows(5);
    connect(m_assets, &AssetPicker::loaded, this, [this] {
        if (!m_assets->loadError().isEmpty()) {
            m_loadErrors << m_assets->loadError();
            // Later: on a database the answer comes while the form is still being built.
            QMetaObject::invokeMethod(this, &NewChangeDialog::validate, Qt::QueuedConnection);
        }
    });
    m_assets->load(m_session.client(), m_actor.workspace.slug);
    layout->addRow(tr("Affected &assets:"), m_assets);

    auto *plans = new QTabWidget(form);
    plans->setObjectName(QStringLiteral("planTabs"));
    m_implementation = textEdit(QStringLiteral("implementationPlanEdit"),
                                tr("One step per line: 1. Drain node a …"), plans);
    m_rollback =
        textEdit(QStringLiteral("rollbackPlanEdit"), tr("How to undo it if it goes wrong"), plans);
    m_test = textEdit(QStringLiteral("testPlanEdit"), tr("How you will know it worked"), plans);
    plans->setMaximumHeight(fontMetrics().height() * 9 + 40);
    plans->addTab(m_implementation, tr("Implementation plan"));
    plans->addTab(m_rollback, tr("Rollback plan"));
    plans->addTab(m_test, tr("Test plan"));
    layout->addRow(tr("Plans:"), plans);
    return form;
}

QWidget *NewChangeDialog::buildSidePanel()
{
    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("checksPanel"));
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(sectionTitle(tr("Checks"), panel));
    m_messages = new QLabel(panel);
    m_messages->setObjectName(QStringLiteral("validationLabel"));
    m_messages->setWordWrap(true);
    m_messages->setTextFormat(Qt::RichText);
    m_messages->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_messages->setMinimumHeight(fontMetrics().height() * 3);
    layout->addWidget(m_messages);
    layout->addSpacing(8);
    m_conflictTitle = sectionTitle(tr("Conflicts"), panel);
    m_conflictTitle->setObjectName(QStringLiteral("conflictTitle"));
    layout->addWidget(m_conflictTitle);
    m_conflictList = new QListWidget(panel);
    m_conflictList->setObjectName(QStringLiteral("conflictList"));
    m_conflictList->setWordWrap(true);
    m_conflictList->setSelectionMode(QAbstractItemView::NoSelection);
    m_conflictList->setFocusPolicy(Qt::NoFocus);
    layout->addWidget(m_conflictList, 1);
    return panel;
}

QStringList NewChangeDialog::checkedAssets() const
{
    return m_assets->selected();
}

ChangeDraft NewChangeDialog::draft() const
{
    ChangeDraft d;
    d.title = m_title->text().trimmed();
    d.description = m_description->toPlainText().trimmed();
    d.changeType = ChangeType(m_type->currentData().toInt());
    d.priority = Priority(m_priority->currentData().toInt());
    if (m_planned->isChecked()) {
        d.plannedStart = m_start->dateTime().toUTC();
        d.plannedEnd = m_end->dateTime().toUTC();
    }
    d.minLeadTimeHours = m_leadTime->value();
    d.implementationPlan = m_implementation->toPlainText().trimmed();
    d.rollbackPlan = m_rollback->toPlainText().trimmed();
    d.testPlan = m_test->toPlainText().trimmed();
    d.assignee = m_assignee->currentData().toString();
    d.affectedAssets = checkedAssets();
    if (m_template->current()) {
        // What was pre-approved comes from the template, in the core.
        d.changeType.reset();
        d.implementationPlan.reset();
        d.rollbackPlan.reset();
        d.testPlan.reset();
        d.affectedAssets.reset();
    }
    return d;
}

void NewChangeDialog::applyTemplate()
{
    const std::optional<ChangeTemplate> t = m_template->current();
    const bool fromTemplate = t.has_value();
    m_type->setEnabled(!fromTemplate);
    m_assets->setEnabled(!fromTemplate);
    for (QPlainTextEdit *plan : {m_implementation, m_rollback, m_test})
        plan->setReadOnly(fromTemplate);
    if (!t) {
        m_type->setCurrentIndex(m_type->findData(int(ChangeType::Normal)));
        return;
    }
    m_title->setText(t->title);
    m_description->setPlainText(t->description);
    m_type->setCurrentIndex(m_type->findData(int(ChangeType::Standard)));
    m_priority->setCurrentIndex(m_priority->findData(int(t->priority)));
    {
        const QSignalBlocker block(m_leadTime);
        m_leadTime->setValue(t->minLeadTimeHours);
    }
    m_implementation->setPlainText(t->implementationPlan);
    m_rollback->setPlainText(t->rollbackPlan);
    m_test->setPlainText(t->testPlan);
    m_assets->setSelected(t->assets);
}

void NewChangeDialog::setPlannedWindow(const QDateTime &start, const QDateTime &end)
{
    m_planned->setChecked(true);
    m_start->setDateTime(start.toLocalTime());
    m_end->setDateTime(end.toLocalTime());
}

// Form checks only: what the form can tell before the core is asked. The core repeats every
// rule on create and submit and has the last word.
void NewChangeDialog::validate()
{
    m_errors = m_loadErrors; // what could not be read is an error, not an empty choice
    m_warnings.clear();
    if (m_title->text().trimmed().isEmpty())
        m_errors << tr("A title is required: say in a few words what changes.");
    const bool planned = m_planned->isChecked();
    const QDateTime start = m_start->dateTime().toUTC();
    const QDateTime end = m_end->dateTime().toUTC();
    if (planned && end <= start)
        m_errors << tr("The planned end must be after the planned start.");
    const auto type = ChangeType(m_type->currentData().toInt());
    if (planned) {
        // The core's lead-time rule, measured from a submission now.
        const QDateTime now = m_session.clock().now();
        const rules::LeadTime lead = rules::leadTime(type, m_leadTime->value(), start, now);
        const double hours = now.secsTo(start) / 3600.0;
        if (hours < 0) {
            m_warnings << tr("The planned start is in the past.");
        } else if (lead.applies && !lead.met) {
            m_warnings << tr("The planned start is only %1 h away, but this change needs %2 h "
                             "of lead time: submitting it would be refused. Push the window "
                             "out, lower the lead time, or make it an emergency change.")
                              .arg(QLocale().toString(std::floor(hours * 10) / 10, 'f', 1))
                              .arg(m_leadTime->value());
        }
    } else {
        m_warnings << tr("Without a planned window the change cannot be scheduled, and "
                         "conflicts cannot be checked.");
    }
    if (checkedAssets().isEmpty())
        m_warnings << tr("No affected asset: other changes on the same systems cannot be "
                         "detected.");
    if (m_rollback->toPlainText().trimmed().isEmpty())
        m_warnings << tr("No rollback plan yet: reviewers will ask for one.");

    QString html;
    for (const QString &e : std::as_const(m_errors))
        html += QStringLiteral("<p style=\"margin:0 0 6px 0\"><span style=\"color:#cf222e\">"
                               "&#10006;</span> %1</p>")
                    .arg(e.toHtmlEscaped());
    for (const QString &w : std::as_const(m_warnings))
        html += QStringLiteral("<p style=\"margin:0 0 6px 0\"><span style=\"color:#bf8700\">"
                               "&#9650;</span> %1</p>")
                    .arg(w.toHtmlEscaped());
    if (m_pendingLoads > 0)
        html += QStringLiteral("<p style=\"margin:0 0 6px 0\">%1</p>")
                    .arg(tr("Reading the templates and members…").toHtmlEscaped());
    else if (m_errors.isEmpty())
        html += QStringLiteral("<p style=\"margin:0\"><span style=\"color:#1a7f37\">&#10004;"
                               "</span> %1</p>")
                    .arg(tr("Ready to create as a draft.").toHtmlEscaped());
    m_messages->setText(html);
    m_create->setEnabled(m_errors.isEmpty() && m_pendingLoads == 0 && !m_creating);
    m_create->setToolTip(m_errors.join(QLatin1Char('\n')));
    m_similar->setEnabled(!m_title->text().trimmed().isEmpty());
    // The core needs a window whose length it keeps; assets and type refine the search.
    QString noSlot;
    if (!planned)
        noSlot = tr("Plan a window first: the next free slot keeps its length.");
    else if (end <= start)
        noSlot = tr("The planned end must be after the planned start.");
    m_nextSlot->setEnabled(noSlot.isEmpty() && !m_slotPending);
    m_nextSlot->setToolTip(noSlot.isEmpty()
                               ? tr("Move the window to the earliest time, from its planned start "
                                    "on, at which it keeps its length without conflicts: no "
                                    "freeze, no other change on its assets, inside their "
                                    "maintenance windows, after the lead time")
                               : noSlot);
}

void NewChangeDialog::refreshConflicts()
{
    const int asked = ++m_conflictRequest; // answers to earlier forms are dropped
    if (!m_planned->isChecked() || m_end->dateTime() <= m_start->dateTime()) {
        showConflicts(tr("Plan a window to see what overlaps it."));
        return;
    }
    m_session.client().setWorkspace(m_actor.workspace.slug);
    m_conflictTitle->setText(tr("Conflicts: checking…"));
    onResult(m_session.client().conflictsAsync(planningForm()), this,
             [this, asked](const Result<ConflictSummary> &result) {
                 if (asked != m_conflictRequest)
                     return; // the form changed since
                 if (!result.ok()) {
                     showConflicts(
                         tr("Conflicts cannot be checked: %1").arg(result.error().message));
                     return;
                 }
                 showConflicts({}, result.value());
             });
}

void NewChangeDialog::showConflicts(const QString &note, const ConflictSummary &summary)
{
    m_conflictList->clear();
    m_conflicts = summary;
    if (!note.isEmpty()) {
        m_conflictTitle->setText(tr("Conflicts"));
        m_conflictList->addItem(note);
        Q_EMIT conflictsUpdated();
        return;
    }
    m_conflictTitle->setText(m_conflicts.isEmpty()
                                 ? tr("Conflicts: none")
                                 : tr("Conflicts: %n", nullptr, int(m_conflicts.conflicts.size())));
    if (m_conflicts.isEmpty())
        m_conflictList->addItem(tr("Nothing overlaps this window on these assets."));
    for (const Conflict &c : std::as_const(m_conflicts.conflicts)) {
        // Indirect overlaps (through the asset relationships) say so; the reason has the path.
        auto *item = new QListWidgetItem(c.indirect ? tr("Indirect: %1").arg(c.reason) : c.reason,
                                         m_conflictList);
        item->setData(Qt::UserRole, c.number);
        item->setForeground(c.kind == QLatin1String("freeze") ? QColor(0xb4, 0x23, 0x18)
                                                              : QColor(0x9a, 0x67, 0x00));
    }
    Q_EMIT conflictsUpdated();
}

PlanningForm NewChangeDialog::planningForm() const
{
    PlanningForm form;
    form.plannedStart = m_planned->isChecked() ? m_start->dateTime().toUTC() : QDateTime();
    form.plannedEnd = m_planned->isChecked() ? m_end->dateTime().toUTC() : QDateTime();
    form.affectedAssets = checkedAssets();
    form.dependsOn = QList<int>{};
    form.changeType = ChangeType(m_type->currentData().toInt());
    form.minLeadTimeHours = m_leadTime->value();
    return form;
}

void NewChangeDialog::nextFreeSlot()
{
    validate();
    if (!m_nextSlot->isEnabled())
        return;
    const int asked = m_formEdits;
    const PlanningForm form = planningForm();
    m_session.client().setWorkspace(m_actor.workspace.slug);
    m_slotPending = true;
    m_nextSlot->setEnabled(false);
    m_nextSlot->setText(tr("Searching…"));
    m_slotNote->setVisible(false);
    onResult(m_session.client().nextFreeSlotAsync(form, 0, *form.plannedStart), this,
             [this, asked](const Result<FreeSlot> &slot) {
                 m_slotPending = false;
                 m_nextSlot->setText(tr("Next free slot"));
                 if (asked != m_formEdits) {
                     validate(); // the form changed since: this answer is for another window
                     return;
                 }
                 if (!slot.ok()) {
                     m_slotNote->setStyleSheet(QStringLiteral("color: #cf222e"));
                     m_slotNote->setText(slot.error().message);
                 } else {
                     setPlannedWindow(slot->start, slot->end); // the conflicts preview follows
                     m_slotNote->setStyleSheet({});
                     m_slotNote->setText(tr("Moved to the next free slot: %1.")
                                             .arg(format::window(slot->start, slot->end)));
                 }
                 m_slotNote->setVisible(true);
                 validate();
                 Q_EMIT nextSlotAnswered();
             });
}

void NewChangeDialog::suggestSimilar()
{
    m_session.client().setWorkspace(m_actor.workspace.slug);
    SimilarChangesDialog dialog(m_session.client(), m_title->text(), checkedAssets(), this);
    dialog.exec();
}

void NewChangeDialog::loadFinished()
{
    --m_pendingLoads;
    // Later: on a database the answers come while the form is still being built.
    QMetaObject::invokeMethod(this, &NewChangeDialog::validate, Qt::QueuedConnection);
}

bool NewChangeDialog::hasInput() const
{
    if (!m_title->text().trimmed().isEmpty() || !checkedAssets().isEmpty())
        return true;
    for (const QPlainTextEdit *edit : {m_description, m_implementation, m_rollback, m_test})
        if (!edit->toPlainText().trimmed().isEmpty())
            return true;
    return false;
}

void NewChangeDialog::reject()
{
    if (m_creating)
        return; // the server's answer decides; the form stays until it comes
    if (m_created > 0 || !hasInput()) {
        QDialog::reject();
        return;
    }
    QMessageBox ask(QMessageBox::Question, tr("Discard the new change?"),
                    tr("The new change has not been created yet. Save it as a draft, discard "
                       "what you entered, or go back to the form?"),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("discardNewChangeBox"));
    ask.button(QMessageBox::Save)->setText(tr("Save as draft"));
    ask.setDefaultButton(QMessageBox::Cancel);
    const int answer = ask.exec();
    if (answer == QMessageBox::Discard)
        QDialog::reject();
    else if (answer == QMessageBox::Save)
        accept(); // creates the draft, or stays open with the reason it cannot
}

void NewChangeDialog::accept()
{
    validate();
    if (!m_errors.isEmpty() || m_pendingLoads > 0 || m_creating)
        return;
    // From a template the core takes the pre-approved parts from it.
    const std::optional<ChangeTemplate> from = m_template->current();
    m_session.client().setWorkspace(m_actor.workspace.slug);
    m_creating = true;
    m_create->setEnabled(false);
    m_create->setText(tr("Creating…"));
    onResult(m_session.client().createChangeAsync(draft(), from ? from->name : QString()), this,
             [this](const Result<ChangeRequest> &created) {
                 m_creating = false;
                 m_create->setText(tr("Create draft"));
                 if (!created.ok()) {
                     // The core's refusal says what to do next.
                     validate();
                     m_messages->setText(
                         QStringLiteral("<p style=\"margin:0\"><span style=\"color:#cf222e\">"
                                        "&#10006;</span> %1</p>")
                             .arg(created.error().message.toHtmlEscaped()));
                     m_errors = {created.error().message};
                     return;
                 }
                 m_created = created->number;
                 QDialog::accept();
             });
}

} // namespace vigilo::ui
