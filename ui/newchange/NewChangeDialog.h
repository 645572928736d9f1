#pragma once
// The New change form: what, where, when and how, checked as it is typed (required fields,
// end after start, lead time) with a live conflicts preview from the core. Everything goes
// through the client, asynchronously, so the form works alike on a database and on a team
// server: the templates, members and assets it offers, the conflicts preview (answers to an
// older form are dropped), the next free slot for the form's window, Suggest similar, and Create
// (from a standard template when one is chosen), whose refusal is shown as the core words it.

#include "Actor.h"
#include "Inputs.h"
#include "Planning.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace vigilo::ui {

class AssetPicker;
class Session;
class TemplatePicker;

class NewChangeDialog final : public QDialog {
    Q_OBJECT
public:
    // The conflicts preview waits this long after the last edit before asking the core.
    static constexpr int kConflictDebounceMs = 300;

    NewChangeDialog(Session &session, const Actor &actor, QWidget *parent = nullptr);

    // What the form would send to the core now.
    ChangeDraft draft() const;
    // The problems that keep Create disabled, and the warnings that do not.
    QStringList errors() const { return m_errors; }
    QStringList warnings() const { return m_warnings; }
    // The conflicts the preview shows now.
    const ConflictSummary &conflicts() const { return m_conflicts; }
    int createdNumber() const { return m_created; }

    // Test hook: the planned window in UTC.
    void setPlannedWindow(const QDateTime &start, const QDateTime &end);

    // "Next free slot": disabled, with the reason as its tooltip, until the form has a window.
    QPushButton *nextSlotButton() const { return m_nextSlot; }

    // The standard template the change is made from (the "templateCombo"), none by default.
    TemplatePicker *templatePicker() const { return m_template; }

    // Whether the form holds anything typed or chosen that closing it would throw away.
    bool hasInput() const;
    // Whether the templates or the members are still being read (Create waits for them; at once
    // on a database, later on a team server).
    bool isLoading() const { return m_pendingLoads > 0; }

public Q_SLOTS:
    void accept() override; // Create
    // Esc, Cancel, the window's close button: asks first when the form holds input (Save as a
    // draft / Discard / Cancel, the box named "discardNewChangeBox").
    void reject() override;

Q_SIGNALS:
    void conflictsUpdated();
    // The next free slot's answer was shown (the window moved, or the note says why not).
    void nextSlotAnswered();

private:
    QWidget *buildForm();
    QWidget *buildSidePanel();
    void validate();
    // Fills the form from the chosen template and locks what the template decides.
    void applyTemplate();
    void refreshConflicts();
    // The preview: `note` instead of a list (no window, an error), else the summary.
    void showConflicts(const QString &note, const ConflictSummary &summary = {});
    void suggestSimilar();
    // Asks the core for the earliest window of the form's length without conflicts, from the
    // form's planned start on, and moves the window there.
    void nextFreeSlot();
    // The planning fields of the form now (the conflicts preview, the next free slot).
    PlanningForm planningForm() const;
    // One of the form's reads (templates, members) answered.
    void loadFinished();
    QStringList checkedAssets() const;

    Session &m_session;
    Actor m_actor;
    TemplatePicker *m_template;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QComboBox *m_type;
    QComboBox *m_priority;
    AssetPicker *m_assets;
    QCheckBox *m_planned;
    QDateTimeEdit *m_start;
    QDateTimeEdit *m_end;
    QSpinBox *m_leadTime;
    QPlainTextEdit *m_implementation;
    QPlainTextEdit *m_rollback;
    QPlainTextEdit *m_test;
    QComboBox *m_assignee;
    QLabel *m_messages;
    QListWidget *m_conflictList;
    QLabel *m_conflictTitle;
    QPushButton *m_create;
    QPushButton *m_similar;
    QPushButton *m_nextSlot;
    QLabel *m_slotNote;
    QTimer *m_conflictTimer;
    bool m_leadTimeEdited = false;
    QStringList m_loadErrors;
    QStringList m_errors;
    QStringList m_warnings;
    ConflictSummary m_conflicts;
    int m_created = 0;
    int m_pendingLoads = 0;     // templates and members not read yet
    int m_conflictRequest = 0;  // the latest preview asked for
    bool m_creating = false;    // change.create sent, no answer yet
    bool m_slotPending = false; // change.next_slot sent, no answer yet
    int m_formEdits = 0;        // edits of the planning fields, to drop an outdated slot
};

} // namespace vigilo::ui
