#pragma once
// A friendly full-window message: why there is nothing to show and what to do about it.

#include <QWidget>

class QLabel;
class QPushButton;

namespace vigilo::ui {

class MessagePage final : public QWidget {
    Q_OBJECT
public:
    explicit MessagePage(QWidget *parent = nullptr);

    // `body` is rich text; callers escape what they insert.
    void setMessage(const QString &title, const QString &body, bool offerDemo);
    QString title() const;
    QString body() const;
    // While the demo workspace is being built: the button disabled, saying so.
    void setDemoBusy(bool busy);

Q_SIGNALS:
    void demoRequested();

private:
    QLabel *m_title;
    QLabel *m_body;
    QPushButton *m_demo;
};

} // namespace vigilo::ui
