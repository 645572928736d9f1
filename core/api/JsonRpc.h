#pragma once
// JSON-RPC 2.0 framing shared by vigilo-server and the remote client: requests, responses,
// notifications, and Vigilo's errors carried in an error object's `data`.

#include "Error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

namespace vigilo::api::jsonrpc {

// The protocol version the `hello` handshake agrees on (docs/protocol.md).
constexpr int kProtocolVersion = 1;

// JSON-RPC error codes: the standard ones, and Vigilo's (-32000 to -32003) by kind of error.
enum Code {
    ParseError = -32700,
    InvalidRequest = -32600,
    MethodNotFound = -32601,
    InvalidParams = -32602,
    InternalError = -32603,
    Refused = -32000,       // a rule refused (exit 1 in the CLI)
    StorageFailed = -32001, // storage or connection failure (exit 3)
    AuthRequired = -32002,  // no session, or it expired or was revoked
    RateLimited = -32003,   // too many requests on this connection
};

// The JSON-RPC code for one of Vigilo's errors.
int codeFor(const Error &error);
// {"code": N, "message": "...", "data": {"code", "message", "details", "kind"}}.
QJsonObject errorObject(const Error &error);
// Back from an error object (the client): the Vigilo error in `data`, or one made from the
// JSON-RPC code and message when `data` is missing (another server, a proxy).
Error errorFrom(const QJsonObject &errorObject);

QByteArray request(const QJsonValue &id, const QString &method, const QJsonObject &params);
QByteArray result(const QJsonValue &id, const QJsonValue &result);
QByteArray failure(const QJsonValue &id, const Error &error);
QByteArray notification(const QString &method, const QJsonObject &params);

// Errors of the protocol itself (what a malformed or oversized message gets).
Error protocolError(const QString &code, const QString &message, const QJsonObject &details = {});

} // namespace vigilo::api::jsonrpc
