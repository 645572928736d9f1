#pragma once
// Opening a server session as a person would: the password from the keychain, else asked for
// in the connection dialog (and remembered in the keychain only when the user says so).

#include "Error.h"
#include "Store.h"

#include <QString>

#include <memory>

class QWidget;

namespace vigilo::ui {

class Session;

// `location` is a postgresql:// URL; without `interactive`, only the URL, PGPASSWORD,
// ~/.pgpass and the keychain are tried.
// `mode` as for Session::open.
Result<std::unique_ptr<Session>> openServerSession(const QString &location, const QString &user,
                                                   bool interactive, Store::OpenMode mode,
                                                   QWidget *parent = nullptr);

// File ▸ Connect to a PostgreSQL database (administrators)…: asks for the server, checks that it
// can connect, and starts a new window of Vigilo on it. Returns false when the user cancelled.
bool connectToServer(QWidget *parent, const QString &user);

} // namespace vigilo::ui
