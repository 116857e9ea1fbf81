#pragma once
// Storage of what a customer's account holds beyond its sign-in: the profile fields (phone, the
// language mails are written in), the password, and password-reset tokens (their hashes only).

#include "comptoir/domain.h"

#include <QByteArray>
#include <QDateTime>
#include <optional>

namespace comptoir::server {

struct Profile {
    QString phone;               // empty when none was given
    QString language = u"fr"_qs; // fr or en: the language of the mails the account receives
};

class AccountStore {
public:
    virtual ~AccountStore() = default;

    [[nodiscard]] virtual std::optional<Profile> profile(const UserId& user) = 0;
    virtual void updateProfile(const UserId& user, const QString& name, const Profile& profile) = 0;
    virtual void setPasswordHash(const UserId& user, const QString& passwordHash) = 0;
    // Keeps a reset token's hash until `expiresAt`. `user` is empty for a request about an
    // unknown address: that row can never be redeemed, and writing it costs what a real one does.
    virtual void savePasswordReset(const QByteArray& tokenHash, const UserId& user,
                                   const QDateTime& expiresAt) = 0;
    // The account a live reset token belongs to, without consuming it (a cheap check before the
    // password is hashed, so a guessed token costs no hashing).
    [[nodiscard]] virtual std::optional<UserId> passwordResetOwner(const QByteArray& tokenHash,
                                                                   const QDateTime& now) = 0;
    // The account a reset token belongs to, consuming it (single use): nullopt when it is
    // unknown, already used, expired or the placeholder of an unknown address.
    [[nodiscard]] virtual std::optional<UserId> takePasswordReset(const QByteArray& tokenHash,
                                                                  const QDateTime& now) = 0;
};

} // namespace comptoir::server
