// SqlStore: users, bearer tokens and enrolled devices.
#include "store/sqlstore.h"

#include "comptoir/codecs.h"
#include "domain/errors.h"

namespace comptoir::server {

namespace {

constexpr const char* kUserColumns = "id, email, name, role, store_id";

User readUser(const sql::Statement& st, int first = 0)
{
    User u;
    u.id.value = st.text(first);
    u.email = st.text(first + 1);
    u.name = st.text(first + 2);
    u.role = roleFromString(st.text(first + 3)).value_or(Role::Customer);
    u.storeId.value = st.isNull(first + 4) ? QString() : st.text(first + 4);
    return u;
}

} // namespace

User SqlStore::createUser(const NewUser& n)
{
    User u{UserId{newId(u"usr"_qs)}, n.email, n.name, n.role, n.storeId};
    transaction([&] {
        auto exists = conn().prepare("SELECT 1 FROM users WHERE email = ?");
        exists.bind(1, n.email);
        if (exists.step())
            throw Conflict(u"An account with this email already exists."_qs);
        conn()
            .prepare("INSERT INTO users(id, email, name, role, store_id, password_hash, created_at) "
                     "VALUES(?, ?, ?, ?, ?, ?, ?)")
            .bind(1, u.id.value)
            .bind(2, u.email)
            .bind(3, u.name)
            .bind(4, toString(u.role))
            .bindOptional(5, u.storeId.value)
            .bindOptional(6, n.passwordHash)
            .bind(7, toRfc3339(QDateTime::currentDateTimeUtc()))
            .exec();
    });
    return u;
}

std::optional<Credentials> SqlStore::credentials(const QString& email)
{
    auto st = conn().prepare(
        "SELECT id, email, name, role, store_id, password_hash FROM users WHERE email = ? AND disabled = 0");
    st.bind(1, email);
    if (!st.step())
        return std::nullopt;
    return Credentials{readUser(st), st.isNull(5) ? QString() : st.text(5)};
}

std::optional<User> SqlStore::user(const UserId& id)
{
    auto st = conn().prepare("SELECT id, email, name, role, store_id FROM users WHERE id = ?");
    st.bind(1, id.value);
    if (!st.step())
        return std::nullopt;
    return readUser(st);
}

bool SqlStore::hasAdmin()
{
    auto st = conn().prepare("SELECT 1 FROM users WHERE role = 'admin' LIMIT 1");
    return st.step();
}

void SqlStore::saveToken(const QByteArray& tokenHash, const UserId& userId, const QDateTime& expiresAt,
                         const UserId& registerId)
{
    transaction([&] {
        auto st = conn().prepare(
            "INSERT INTO tokens(hash, user_id, expires_at, created_at, register_id) VALUES(?, ?, ?, ?, ?)");
        st.bindBlob(1, tokenHash).bind(2, userId.value);
        if (expiresAt.isValid())
            st.bind(3, expiresAt.toSecsSinceEpoch());
        else
            st.bind(3, nullptr);
        st.bind(4, QDateTime::currentSecsSinceEpoch()).bindOptional(5, registerId.value).exec();
    });
}

std::optional<TokenOwner> SqlStore::userForToken(const QByteArray& tokenHash, const QDateTime& now)
{
    auto st =
        conn().prepare("SELECT u.id, u.email, u.name, u.role, u.store_id, t.register_id FROM tokens t "
                       "JOIN users u ON u.id = t.user_id "
                       "WHERE t.hash = ? AND (t.expires_at IS NULL OR t.expires_at > ?) AND u.disabled = 0");
    st.bindBlob(1, tokenHash).bind(2, now.toSecsSinceEpoch());
    if (!st.step())
        return std::nullopt;
    return TokenOwner{readUser(st), UserId{st.isNull(5) ? QString() : st.text(5)}};
}

std::optional<PinCredentials> SqlStore::pinCredentials(const QString& email)
{
    auto st = conn().prepare(
        "SELECT id, email, name, role, store_id, pin_hash FROM users WHERE email = ? AND disabled = 0");
    st.bind(1, email);
    if (!st.step())
        return std::nullopt;
    return PinCredentials{readUser(st), st.isNull(5) ? QString() : st.text(5)};
}

void SqlStore::setPin(const UserId& user, const QString& pinHash)
{
    transaction([&] {
        conn()
            .prepare("UPDATE users SET pin_hash = ?, pin_failures = 0 WHERE id = ?")
            .bind(1, pinHash)
            .bind(2, user.value)
            .exec();
    });
}

bool SqlStore::takePinAttempt(const UserId& user, int limit)
{
    bool taken = false;
    transaction([&] {
        conn()
            .prepare("UPDATE users SET pin_failures = pin_failures + 1 WHERE id = ? AND pin_failures < ?")
            .bind(1, user.value)
            .bind(2, qint64(limit))
            .exec();
        taken = conn().changes() == 1;
    });
    return taken;
}

void SqlStore::clearPinAttempts(const UserId& user)
{
    transaction([&] {
        // Most sign-ins have nothing to clear: no page is written for them.
        conn()
            .prepare("UPDATE users SET pin_failures = 0 WHERE id = ? AND pin_failures <> 0")
            .bind(1, user.value)
            .exec();
    });
}

void SqlStore::revokeToken(const QByteArray& tokenHash)
{
    transaction([&] { conn().prepare("DELETE FROM tokens WHERE hash = ?").bindBlob(1, tokenHash).exec(); });
    tokensRevoked();
}

void SqlStore::createDevice(const QString& deviceId, const QString& name, const User& deviceUser)
{
    transaction([&] {
        conn()
            .prepare("INSERT INTO devices(id, user_id, name, store_id, created_at) VALUES(?, ?, ?, ?, ?)")
            .bind(1, deviceId)
            .bind(2, deviceUser.id.value)
            .bind(3, name)
            .bind(4, deviceUser.storeId.value)
            .bind(5, toRfc3339(QDateTime::currentDateTimeUtc()))
            .exec();
    });
}

} // namespace comptoir::server
