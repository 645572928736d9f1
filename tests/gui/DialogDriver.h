#pragma once
// Driving the Administration window's and the inventory's dialogs as a person would, shared by
// the suites that walk through them (tst_gui_admin, tst_gui_walkthrough16): find widgets by
// objectName, answer a modal dialog once it is up (polled, no fixed sleep), type, choose, pick
// assets, and read the audit trail afterwards.

#include "GuiFixture.h"

#include "admin/AdminPage.h"
#include "widgets/AssetPicker.h"

#include "Vigilo.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>

#include <functional>

namespace vigilo::guitest {

template <typename T> T *child(QObject *parent, const QString &name)
{
    auto *w = parent->findChild<T *>(name);
    if (!w)
        qFatal("no child %s in %s", qPrintable(name), qPrintable(parent->objectName()));
    return w;
}

// Acts on the next modal dialog of type T as soon as it is up (polled, no fixed sleep).
template <typename T> void onNextModal(std::function<void(T *)> act)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
        }
    });
    timer->start();
}

// Runs `answer` on the modal dialog named `name` once it is up (polling, no fixed sleep).
inline void whenModal(const QString &name, std::function<void(QWidget *)> answer,
                      int triesLeft = 500)
{
    QTimer::singleShot(10, [=] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && modal->objectName() == name) {
            answer(modal);
            return;
        }
        if (triesLeft > 0)
            whenModal(name, answer, triesLeft - 1);
        else
            qWarning("no modal dialog %s appeared", qPrintable(name));
    });
}

inline void type(QWidget *dialog, const char *field, const QString &text)
{
    auto *edit = child<QLineEdit>(dialog, QString::fromLatin1(field));
    edit->clear();
    QTest::keyClicks(edit, text);
}

inline void ok(QWidget *dialog)
{
    child<QPushButton>(dialog, QStringLiteral("okButton"))->click();
}

inline void choose(QWidget *dialog, const char *combo, const QVariant &data)
{
    auto *c = child<QComboBox>(dialog, QString::fromLatin1(combo));
    const int index = c->findData(data);
    QVERIFY2(index >= 0, combo);
    c->setCurrentIndex(index);
}

// Chooses each of `names` in the dialog's asset picker (`picker`), by typing the name into its
// search and Enter, as a person would; true when every one is chosen.
inline bool pick(QWidget *dialog, const QStringList &names,
                 const QString &picker = QStringLiteral("assetPicker"))
{
    auto *p = child<ui::AssetPicker>(dialog, picker);
    if (!QTest::qWaitFor([p] { return p->isLoaded(); }))
        return false;
    for (const QString &name : names) {
        p->searchEdit()->clear();
        QTest::keyClicks(p->searchEdit(), name);
        QTest::keyClick(p->searchEdit(), Qt::Key_Return);
    }
    for (const QString &name : names)
        if (!p->selected().contains(name))
            return false;
    return true;
}

inline QPushButton *button(ui::AdminPage *page, const char *name)
{
    return child<QPushButton>(page, QString::fromLatin1(name));
}

// Selects the row whose cell in `column` says `key`.
inline bool select(ui::AdminPage *page, const QString &key, int column = 0)
{
    for (int row = 0; row < page->table()->rowCount(); ++row)
        if (page->table()->item(row, column)->text() == key) {
            page->table()->selectRow(row);
            return true;
        }
    return false;
}

inline QStringList column(QTableWidget *table, int c)
{
    QStringList out;
    for (int row = 0; row < table->rowCount(); ++row)
        out << table->item(row, c)->text();
    return out;
}

// The workspace's audit trail as "action:actor", newest first.
inline QStringList actions(Vigilo &core, const Actor &actor)
{
    QStringList out;
    for (const AuditEvent &e : VALUE_OK(core.audit().workspaceHistory(actor, 500)))
        out << e.action + QLatin1Char(':') + e.actor;
    return out;
}

} // namespace vigilo::guitest
