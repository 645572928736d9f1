#pragma once
// New change ▸ Template: the workspace's active standard templates. Choosing one makes the
// change a pre-approved standard change whose plans, assets and type are the template's.

#include "StandardTemplates.h"

#include <QComboBox>

#include <optional>

namespace vigilo::ui {

class TemplatePicker final : public QComboBox {
    Q_OBJECT
public:
    explicit TemplatePicker(QWidget *parent = nullptr);
    // Offers the active ones of `templates` (what templatesAsync answered).
    void setTemplates(const QList<ChangeTemplate> &templates);
    // The chosen template, none for a change without one.
    std::optional<ChangeTemplate> current() const;
    // Chooses the template named `name` (empty: none); false when there is no such template.
    bool choose(const QString &name);

private:
    QList<ChangeTemplate> m_templates;
};

} // namespace vigilo::ui
