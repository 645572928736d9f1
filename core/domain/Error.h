#pragma once
// A refusal or failure with a stable code (PRODUCT.md), a translated message and details.

#include <QJsonObject>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace vigilo {

// How a caller should treat an error; the CLI maps these to exit statuses 1, 2 and 3.
enum class ErrorKind { Rule, Input, Storage };

struct Error {
    QString code;
    QString message;
    QJsonObject details;
    std::optional<ErrorKind> explicitKind; // set by input()/notFound()/storage()

    ErrorKind kind() const;
    QJsonObject toJson() const; // {"code":..., "message":..., "details":{...}}

    static Error rule(const QString &code, const QString &message, const QJsonObject &details = {});
    static Error input(const QString &message, const QJsonObject &details = {},
                       const QString &code = QStringLiteral("invalid_input"));
    static Error notFound(const QString &message, const QJsonObject &details = {});
    static Error storage(const QString &message, const QJsonObject &details = {},
                         const QString &code = QStringLiteral("storage_error"));
};

// Either a value or an Error. Result<void> carries only the outcome.
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    // By value on a temporary, so `for (x : *core.list(...))` does not dangle.
    T value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    T operator*() && { return std::get<0>(std::move(m_data)); }
    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace vigilo

// Early return of an error from a Result-returning function.
#define VIGILO_TRY(expr)                                                                           \
    do {                                                                                           \
        auto vigilo_try_result_ = (expr);                                                          \
        if (!vigilo_try_result_.ok())                                                              \
            return vigilo_try_result_.error();                                                     \
    } while (false)
