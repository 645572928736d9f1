#pragma once
// The fields of a new approval policy: what it matches and its steps (who decides, how many).

#include "ApprovalPolicies.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QTableWidget;

namespace vigilo::ui {

class AssetPicker;

class PolicyForm final : public QWidget {
    Q_OBJECT
public:
    // `assets`: the picker for the assets the policy applies to (none: any); the form owns it.
    explicit PolicyForm(AssetPicker *assets, QWidget *parent = nullptr);
    // The policy as entered; the core validates it.
    ApprovalPolicy policy() const;
    QTableWidget *steps() const { return m_steps; }
    void addStep();

private:
    QLineEdit *m_name;
    QList<QCheckBox *> m_types;
    QList<QCheckBox *> m_priorities;
    QList<QCheckBox *> m_risks;
    AssetPicker *m_assets;
    QTableWidget *m_steps;
};

} // namespace vigilo::ui
