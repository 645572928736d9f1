#include "DetailsTab.h"

#include "DetailFormat.h"
#include "dialogs/ErrorPresenter.h"
#include "main/Session.h"
#include "widgets/AssetPicker.h"
#include "widgets/Async.h"

#include "Client.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace vigilo::ui {

namespace {
QPlainTextEdit *planEdit(QWidget *parent, const QString &name, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(70);
    return edit;
}
} // namespace

DetailsTab::DetailsTab(DetailContext &context, QWidget *parent)
    : DetailTab(context, parent)
{
    setObjectName(QStringLiteral("detailsTab"));

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("reapprovalBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4d6; color: #6b4a00; border: 1px solid #f0d48a; "
                       "border-radius: 4px; padding: 6px 10px; }"));
    m_banner->hide();
    m_choicesError = new QLabel(this);
    m_choicesError->setObjectName(QStringLiteral("detailsError"));
    m_choicesError->setWordWrap(true);
    m_choicesError->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecea; color: #b42318; border: 1px solid #e8a29b; "
                       "border-radius: 4px; padding: 6px 10px; font-weight: 600; }"));
    m_choicesError->hide();

    auto *content = new QWidget;
    auto *columns = new QHBoxLayout(content);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(16);
    columns->addWidget(buildGeneral(), 5);
    columns->addWidget(buildPlans(), 6);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_record = new QLabel(this);
    m_record->setObjectName(QStringLiteral("recordInfo"));
    m_record->setWordWrap(true);
    m_record->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_record->setStyleSheet(QStringLiteral("color: #57606a;"));

    m_dirtyLabel = new QLabel(tr("Unsaved changes"), this);
    m_dirtyLabel->setObjectName(QStringLiteral("dirtyLabel"));
    m_dirtyLabel->setStyleSheet(QStringLiteral("color: #8a5a00; font-weight: 600;"));
    m_dirtyLabel->hide();
    m_revert = new QPushButton(tr("&Revert"), this);
    m_revert->setObjectName(QStringLiteral("revertButton"));
    m_save = new QPushButton(tr("&Save changes"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revert, &QPushButton::clicked, this, &DetailsTab::revert);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_record, 1);
    bottom->addWidget(m_dirtyLabel);
    bottom->addWidget(m_revert);
    bottom->addWidget(m_save);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_choicesError);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);
    layout->addLayout(bottom);

    fillChoices();
}

QWidget *DetailsTab::buildGeneral()
{
    auto *box = new QWidget;
    auto *v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);

    auto *general = new QGroupBox(tr("General"), box);
    auto *form = new QFormLayout(general);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_title = new QLineEdit(general);
    m_title->setObjectName(QStringLiteral("title"));
    m_type = new QComboBox(general);
    m_type->setObjectName(QStringLiteral("changeType"));
    m_priority = new QComboBox(general);
    m_priority->setObjectName(QStringLiteral("priority"));
    m_assignee = new QComboBox(general);
    m_assignee->setObjectName(QStringLiteral("assignee"));
    m_leadTime = new QSpinBox(general);
    m_leadTime->setObjectName(QStringLiteral("leadTime"));
    m_leadTime->setRange(0, 24 * 365);
    m_leadTime->setSuffix(tr(" h"));
    m_leadTime->setToolTip(tr("Minimum hours between submission and the planned start"));
    auto *typeRow = new QHBoxLayout;
    typeRow->addWidget(m_type, 1);
    typeRow->addWidget(new QLabel(tr("Priority:"), general));
    typeRow->addWidget(m_priority, 1);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("Type:"), typeRow);
    form->addRow(tr("&Assignee:"), m_assignee);
    form->addRow(tr("&Lead time:"), m_leadTime);
    v->addWidget(general);

    auto *window = new QGroupBox(tr("Planned window"), box);
    auto *wform = new QFormLayout(window);
    m_hasWindow = new QCheckBox(tr("The change has a planned window"), window);
    m_hasWindow->setObjectName(QStringLiteral("hasWindow"));
    m_start = new QDateTimeEdit(window);
    m_start->setObjectName(QStringLiteral("plannedStart"));
    m_end = new QDateTimeEdit(window);
    m_end->setObjectName(QStringLiteral("plannedEnd"));
    for (QDateTimeEdit *e : {m_start, m_end}) {
        e->setCalendarPopup(true);
        e->setTimeSpec(Qt::LocalTime);
        e->setDisplayFormat(format::dateTimeFormat());
    }
    wform->addRow(m_hasWindow);
    wform->addRow(tr("&Start:"), m_start);
    wform->addRow(tr("&End:"), m_end);
    v->addWidget(window);

    auto *scope = new QGroupBox(tr("Scope"), box);
    auto *sform = new QFormLayout(scope);
    m_assets = new AssetPicker(scope);
    m_assets->setObjectName(QStringLiteral("assets"));
    m_assets->setVisibleRows(4);
    m_dependencies = new QLineEdit(scope);
    m_dependencies->setObjectName(QStringLiteral("dependencies"));
    m_dependencies->setPlaceholderText(tr("e.g. CHG-00012, CHG-00015"));
    m_dependencyStatus = new QLabel(scope);
    m_dependencyStatus->setObjectName(QStringLiteral("dependencyStatus"));
    m_dependencyStatus->setWordWrap(true);
    m_dependencyStatus->setStyleSheet(QStringLiteral("color: #57606a;"));
    sform->addRow(tr("Affected assets:"), m_assets);
    sform->addRow(tr("&Depends on:"), m_dependencies);
    sform->addRow(QString(), m_dependencyStatus);
    v->addWidget(scope, 1);

    connect(m_title, &QLineEdit::textEdited, this, &DetailsTab::markDirty);
    connect(m_type, &QComboBox::currentIndexChanged, this, &DetailsTab::markDirty);
    connect(m_priority, &QComboBox::currentIndexChanged, this, &DetailsTab::markDirty);
    connect(m_assignee, &QComboBox::currentIndexChanged, this, &DetailsTab::markDirty);
    connect(m_leadTime, &QSpinBox::valueChanged, this, &DetailsTab::markDirty);
    auto planning = [this] {
        markDirty();
        if (!m_loading)
            emit planningEdited();
    };
    connect(m_hasWindow, &QCheckBox::toggled, this, [this, planning] {
        updateWindowEnabled();
        planning();
    });
    connect(m_start, &QDateTimeEdit::dateTimeChanged, this, planning);
    connect(m_end, &QDateTimeEdit::dateTimeChanged, this, planning);
    connect(m_assets, &AssetPicker::selectionChanged, this, planning);
    connect(m_dependencies, &QLineEdit::textEdited, this, planning);
    return box;
}

QWidget *DetailsTab::buildPlans()
{
    auto *box = new QWidget;
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 6, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_description = planEdit(box, QStringLiteral("description"), tr("What changes and why"));
    m_implementation = planEdit(box, QStringLiteral("implementationPlan"),
                                tr("One step per line; each becomes an implementation task"));
    m_rollback = planEdit(box, QStringLiteral("rollbackPlan"), tr("How to undo it"));
    m_test = planEdit(box, QStringLiteral("testPlan"), tr("How to verify it worked"));
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("Implementation plan:"), m_implementation);
    form->addRow(tr("Rollback plan:"), m_rollback);
    form->addRow(tr("Test plan:"), m_test);
    for (QPlainTextEdit *e : {m_description, m_implementation, m_rollback, m_test})
        connect(e, &QPlainTextEdit::textChanged, this, &DetailsTab::markDirty);
    return box;
}

void DetailsTab::fillChoices()
{
    m_loading = true;
    for (ChangeType t : allChangeTypes())
        m_type->addItem(label(t), int(t));
    for (Priority p : allPriorities())
        m_priority->addItem(label(p), int(p));
    m_assignee->addItem(tr("Unassigned"), QString());
    m_loading = false;
    // The inventory is read when the picker is first used (opening stays one request).
    m_assets->searchEdit()->installEventFilter(this);
    connect(m_assets, &AssetPicker::loaded, this, &DetailsTab::showChoicesErrors);
}

bool DetailsTab::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (watched == m_assets->searchEdit() && !m_inventoryAsked
        && (type == QEvent::FocusIn || type == QEvent::MouseButtonPress
            || type == QEvent::KeyPress)) {
        m_inventoryAsked = true;
        m_assets->load(m_ctx.client(), m_ctx.actor.workspace.slug);
    }
    return DetailTab::eventFilter(watched, event);
}

void DetailsTab::setAssignees(const std::optional<QList<Member>> &members, const Error &error)
{
    m_loading = true;
    while (m_assignee->count() > 1)
        m_assignee->removeItem(1);
    for (const Member &m : members.value_or(QList<Member>{}))
        if (m.active)
            m_assignee->addItem(m.displayName.isEmpty()
                                    ? m.username
                                    : QStringLiteral("%1 (%2)").arg(m.displayName, m.username),
                                m.username);
    m_loading = false;
    m_membersError = members || error.message.isEmpty()
                         ? QString()
                         : tr("The members cannot be read: %1").arg(error.message);
    showChoicesErrors();
}

void DetailsTab::showChoicesErrors()
{
    // Choices that failed to load are an error, not an empty list.
    QStringList errors;
    if (!m_membersError.isEmpty())
        errors << m_membersError;
    if (!m_assets->loadError().isEmpty())
        errors << m_assets->loadError();
    m_choicesError->setText(errors.join(QLatin1Char('\n')));
    m_choicesError->setVisible(!errors.isEmpty());
}

void DetailsTab::load(const ChangeRequest &change)
{
    m_loading = true;
    m_change = change;
    m_title->setText(change.title);
    m_type->setCurrentIndex(m_type->findData(int(change.changeType)));
    m_priority->setCurrentIndex(m_priority->findData(int(change.priority)));
    int assignee = m_assignee->findData(change.assignee);
    if (assignee < 0) { // a deactivated member stays visible as the current assignee
        m_assignee->addItem(change.assignee, change.assignee);
        assignee = m_assignee->count() - 1;
    }
    m_assignee->setCurrentIndex(assignee);
    m_leadTime->setValue(change.minLeadTimeHours);
    const bool hasWindow = change.plannedStart.isValid() && change.plannedEnd.isValid();
    m_hasWindow->setChecked(hasWindow);
    const QDateTime now = m_ctx.session.clock().now().toLocalTime(); // the injected clock
    const QDateTime defaultStart(now.date().addDays(2), QTime(22, 0));
    m_start->setDateTime(hasWindow ? change.plannedStart.toLocalTime() : defaultStart);
    m_end->setDateTime(hasWindow ? change.plannedEnd.toLocalTime() : defaultStart.addSecs(7200));
    m_assets->setSelected(change.affectedAssets);
    QStringList deps, depStatus;
    for (const DependencyRef &d : change.dependencies) {
        deps << formatChangeNumber(d.number);
        depStatus << tr("%1 %2 (%3)").arg(formatChangeNumber(d.number), d.title, label(d.status));
    }
    m_dependencies->setText(deps.join(QStringLiteral(", ")));
    m_dependencyStatus->setText(depStatus.join(QLatin1Char('\n')));
    m_dependencyStatus->setVisible(!depStatus.isEmpty());
    m_description->setPlainText(change.description);
    m_implementation->setPlainText(change.implementationPlan);
    m_rollback->setPlainText(change.rollbackPlan);
    m_test->setPlainText(change.testPlan);

    QStringList record;
    record << tr("Requested by %1 on %2").arg(change.requester, format::time(change.createdAt));
    if (change.updatedAt.isValid())
        record << tr("updated %1 (version %2)")
                      .arg(format::time(change.updatedAt))
                      .arg(change.version);
    if (!change.templateName.isEmpty())
        record << tr("from the standard template \"%1\"").arg(change.templateName);
    m_record->setText(record.join(QStringLiteral(" · ")));

    // The core says which statuses and roles may edit (change.open); it has the last word on
    // Save.
    const bool editable = m_canEdit;
    setEditable(editable);
    if (editable && change.status != ChangeStatus::Draft) {
        m_banner->setText(
            change.status == ChangeStatus::Review
                ? tr("This change is in review. Editing its window, assets, plans or type "
                     "restarts the approval.")
                : tr("This change is %1. Editing its window, assets, plans or type sends it "
                     "back for approval.")
                      .arg(format::inSentence(label(change.status))));
        m_banner->show();
    } else if (!editable && !isTerminal(change.status)
               && !m_ctx.actor.can(Permission::ChangesCreate)) {
        m_banner->setText(tr("You can read this change; your role does not allow editing it."));
        m_banner->show();
    } else if (!editable) {
        m_banner->setText(tr("This change is %1: its details can no longer be edited.")
                              .arg(format::inSentence(label(change.status))));
        m_banner->show();
    } else {
        m_banner->hide();
    }
    m_loading = false;
    m_dirty = false;
    m_dirtyLabel->hide();
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
    updateWindowEnabled();
}

void DetailsTab::setEditable(bool editable)
{
    m_editable = editable;
    m_title->setReadOnly(!editable);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_type, m_priority, m_assignee, m_leadTime, m_hasWindow})
        w->setEnabled(editable);
    for (QPlainTextEdit *e : {m_description, m_implementation, m_rollback, m_test})
        e->setReadOnly(!editable);
    m_dependencies->setReadOnly(!editable);
    m_assets->setReadOnly(!editable);
    m_save->setVisible(editable);
    m_revert->setVisible(editable);
}

void DetailsTab::updateWindowEnabled()
{
    const bool on = m_editable && m_hasWindow->isChecked();
    m_start->setEnabled(on);
    m_end->setEnabled(on);
}

void DetailsTab::markDirty()
{
    if (m_loading)
        return;
    m_dirty = true;
    m_dirtyLabel->show();
    m_save->setEnabled(true);
    m_revert->setEnabled(true);
}

void DetailsTab::revert()
{
    load(m_change);
    emit planningEdited();
}

QDateTime DetailsTab::plannedStart() const
{
    return m_hasWindow->isChecked() ? m_start->dateTime().toUTC() : QDateTime();
}

QDateTime DetailsTab::plannedEnd() const
{
    return m_hasWindow->isChecked() ? m_end->dateTime().toUTC() : QDateTime();
}

QStringList DetailsTab::affectedAssets() const
{
    QStringList out = m_assets->selected();
    out.sort();
    return out;
}

QList<int> DetailsTab::dependencies(QString *invalid) const
{
    QList<int> out;
    const QStringList parts = m_dependencies->text().split(
        QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
    for (const QString &p : parts) {
        if (auto n = parseChangeNumber(p)) {
            if (!out.contains(*n))
                out << *n;
        } else if (invalid && invalid->isEmpty()) {
            *invalid = p;
        }
    }
    return out;
}

ChangeDraft DetailsTab::draft(QString *invalid) const
{
    // Only what differs from the loaded change: an unchanged field is left alone.
    ChangeDraft d;
    const ChangeRequest &c = m_change;
    if (m_title->text() != c.title)
        d.title = m_title->text();
    if (m_description->toPlainText() != c.description)
        d.description = m_description->toPlainText();
    const auto type = ChangeType(m_type->currentData().toInt());
    if (type != c.changeType)
        d.changeType = type;
    const auto priority = Priority(m_priority->currentData().toInt());
    if (priority != c.priority)
        d.priority = priority;
    if (m_leadTime->value() != c.minLeadTimeHours)
        d.minLeadTimeHours = m_leadTime->value();
    const QString assignee = m_assignee->currentData().toString();
    if (assignee != c.assignee)
        d.assignee = assignee;
    const QDateTime start = plannedStart(), end = plannedEnd();
    if (start != c.plannedStart || end != c.plannedEnd) {
        d.plannedStart = start;
        d.plannedEnd = end;
    }
    const QStringList assets = affectedAssets();
    if (assets != c.affectedAssets)
        d.affectedAssets = assets;
    QList<int> current;
    for (const DependencyRef &r : c.dependencies)
        current << r.number;
    const QList<int> deps = dependencies(invalid);
    if (deps != current)
        d.dependsOn = deps;
    if (m_implementation->toPlainText() != c.implementationPlan)
        d.implementationPlan = m_implementation->toPlainText();
    if (m_rollback->toPlainText() != c.rollbackPlan)
        d.rollbackPlan = m_rollback->toPlainText();
    if (m_test->toPlainText() != c.testPlan)
        d.testPlan = m_test->toPlainText();
    return d;
}

void DetailsTab::save(std::function<void(const ChangeRequest *saved)> done)
{
    if (!m_dirty || m_saving) {
        if (done && !m_saving)
            done(&m_change);
        return;
    }
    QString invalid;
    const ChangeDraft d = draft(&invalid);
    if (!invalid.isEmpty()) {
        ErrorPresenter::show(this, tr("%1 cannot be saved").arg(m_ctx.numberText()),
                             Error::input(tr("\"%1\" is not a change number. Write the changes "
                                             "this one depends on as CHG-00012 or 12, separated "
                                             "by commas.")
                                              .arg(invalid)));
        m_dependencies->setFocus();
        if (done)
            done(nullptr);
        return;
    }
    m_saving = true;
    m_save->setEnabled(false);
    m_revert->setEnabled(false);
    onResult(m_ctx.client().editChangeAsync(m_ctx.number, d, m_change.version), this,
             [this, done](const Result<ChangeRequest> &saved) {
                 m_saving = false;
                 if (!saved.ok()) {
                     m_save->setEnabled(m_dirty);
                     m_revert->setEnabled(m_dirty);
                     ErrorPresenter::show(this, tr("%1 cannot be saved").arg(m_ctx.numberText()),
                                          saved.error());
                     if (done)
                         done(nullptr);
                     return;
                 }
                 m_dirty = false;
                 m_dirtyLabel->hide();
                 emit modified();
                 if (done)
                     done(&saved.value());
             });
}

} // namespace vigilo::ui
