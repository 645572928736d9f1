#pragma once
// The methods vigilo-server answers itself (the handshake, sessions, event subscriptions),
// declared like those of the API's table so that requests are checked the same way and the
// protocol document lists them too.

#include "Api.h"

namespace vigilo::server {

const QList<api::Method> &serverMethods();
const api::Method *findServerMethod(const QString &name);

// The method reference of docs/protocol.md (between its "methods" markers): the server's
// methods, then the API's table, in Markdown.
QString methodReference();

} // namespace vigilo::server
