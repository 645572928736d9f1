#pragma once
// Workspace ▸ Webhooks…: the workspace's endpoints (admins add, pause and remove them) and the
// delivery log (every attempt with its HTTP status or error; admins retry failed deliveries).
// Everything goes through the Client, so the window works alike on a database and on a team
// server; what the member may do is the core's answer (webhook.overview), with its reason.

#include "Client.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace vigilo::ui {

class WebhookPump;

class WebhooksDialog final : public QDialog {
    Q_OBJECT
public:
    // `client` set to the workspace; pump: sends now on "Deliver now" on a database (may be null;
    // on a team server the server delivers).
    WebhooksDialog(client::Client &client, const QString &workspaceName, WebhookPump *pump,
                   QWidget *parent = nullptr);

    // Asks the core again; the tables are filled when the answer is in (at once on a database).
    void reload();
    bool isLoading() const { return m_loading; }
    const AdminRights &rights() const { return m_rights; }
    QTableWidget *endpointTable() const { return m_endpoints; }
    QTableWidget *logTable() const { return m_log; }
    QString statusText() const;

    // Test hook: the next "Add…" uses these values instead of asking.
    struct NewEndpoint {
        QString name, url, secret, format;
        QStringList events;
    };
    void setNextEndpoint(const NewEndpoint &e)
    {
        m_next = e;
        m_hasNext = true;
    }
    void addEndpoint();
    void retrySelected();

private:
    void fill(const client::WebhookOverview &overview);
    void updateButtons();
    void setBusy(bool busy);
    void toggleSelected();
    void removeSelected();
    void deliverNow();
    // A write's refusal, as the core worded it.
    void showError(const QString &title, const Error &error);
    bool askEndpoint(NewEndpoint &out);
    QString selectedEndpoint() const;

    client::Client &m_client;
    WebhookPump *m_pump;
    AdminRights m_rights;
    bool m_loading = false;
    bool m_busy = false;
    QTableWidget *m_endpoints;
    QTableWidget *m_log;
    QCheckBox *m_failedOnly;
    QPushButton *m_add;
    QPushButton *m_toggle;
    QPushButton *m_remove;
    QPushButton *m_retry;
    QPushButton *m_deliver;
    QLabel *m_refusal;
    QLabel *m_status;
    NewEndpoint m_next;
    bool m_hasNext = false;
};

} // namespace vigilo::ui
