#pragma once
// The main window's notification bar: the latest desktop notification (a decision due on behalf
// of someone the user stands in for, changes on followed assets), shown above the pages until
// dismissed, also on desktops without a tray and after the tray's balloon has gone.

#include <QFrame>

class QLabel;

namespace vigilo::ui {

class NotificationBar final : public QFrame {
    Q_OBJECT
public:
    explicit NotificationBar(QWidget *parent = nullptr);
    // Shows `title` in bold above `message` (plain text, one notification a line).
    void showNotification(const QString &title, const QString &message);
    QString text() const;

private:
    QLabel *m_text;
};

} // namespace vigilo::ui
