#include "domain/authservice.h"

#include "domain/errors.h"
#include "domain/passwords.h"
#include "domain/pins.h"

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
    const auto owner = m_store.userForToken(hash, QDateTime::currentDateTimeUtc());
    if (!owner)
        return std::nullopt;
    return Principal{
        .authenticated = true, .user = owner->user, .tokenHash = hash, .registerId = owner->registerId};
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
    m_store.transaction([&] {
        m_store.saveToken(tokenHash(session.token.toStdString()), session.user.id, session.expiresAt, {});
        // The password is what unlocks PIN sign-in after too many wrong PINs.
        m_store.clearPinAttempts(session.user.id);
    });
    return session;
}

void AuthService::requireRegister(const Principal& principal)
{
    if (!principal.authenticated)
        throw Forbidden::notSignedIn();
    if (principal.user.role != Role::Register)
        throw Forbidden(u"Staff sign in by PIN only on a till enrolled as a register, with its token."_qs);
}

void AuthService::requirePasswordSignIn(const Principal& principal)
{
    if (!principal.authenticated)
        throw Forbidden::notSignedIn();
    if (!principal.registerId.isEmpty())
        throw Forbidden(u"A PIN is set after signing in with the password, not with a PIN."_qs);
}

void AuthService::setPin(const Principal& principal, const QString& pin)
{
    requireRole(principal, Role::Staff);
    requirePasswordSignIn(principal);
    if (!isValidPin(pin))
        throw Invalid(u"pin"_qs, u"must be 4 to 8 digits"_qs);
    m_store.setPin(principal.user.id, hashPassword(pin, m_settings.passwordIterations));
}

Session AuthService::pinSignIn(const Principal& device, const QString& email, const QString& pin)
{
    requireRegister(device);
    const PinCheck check = checkPin(m_store, email, pin);
    if (check.outcome == PinCheck::Outcome::Locked)
        throw Locked(u"Too many wrong PINs in a row: sign in with your password to use your PIN again."_qs);
    // Only staff and above have PINs; anything else reads as a wrong PIN.
    if (check.outcome != PinCheck::Outcome::Verified || !isAtLeast(check.user.role, Role::Staff))
        throw Forbidden::notSignedIn(u"The email or the PIN is wrong."_qs);
    if (check.user.role == Role::Staff && check.user.storeId != device.user.storeId)
        throw Forbidden(u"This register belongs to another store than yours."_qs);
    const auto lifetime = std::min(m_settings.pinTokenLifetime, m_settings.tokenLifetime);
    Session session{newToken(), QDateTime::currentDateTimeUtc().addSecs(lifetime.count()), check.user};
    m_store.saveToken(tokenHash(session.token.toStdString()), session.user.id, session.expiresAt,
                      device.user.id);
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
        m_store.saveToken(tokenHash(device.token.toStdString()), device.user.id, QDateTime(), {});
    });
    return device;
}

// The back office (issue 16): people and devices.

Page<UserRecord> AuthService::users(const UserQuery& query)
{
    if (!query.role.isEmpty() && !roleFromString(query.role))
        throw Invalid::malformed(u"role must be customer, kiosk, register, staff, manager or admin."_qs,
                                 u"role"_qs);
    return m_store.users(query);
}

UserRecord AuthService::updateUser(const Principal& admin, const UserId& id, const UserPatch& patch)
{
    const auto current = m_store.userRecord(id);
    if (!current)
        throw NotFound(u"No user with id %1."_qs.arg(id.value));
    if (current->user.role == Role::Kiosk || current->user.role == Role::Register)
        throw Conflict(u"This account is a device's: revoke it with DELETE /devices/{id}."_qs);
    if (patch.role && (*patch.role == Role::Kiosk || *patch.role == Role::Register))
        throw Invalid(u"role"_qs, u"must be customer, staff, manager or admin"_qs);
    if (patch.name && (patch.name->trimmed().isEmpty() || patch.name->size() > 200))
        throw Invalid(u"name"_qs, u"must be 1 to 200 characters"_qs);
    const bool self = admin.user.id == id;
    if (self && patch.disabled.value_or(false))
        throw Conflict(u"An admin cannot disable their own account."_qs);
    if (self && patch.role && *patch.role != Role::Admin)
        throw Conflict(u"An admin cannot take away their own admin role."_qs);
    UserPatch applied = patch;
    if (applied.name)
        applied.name = applied.name->trimmed();
    const Role role = patch.role.value_or(current->user.role);
    LocationId store = patch.storeId.value_or(current->user.storeId);
    if (role == Role::Staff) {
        if (store.isEmpty())
            throw Invalid(u"store_id"_qs, u"is required for staff"_qs);
        const auto location = m_store.location(store);
        if (!location || location->kind != LocationKind::Store)
            throw Invalid(u"store_id"_qs, u"is not a known store"_qs);
    } else {
        store = LocationId{}; // only staff belong to one store
    }
    applied.storeId = store;
    return m_store.updateUser(id, applied);
}

QList<DeviceRecord> AuthService::devices(const LocationId& store)
{
    if (!store.isEmpty()) {
        const auto location = m_store.location(store);
        if (!location || location->kind != LocationKind::Store)
            throw Invalid(u"store_id"_qs, u"is not a known store"_qs);
    }
    return m_store.devices(store);
}

void AuthService::revokeDevice(const QString& id)
{
    if (!m_store.revokeDevice(id))
        throw NotFound(u"No device with id %1."_qs.arg(id));
}

} // namespace comptoir::server
