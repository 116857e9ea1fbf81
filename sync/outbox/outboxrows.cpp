#include "sync/outbox/outboxrows.h"

#include "comptoir/domain.h"

namespace comptoir::sync {

namespace {
constexpr auto kColumns = "id, method, path, body, idempotency_key, entity, entity_id, created_at, state, "
                          "attempts, status, answer, reason";
constexpr auto kCredentialColumns = ", credential, credential_identity, handed_over_at, parked_at";
constexpr auto kNoCredentialColumns = ", NULL, NULL, NULL, NULL";

void bindTime(sqlite::Statement& st, int index, const QDateTime& time)
{
    if (time.isValid())
        st.bind(index, toRfc3339(time));
    else
        st.bind(index, nullptr);
}
} // namespace

std::string selectEntries(const char* tail, bool withCredentials)
{
    return std::string("SELECT ") + kColumns + (withCredentials ? kCredentialColumns : kNoCredentialColumns) +
           " FROM outbox " + tail;
}

OutboxEntry readEntry(sqlite::Statement& st)
{
    OutboxEntry e;
    e.id = st.int64(0);
    e.request = {st.text(1), st.text(2), st.blob(3), st.text(5), st.text(6), st.text(4)};
    e.createdAt = fromRfc3339(st.text(7));
    e.state = st.text(8);
    e.attempts = int(st.int64(9));
    e.status = st.isNull(10) ? 0 : int(st.int64(10));
    e.answer = st.blob(11);
    e.reason = st.text(12);
    // The identity says a credential was recorded; the token may be empty (anonymous).
    if (!st.isNull(14))
        e.credential = Credential{st.blob(13), st.text(14)};
    if (!st.isNull(15))
        e.handedOverAt = fromRfc3339(st.text(15));
    if (!st.isNull(16))
        e.parkedAt = fromRfc3339(st.text(16));
    return e;
}

bool outboxHasCredentials(sqlite::Connection& db)
{
    auto st = db.prepare("SELECT 1 FROM pragma_table_info('outbox') WHERE name = 'credential_identity'");
    return st.step();
}

qint64 insertPending(sqlite::Connection& db, const OutboxEntry& entry, OnDuplicateKey onDuplicate)
{
    const OutboxRequest& r = entry.request;
    const std::string sql =
        std::string(onDuplicate == OnDuplicateKey::Ignore ? "INSERT OR IGNORE" : "INSERT") +
        " INTO outbox(method, path, body, idempotency_key, entity, entity_id, created_at, "
        "credential, credential_identity, handed_over_at, parked_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    auto st = db.prepare(sql);
    st.bind(1, r.method)
        .bind(2, r.path)
        .bindBlob(3, r.body)
        .bind(4, r.idempotencyKey)
        .bind(5, r.entity)
        .bind(6, r.entityId)
        .bind(7, toRfc3339(entry.createdAt));
    if (entry.credential)
        st.bindBlob(8, entry.credential->token).bind(9, entry.credential->identity);
    else
        st.bind(8, nullptr).bind(9, nullptr);
    bindTime(st, 10, entry.handedOverAt);
    bindTime(st, 11, entry.parkedAt);
    st.exec();
    return db.changes() > 0 ? sqlite3_last_insert_rowid(db.handle()) : 0;
}

} // namespace comptoir::sync
