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

class UserStore {
public:
    virtual ~UserStore() = default;

    virtual User createUser(const NewUser& user) = 0; // Conflict on a duplicate email
    [[nodiscard]] virtual std::optional<Credentials> credentials(const QString& email) = 0;
    [[nodiscard]] virtual std::optional<User> user(const UserId& id) = 0;
    [[nodiscard]] virtual bool hasAdmin() = 0;
    virtual void saveToken(const QByteArray& tokenHash, const UserId& user, const QDateTime& expiresAt) = 0;
    [[nodiscard]] virtual std::optional<User> userForToken(const QByteArray& tokenHash,
                                                           const QDateTime& now) = 0;
    virtual void revokeToken(const QByteArray& tokenHash) = 0;
    // How many tokens were revoked since the process started: the live hub checks its sockets'
    // tokens again only when this moves (or every few seconds, for expiry).
    [[nodiscard]] virtual quint64 tokenRevocations() = 0;
    virtual void createDevice(const QString& deviceId, const QString& name, const User& deviceUser) = 0;
};

} // namespace comptoir::server
