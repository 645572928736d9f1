#include "TemplatePicker.h"

namespace vigilo::ui {

TemplatePicker::TemplatePicker(QWidget *parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("templateCombo"));
    setToolTip(tr("A standard template makes a pre-approved standard change: it skips review and "
                  "approval and keeps the template's plans and assets."));
    addItem(tr("None: plan the change yourself"), QString());
}

void TemplatePicker::setTemplates(const QList<ChangeTemplate> &templates)
{
    while (count() > 1)
        removeItem(count() - 1);
    m_templates.clear();
    for (const ChangeTemplate &t : templates)
        if (t.active) {
            m_templates << t;
            addItem(tr("%1 (%2)").arg(t.title, t.name), t.name);
        }
    setEnabled(!m_templates.isEmpty());
}

std::optional<ChangeTemplate> TemplatePicker::current() const
{
    const QString name = currentData().toString();
    for (const ChangeTemplate &t : m_templates)
        if (t.name == name)
            return t;
    return std::nullopt;
}

bool TemplatePicker::choose(const QString &name)
{
    const int index = findData(name);
    if (index < 0)
        return false;
    setCurrentIndex(index);
    return true;
}

} // namespace vigilo::ui
