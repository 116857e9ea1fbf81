#pragma once
// Storage of users, their bearer tokens and enrolled devices.

#include "comptoir/domain.h"

#include <QByteArray>
#include <QDateTime>
#include <optional>

namespace comptoir::server {

struct NewUser {
    QString email;
    QString name;
    QString passwordHash;
    Role role = Role::Customer;
    LocationId storeId;
};

struct Credentials {
    User user;
    QString passwordHash;
};

// A person's PIN for signing in at a till (API.md "Staff at a shared till").
struct PinCredentials {
    User user;
    QString pinHash; // empty when no PIN is set
};

// Who a bearer token signs in, and the till it was obtained on (POST /auth/pin), if any.
struct TokenOwner {
    User user;
    UserId registerId;
};

class UserStore {
public:
    virtual ~UserStore() = default;

    virtual User createUser(const NewUser& user) = 0; // Conflict on a duplicate email
    [[nodiscard]] virtual std::optional<Credentials> credentials(const QString& email) = 0;
    [[nodiscard]] virtual std::optional<User> user(const UserId& id) = 0;
    [[nodiscard]] virtual bool hasAdmin() = 0;
    // `registerId`: the till a PIN sign-in happened on; empty for other tokens.
    virtual void saveToken(const QByteArray& tokenHash, const UserId& user, const QDateTime& expiresAt,
                           const UserId& registerId) = 0;
    [[nodiscard]] virtual std::optional<TokenOwner> userForToken(const QByteArray& tokenHash,
                                                                 const QDateTime& now) = 0;
    virtual void revokeToken(const QByteArray& tokenHash) = 0;
    // How many tokens were revoked since the process started: the live hub checks its sockets'
    // tokens again only when this moves (or every few seconds, for expiry).
    [[nodiscard]] virtual quint64 tokenRevocations() = 0;
    [[nodiscard]] virtual std::optional<PinCredentials> pinCredentials(const QString& email) = 0;
    // Sets the PIN's hash and forgets the wrong PINs counted so far.
    virtual void setPin(const UserId& user, const QString& pinHash) = 0;
    // Counts one PIN attempt before it is checked, unless `limit` are already counted in a row:
    // false then. One conditional write, so concurrent attempts can never check more than `limit`.
    [[nodiscard]] virtual bool takePinAttempt(const UserId& user, int limit) = 0;
    // The PIN was right, or the person signed in with the password: the count starts again.
    virtual void clearPinAttempts(const UserId& user) = 0;
    virtual void createDevice(const QString& deviceId, const QString& name, const User& deviceUser) = 0;
    // Revokes every token of `user` but `keep` (none kept when empty), moving tokenRevocations()
    // so the live hub drops their sockets. Returns how many were revoked.
    virtual int revokeTokensExcept(const UserId& user, const QByteArray& keep) = 0;
};

} // namespace comptoir::server
