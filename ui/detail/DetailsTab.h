#pragma once
// The Details tab: the change's fields as a form, editable when the core says so (change.open's
// can_edit); Save sends change.edit with the version that was loaded (stale_write when someone
// else won). The inventory for the asset picker is read when the picker is first used.

#include "DetailTab.h"
#include "Error.h"
#include "Inputs.h"

#include <QDateTime>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace vigilo::ui {

class AssetPicker;

class DetailsTab final : public DetailTab {
    Q_OBJECT
public:
    explicit DetailsTab(DetailContext &context, QWidget *parent = nullptr);

    void load(const ChangeRequest &change) override;
    // Whether the member may edit the change now: the core's answer (change.open), before load().
    void setCanEdit(bool canEdit) { m_canEdit = canEdit; }
    // The members the change may be assigned to (change.open); `error`, when they could not be
    // read, is shown as an error.
    void setAssignees(const std::optional<QList<Member>> &members, const Error &error = {});
    // Whether the form holds edits that are not saved yet.
    bool isDirty() const { return m_dirty; }
    // Saves (change.edit, asynchronously); `done` gets the saved change, or null when it was
    // refused (the refusal is shown) or invalid. Nothing to save: `done` gets the loaded change.
    void save(std::function<void(const ChangeRequest *saved)> done = {});
    bool isSaving() const { return m_saving; }
    void revert();

    // The window, assets and dependencies as they are in the form now (perhaps unsaved).
    QDateTime plannedStart() const;
    QDateTime plannedEnd() const;
    QStringList affectedAssets() const;
    QList<int> dependencies(QString *invalid = nullptr) const;
    qint64 changeId() const { return m_change.id; }
    // The planned window the form shows (local time), for tests.
    QDateTimeEdit *startEdit() const { return m_start; }

signals:
    // The window, assets or dependencies were edited (the conflict banner follows them).
    void planningEdited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildGeneral();
    QWidget *buildPlans();
    void fillChoices();
    void setEditable(bool editable);
    void showChoicesErrors();
    void markDirty();
    void updateWindowEnabled();
    ChangeDraft draft(QString *invalid) const;

    ChangeRequest m_change;
    bool m_loading = false;
    bool m_dirty = false;
    bool m_editable = false;
    bool m_canEdit = false;
    bool m_saving = false;
    bool m_inventoryAsked = false;
    QString m_membersError;

    QLabel *m_banner = nullptr;
    QLabel *m_choicesError = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_priority = nullptr;
    QComboBox *m_assignee = nullptr;
    QSpinBox *m_leadTime = nullptr;
    QCheckBox *m_hasWindow = nullptr;
    QDateTimeEdit *m_start = nullptr;
    QDateTimeEdit *m_end = nullptr;
    AssetPicker *m_assets = nullptr;
    QLineEdit *m_dependencies = nullptr;
    QLabel *m_dependencyStatus = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QPlainTextEdit *m_implementation = nullptr;
    QPlainTextEdit *m_rollback = nullptr;
    QPlainTextEdit *m_test = nullptr;
    QLabel *m_record = nullptr;
    QLabel *m_dirtyLabel = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
};

} // namespace vigilo::ui
