// SqlStore: a customer's profile and password, password-reset tokens, and revoking all of a
// user's tokens but one.
#include "store/sqlstore.h"

#include "domain/errors.h"

namespace comptoir::server {

int SqlStore::revokeTokensExcept(const UserId& user, const QByteArray& keep)
{
    int revoked = 0;
    transaction([&] {
        auto st = conn().prepare("DELETE FROM tokens WHERE user_id = ? AND hash <> ?");
        st.bind(1, user.value).bindBlob(2, keep).exec();
        revoked = int(conn().changes());
    });
    // After the commit: the live hub rechecks its sockets' tokens when this moves.
    if (revoked > 0)
        tokensRevoked();
    return revoked;
}

std::optional<Profile> SqlStore::profile(const UserId& user)
{
    auto st = conn().prepare("SELECT phone, language FROM users WHERE id = ?");
    st.bind(1, user.value);
    if (!st.step())
        return std::nullopt;
    return Profile{st.isNull(0) ? QString() : st.text(0), st.text(1)};
}

void SqlStore::updateProfile(const UserId& user, const QString& name, const Profile& profile)
{
    transaction([&] {
        conn()
            .prepare("UPDATE users SET name = ?, phone = ?, language = ? WHERE id = ?")
            .bind(1, name)
            .bindOptional(2, profile.phone)
            .bind(3, profile.language)
            .bind(4, user.value)
            .exec();
        if (conn().changes() != 1)
            throw NotFound(u"No such account."_qs);
    });
}

void SqlStore::setPasswordHash(const UserId& user, const QString& passwordHash)
{
    transaction([&] {
        conn()
            .prepare("UPDATE users SET password_hash = ? WHERE id = ?")
            .bind(1, passwordHash)
            .bind(2, user.value)
            .exec();
    });
}

void SqlStore::savePasswordReset(const QByteArray& tokenHash, const UserId& user, const QDateTime& expiresAt)
{
    transaction([&] {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        // Spent and unknown-address rows are only kept until they expire.
        conn().prepare("DELETE FROM password_resets WHERE expires_at <= ?").bind(1, now).exec();
        conn()
            .prepare("INSERT INTO password_resets(hash, user_id, expires_at, created_at) VALUES(?, ?, ?, ?)")
            .bindBlob(1, tokenHash)
            .bindOptional(2, user.value)
            .bind(3, expiresAt.toSecsSinceEpoch())
            .bind(4, now)
            .exec();
    });
}

std::optional<UserId> SqlStore::passwordResetOwner(const QByteArray& tokenHash, const QDateTime& now)
{
    auto st = conn().prepare(
        "SELECT user_id FROM password_resets WHERE hash = ? AND user_id IS NOT NULL AND expires_at > ?");
    st.bindBlob(1, tokenHash).bind(2, now.toSecsSinceEpoch());
    if (!st.step())
        return std::nullopt;
    return UserId{st.text(0)};
}

std::optional<UserId> SqlStore::takePasswordReset(const QByteArray& tokenHash, const QDateTime& now)
{
    std::optional<UserId> owner;
    transaction([&] {
        // One statement: of two requests with the same token, only one gets the row.
        auto st = conn().prepare("DELETE FROM password_resets WHERE hash = ? RETURNING user_id, expires_at");
        st.bindBlob(1, tokenHash);
        if (st.step() && !st.isNull(0) && st.int64(1) > now.toSecsSinceEpoch())
            owner = UserId{st.text(0)};
        while (st.step()) {
        }
    });
    return owner;
}

} // namespace comptoir::server
