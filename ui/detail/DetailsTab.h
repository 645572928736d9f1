#pragma once
// The Details tab: the change's fields as a form, editable while the status allows it; Save goes
// through ChangeService::edit with the version that was loaded (stale_write when someone else won).

#include "DetailTab.h"
#include "Inputs.h"

#include <QDateTime>

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
    // Whether the form holds edits that are not saved yet.
    bool isDirty() const { return m_dirty; }
    // Saves through the core; returns true when it went through (or there was nothing to save).
    bool save();
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

private:
    QWidget *buildGeneral();
    QWidget *buildPlans();
    void fillChoices();
    void setEditable(bool editable);
    void markDirty();
    void updateWindowEnabled();
    ChangeDraft draft(QString *invalid) const;

    ChangeRequest m_change;
    bool m_loading = false;
    bool m_dirty = false;
    bool m_editable = false;

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
