#pragma once
// Accounts and sessions: registration, sign-in with throttling, bearer tokens with expiry,
// staff and admin accounts, kiosk and register enrolment (a device credential bound to one
// store), and staff PINs for signing in at a register.

#include "domain/loginthrottle.h"
#include "domain/principal.h"
#include "store/store.h"

#include <chrono>
#include <optional>

namespace comptoir::server {

struct Session {
    QString token;
    QDateTime expiresAt;
    User user;
};

struct EnrolledDevice {
    QString deviceId;
    QString token;
    User user;
};

class AuthService {
public:
    struct Settings {
        std::chrono::seconds tokenLifetime{std::chrono::hours(24 * 7)};
        // A PIN sign-in's token lives at most this long, and never longer than tokenLifetime: a
        // till's shift, not a week (API.md: at most 12 h).
        std::chrono::seconds pinTokenLifetime{std::chrono::hours(12)};
        int passwordIterations = 600'000;
        LoginThrottle::Limits throttle;
    };

    AuthService(Store& store, Settings settings);

    // The principal behind a bearer token, or nullopt when it is unknown, expired or revoked.
    [[nodiscard]] std::optional<Principal> authenticate(const std::string& token);

    // 401 for wrong credentials (same answer for an unknown email), 429 when throttled.
    Session login(const QString& email, const QString& password, const std::string& remoteAddress);
    void logout(const Principal& principal);

    // Sets the caller's PIN (PUT /me/pin): staff and above, signed in with their password (a
    // token from a PIN sign-in may not change the PIN: 403); 4–8 digits, else 422 on `pin`.
    void setPin(const Principal& principal, const QString& pin);
    // A PIN sign-in at a till (POST /auth/pin). `device` must be a register's own token (403
    // otherwise). Wrong PIN, unknown email or no PIN: 401, the same answer; locked after
    // kPinAttempts wrong PINs in a row: 423; staff of another store than the register's: 403.
    // The token remembers the register (Principal::registerId).
    Session pinSignIn(const Principal& device, const QString& email, const QString& pin);
    // 401 for nobody, 403 for anything but a register device's own token.
    static void requireRegister(const Principal& principal);
    // 401 for nobody, 403 for a token obtained by PIN (it may not change the PIN).
    static void requirePasswordSignIn(const Principal& principal);

    // A customer account (API.md /auth/register). Validation errors name the field.
    User registerCustomer(const QString& email, const QString& password, const QString& name);
    // Staff, managers and admins (POST /users); staff must name a store.
    User createUser(const QString& email, const QString& password, const QString& name, Role role,
                    const LocationId& storeId);
    // A kiosk's credential: a user of role kiosk bound to `storeId`, with a token that does not expire.
    // `kind`: Role::Kiosk (a self-service screen) or Role::Register (a till running the staff console).
    EnrolledDevice enrolDevice(const QString& name, const LocationId& storeId, Role kind = Role::Kiosk);

    // The back office (issue 16, API.md "Back office"): people and devices.
    [[nodiscard]] Page<UserRecord> users(const UserQuery& query);
    // PATCH /users/{id} by an admin. The role is customer, staff, manager or admin (kiosks and
    // registers are devices: 409); staff need a known store, other roles have none; an admin
    // may not disable or demote themself (409: the chain would be left without its keys).
    // Disabling, or changing the role or store, ends every session of the user at once.
    UserRecord updateUser(const Principal& admin, const UserId& id, const UserPatch& patch);
    // Every enrolled device, of one store when `store` is given (a store that is not one: 422).
    [[nodiscard]] QList<DeviceRecord> devices(const LocationId& store);
    // Revokes a device (NotFound when unknown): its token and the PIN sign-ins made at it stop
    // working at once, and its live socket closes. Again on a revoked one: nothing changes.
    void revokeDevice(const QString& id);

private:
    [[nodiscard]] static QString normalizedEmail(const QString& email);
    void validateAccount(const QString& email, const QString& password, const QString& name);

    Store& m_store;
    Settings m_settings;
    LoginThrottle m_throttle;
    QString m_dummyHash; // verified against for unknown emails, so timing does not tell them apart
};

} // namespace comptoir::server
