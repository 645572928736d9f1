#include "DialogParts.h"

#include <QComboBox>
#include <QLabel>
#include <QTimeZone>

namespace vigilo::ui {

QComboBox *newTimeZoneBox(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->addItem(QString());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        if (id.contains('/'))
            box->addItem(QString::fromLatin1(id));
    return box;
}

QLabel *newErrorLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->hide();
    return label;
}

} // namespace vigilo::ui
