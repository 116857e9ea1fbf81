#include "domain/errors.h"

namespace comptoir::server {

namespace {

QJsonObject fieldErrors(const QString& field, const QString& message)
{
    return {{u"errors"_qs, QJsonArray{QJsonObject{{u"field"_qs, field}, {u"message"_qs, message}}}}};
}

} // namespace

DomainError::DomainError(QString detail, QJsonObject extra, int retryAfterSeconds)
    : std::runtime_error(detail.toStdString()), m_detail(std::move(detail)), m_extra(std::move(extra)),
      m_retryAfter(retryAfterSeconds)
{
}

NotFound::NotFound(QString detail) : DomainError(std::move(detail), {}) {}

Conflict::Conflict(QString detail, QJsonObject extra, Reason reason)
    : Conflict(std::move(detail), std::move(extra), reason, 0)
{
}

Conflict::Conflict(QString detail, QJsonObject extra, Reason reason, int retryAfterSeconds)
    : DomainError(std::move(detail), std::move(extra), retryAfterSeconds), m_reason(reason)
{
}

Conflict Conflict::busy(QString detail, QJsonObject extra, int retryAfterSeconds)
{
    return Conflict(std::move(detail), std::move(extra), Reason::State, retryAfterSeconds);
}

Conflict Conflict::staleVersion(QString detail)
{
    return Conflict(std::move(detail), {}, Reason::StaleVersion);
}

Invalid::Invalid(const QString& field, const QString& message)
    : Invalid(field + u" "_qs + message, fieldErrors(field, message), Reason::Field)
{
}

Invalid::Invalid(QString detail, QJsonObject extra, Reason reason)
    : DomainError(std::move(detail), std::move(extra)), m_reason(reason)
{
}

Invalid Invalid::withDetail(QString detail, QJsonObject extra)
{
    return Invalid(std::move(detail), std::move(extra), Reason::Field);
}

Invalid Invalid::malformed(const QString& detail, const QString& field)
{
    return Invalid(detail, field.isEmpty() ? QJsonObject{} : fieldErrors(field, detail), Reason::Malformed);
}

Forbidden::Forbidden(QString detail, Reason reason) : DomainError(std::move(detail), {}), m_reason(reason) {}

Forbidden Forbidden::notSignedIn(QString detail)
{
    return Forbidden(std::move(detail), Reason::NotSignedIn);
}

Locked::Locked(QString detail) : DomainError(std::move(detail), {}) {}

Unavailable::Unavailable(QString detail, QJsonObject extra, Reason reason)
    : Unavailable(std::move(detail), std::move(extra), reason, 0)
{
}

Unavailable::Unavailable(QString detail, QJsonObject extra, Reason reason, int retryAfterSeconds)
    : DomainError(std::move(detail), std::move(extra), retryAfterSeconds), m_reason(reason)
{
}

Unavailable Unavailable::throttled(QString detail, int retryAfterSeconds)
{
    return Unavailable(std::move(detail), {}, Reason::Throttled, retryAfterSeconds);
}

} // namespace comptoir::server
