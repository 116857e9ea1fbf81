#include "domain/authservice.h"

#include "domain/errors.h"
#include "domain/passwords.h"

#include <QRegularExpression>

namespace comptoir::server {

AuthService::AuthService(Store& store, Settings settings)
    : m_store(store), m_settings(settings), m_throttle(settings.throttle),
      m_dummyHash(hashPassword(u"comptoir-no-such-account"_qs, settings.passwordIterations))
{
}

std::optional<Principal> AuthService::authenticate(const std::string& token)
{
    if (token.empty() || token.size() > 512)
        return std::nullopt;
    const QByteArray hash = tokenHash(token);
    const auto user = m_store.userForToken(hash, QDateTime::currentDateTimeUtc());
    if (!user)
        return std::nullopt;
    return Principal{true, *user, hash, {}};
}

QString AuthService::normalizedEmail(const QString& email)
{
    return email.trimmed().toLower();
}

void AuthService::validateAccount(const QString& email, const QString& password, const QString& name)
{
    QList<FieldError> errors;
    static const QRegularExpression emailShape(uR"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"_qs);
    if (email.size() > 254 || !emailShape.match(email).hasMatch())
        errors.append({u"email"_qs, u"must be an email address"_qs});
    if (password.size() < 10)
        errors.append({u"password"_qs, u"must be at least 10 characters"_qs});
    if (password.size() > 1024)
        errors.append({u"password"_qs, u"must be at most 1024 characters"_qs});
    if (name.trimmed().isEmpty() || name.size() > 200)
        errors.append({u"name"_qs, u"must be 1 to 200 characters"_qs});
    if (!errors.isEmpty())
        throw ValidationError(errors);
}

Session AuthService::login(const QString& email, const QString& password, const std::string& remoteAddress)
{
    const QString account = normalizedEmail(email);
    if (const int wait = m_throttle.admit(account, remoteAddress))
        throw Unavailable::throttled(u"Too many sign-in attempts; wait before trying again."_qs, wait);
    const auto credentials = m_store.credentials(account);
    // Always run one hash, so an unknown email costs the same time as a wrong password.
    const bool valid = credentials && !credentials->passwordHash.isEmpty()
                           ? verifyPassword(password, credentials->passwordHash)
                           : (void(verifyPassword(password, m_dummyHash)), false);
    if (!valid) {
        m_throttle.recordFailure(account);
        throw Forbidden::notSignedIn(u"The email or the password is wrong."_qs);
    }
    m_throttle.recordSuccess(account);
    Session session{newToken(), QDateTime::currentDateTimeUtc().addSecs(m_settings.tokenLifetime.count()),
                    credentials->user};
    m_store.saveToken(tokenHash(session.token.toStdString()), session.user.id, session.expiresAt);
    return session;
}

void AuthService::logout(const Principal& principal)
{
    if (principal.authenticated)
        m_store.revokeToken(principal.tokenHash);
}

User AuthService::registerCustomer(const QString& email, const QString& password, const QString& name)
{
    const QString normalized = normalizedEmail(email);
    validateAccount(normalized, password, name);
    return m_store.createUser(NewUser{normalized,
                                      name.trimmed(),
                                      hashPassword(password, m_settings.passwordIterations),
                                      Role::Customer,
                                      {}});
}

User AuthService::createUser(const QString& email, const QString& password, const QString& name, Role role,
                             const LocationId& storeId)
{
    const QString normalized = normalizedEmail(email);
    validateAccount(normalized, password, name);
    if (role == Role::Kiosk || role == Role::Register)
        throw Invalid(u"role"_qs, u"kiosks and registers are enrolled with POST /devices"_qs);
    if (role == Role::Staff && storeId.isEmpty())
        throw Invalid(u"store_id"_qs, u"is required for staff"_qs);
    if (!storeId.isEmpty()) {
        const auto store = m_store.location(storeId);
        if (!store || store->kind != LocationKind::Store)
            throw Invalid(u"store_id"_qs, u"is not a known store"_qs);
    }
    return m_store.createUser(NewUser{normalized, name.trimmed(),
                                      hashPassword(password, m_settings.passwordIterations), role,
                                      role == Role::Staff ? storeId : LocationId{}});
}

EnrolledDevice AuthService::enrolDevice(const QString& name, const LocationId& storeId, Role kind)
{
    if (kind != Role::Kiosk && kind != Role::Register)
        throw Invalid(u"kind"_qs, u"must be kiosk or register"_qs);
    if (name.trimmed().isEmpty() || name.size() > 200)
        throw Invalid(u"name"_qs, u"must be 1 to 200 characters"_qs);
    const auto store = m_store.location(storeId);
    if (!store || store->kind != LocationKind::Store)
        throw Invalid(u"store_id"_qs, u"is not a known store"_qs);
    EnrolledDevice device;
    device.deviceId = newId(u"dev"_qs);
    device.token = newToken();
    m_store.transaction([&] {
        // A device has no password: it signs in only with its token.
        device.user = m_store.createUser(
            NewUser{device.deviceId + u"@devices.comptoir.invalid"_qs, name.trimmed(), {}, kind, storeId});
        m_store.createDevice(device.deviceId, name.trimmed(), device.user);
        m_store.saveToken(tokenHash(device.token.toStdString()), device.user.id, QDateTime());
    });
    return device;
}

} // namespace comptoir::server
