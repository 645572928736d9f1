#pragma once
// One page of the Administration window: a heading, what the page is for, the core's reason
// when the signed-in member may only look, a table of what exists and the buttons for what the
// core allows. Every write goes through the client; a refusal is shown as the core worded it.

#include "Client.h"
#include "widgets/Async.h"

#include <QWidget>

#include <functional>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableWidget;
class QTableWidgetItem;
class QVBoxLayout;

namespace vigilo::ui {

class AssetPicker;
class Session;

class AdminPage : public QWidget {
    Q_OBJECT
public:
    AdminPage(Session &session, const QString &objectName, const QString &title,
              const QString &intro, QWidget *parent = nullptr);

    QString title() const { return m_titleText; }
    // Fills the page from the window's one answer and enables what the rights allow.
    void setAdministration(const client::Administration &admin);
    const AdminRights &rights() const { return m_rights; }
    QTableWidget *table() const { return m_table; }
    // What the last action said (a confirmation); errors go to a message box.
    QString statusText() const;

signals:
    // Something was written: the window asks the core again.
    void changed();

protected:
    enum class Needs { Nothing, Rights, RightsAndSelection };
    virtual void fill(const client::Administration &admin) = 0;
    // A button in the page's row; its handler runs on click.
    QPushButton *addButton(const QString &text, const QString &objectName, Needs needs,
                           std::function<void()> handler);
    // The page's table (created once) with these headers.
    QTableWidget *makeTable(const QString &objectName, const QStringList &headers);
    void addRow(const QList<QTableWidgetItem *> &cells, const QVariant &key);
    // The selected row's key (the first cell's Qt::UserRole), invalid without a selection.
    QVariant selectedKey() const;
    QVBoxLayout *body() const { return m_body; }
    client::Client &client();
    Session &session() { return m_session; }
    // The picker for a form's assets, reading the workspace's inventory through the client.
    AssetPicker *assetPicker(QWidget *parent);
    // Shows the core's refusal (a message box titled `title`) and returns false, or confirms
    // with `done`, asks for a reload and returns true.
    bool report(const Status &result, const QString &title, const QString &done);
    // The same when the Client's answer comes (at once on a database, later on a team server).
    template <typename T>
    void reportWhenAnswered(const QFuture<Result<T>> &answer, const QString &title,
                            const QString &done);
    // A write succeeded: says so under the page and asks for a reload.
    void confirm(const QString &done);
    void updateButtons();
    // After updateButtons: a page narrows its buttons further by the selected row (the core's
    // answer for that row).
    virtual void refineButtons() {}

private:
    Session &m_session;
    QString m_titleText;
    AdminRights m_rights;
    QVBoxLayout *m_body;
    QLabel *m_readOnly;
    QLabel *m_status;
    QHBoxLayout *m_buttons;
    QTableWidget *m_table = nullptr;
    QList<QPair<QPushButton *, Needs>> m_actions;
};

// A cell of an admin table.
QTableWidgetItem *adminCell(const QString &text, const QVariant &sortValue = {});
// "a, b , c" -> {"a", "b", "c"}: the names typed into a form's field.
QStringList nameList(const QString &text);

} // namespace vigilo::ui

namespace vigilo::ui {
// A write's outcome without its value, for AdminPage::report.
template <typename T> Status outcome(const Result<T> &r)
{
    if (!r.ok())
        return r.error();
    return {};
}
} // namespace vigilo::ui

namespace vigilo::ui {
template <typename T>
void AdminPage::reportWhenAnswered(const QFuture<Result<T>> &answer, const QString &title,
                                   const QString &done)
{
    onResult(answer, this,
             [this, title, done](const Result<T> &r) { report(outcome(r), title, done); });
}
} // namespace vigilo::ui
