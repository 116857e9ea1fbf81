#pragma once
// Typed failures raised anywhere in the server and mapped once, by the HTTP layer, to a
// problem+json answer. A comptoir::ValidationError (shared) becomes a 422 with `errors`.

#include "comptoir/validation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <stdexcept>

namespace comptoir::server {

class ApiError : public std::runtime_error {
public:
    ApiError(int status, QString detail, QJsonObject extra = {});

    [[nodiscard]] int status() const { return m_status; }
    [[nodiscard]] const QString& detail() const { return m_detail; }
    // Extra members of the problem object, e.g. {"errors": [...]} or {"lines": [...]}.
    [[nodiscard]] const QJsonObject& extra() const { return m_extra; }
    [[nodiscard]] int retryAfterSeconds() const { return m_retryAfter; }
    ApiError& withRetryAfter(int seconds)
    {
        m_retryAfter = seconds;
        return *this;
    }

private:
    int m_status;
    QString m_detail;
    QJsonObject m_extra;
    int m_retryAfter = 0;
};

// Named constructors, so call sites read as the rule they enforce.
[[nodiscard]] ApiError badRequest(const QString& detail, const QString& field = {});
[[nodiscard]] ApiError unauthorized(const QString& detail = u"A valid bearer token is required."_qs);
[[nodiscard]] ApiError forbidden(const QString& detail);
[[nodiscard]] ApiError notFound(const QString& detail);
[[nodiscard]] ApiError conflict(const QString& detail, QJsonObject extra = {});
[[nodiscard]] ApiError preconditionFailed(const QString& detail);
[[nodiscard]] ApiError preconditionRequired(const QString& detail);
[[nodiscard]] ApiError unprocessable(const QString& field, const QString& message);
[[nodiscard]] ApiError tooManyRequests(const QString& detail, int retryAfterSeconds);

// The standard title for a status ("Not Found"), used in every problem answer.
[[nodiscard]] QString statusTitle(int status);

} // namespace comptoir::server
