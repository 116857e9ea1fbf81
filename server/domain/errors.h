#pragma once
// Typed failures raised by the domain and the store, in the domain's own words. None of them
// knows an HTTP status: the router maps each to one, in one place (http/problemstatus.cpp).
// A comptoir::ValidationError (shared) is the other kind of invalid input and becomes a 422.

#include "comptoir/validation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <stdexcept>

namespace comptoir::server {

// What every failure carries into its problem+json answer.
class DomainError : public std::runtime_error {
public:
    [[nodiscard]] const QString& detail() const { return m_detail; }
    // Extra members of the problem object, e.g. {"errors": [...]}, {"lines": [...]} or a more
    // precise "type" than the status gives.
    [[nodiscard]] const QJsonObject& extra() const { return m_extra; }
    // Seconds after which the same request may succeed; 0 when retrying will not help.
    [[nodiscard]] int retryAfterSeconds() const { return m_retryAfter; }

protected:
    DomainError(QString detail, QJsonObject extra, int retryAfterSeconds = 0);

private:
    QString m_detail;
    QJsonObject m_extra;
    int m_retryAfter = 0;
};

// The thing asked for does not exist, or is not visible to the caller.
class NotFound : public DomainError {
public:
    explicit NotFound(QString detail);
};

// The request is well-formed but the current state refuses it.
class Conflict : public DomainError {
public:
    enum class Reason {
        State,        // the entity is in a state that does not allow this
        StaleVersion, // the caller's version (If-Match) is no longer the current one
    };
    explicit Conflict(QString detail, QJsonObject extra = {}, Reason reason = Reason::State);
    [[nodiscard]] static Conflict staleVersion(QString detail);
    // Another request is doing the same thing right now: retrying after a moment will settle it.
    [[nodiscard]] static Conflict busy(QString detail, QJsonObject extra, int retryAfterSeconds);
    [[nodiscard]] Reason reason() const { return m_reason; }

private:
    Conflict(QString detail, QJsonObject extra, Reason reason, int retryAfterSeconds);
    Reason m_reason;
};

// The input itself is wrong: a field a rule refuses, or something that cannot be read at all.
class Invalid : public DomainError {
public:
    enum class Reason {
        Field,     // read fine, but a rule refuses it
        Malformed, // cannot be read (a header, a cursor, a body that is not JSON)
    };
    // `field` refused with `message`, e.g. Invalid(u"quantity", u"must be at least 1").
    Invalid(const QString& field, const QString& message);
    // A refused input that explains itself (`extra` may name the fields).
    [[nodiscard]] static Invalid withDetail(QString detail, QJsonObject extra);
    [[nodiscard]] static Invalid malformed(const QString& detail, const QString& field = {});
    [[nodiscard]] Reason reason() const { return m_reason; }

private:
    Invalid(QString detail, QJsonObject extra, Reason reason);
    Reason m_reason;
};

// The caller may not do this.
class Forbidden : public DomainError {
public:
    enum class Reason {
        NotAllowed,  // known caller, not allowed
        NotSignedIn, // no caller we know: signing in (again) may help
    };
    explicit Forbidden(QString detail, Reason reason = Reason::NotAllowed);
    [[nodiscard]] static Forbidden notSignedIn(QString detail = u"A valid bearer token is required."_qs);
    [[nodiscard]] Reason reason() const { return m_reason; }

private:
    Reason m_reason;
};

// The caller's credential is locked until they do something else first: PIN sign-in after too
// many wrong PINs in a row, until the person signs in with their password.
class Locked : public DomainError {
public:
    explicit Locked(QString detail);
};

// Cannot be done now, through no fault of the input: the same request may succeed later.
class Unavailable : public DomainError {
public:
    enum class Reason {
        Upstream,  // another system (the payment processor) refused or did not answer
        Throttled, // the caller tried too often; retryAfterSeconds says when to try again
    };
    explicit Unavailable(QString detail, QJsonObject extra = {}, Reason reason = Reason::Upstream);
    [[nodiscard]] static Unavailable throttled(QString detail, int retryAfterSeconds);
    [[nodiscard]] Reason reason() const { return m_reason; }

private:
    Unavailable(QString detail, QJsonObject extra, Reason reason, int retryAfterSeconds);
    Reason m_reason;
};

} // namespace comptoir::server
