#include "sync/outbox/outbox.h"

#include "comptoir/domain.h"
#include "sync/outbox/outboxrows.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace comptoir::sync {

qint64 Outbox::enqueue(OutboxRequest request, const std::function<void(sqlite::Connection&)>& localEffect)
{
    return enqueueAll({std::move(request)}, localEffect).first();
}

QList<qint64> Outbox::enqueueAll(QList<OutboxRequest> requests,
                                 const std::function<void(sqlite::Connection&)>& localEffect)
{
    return insertAll(std::move(requests), localEffect, m_current);
}

QList<qint64> Outbox::enqueueAnonymous(QList<OutboxRequest> requests)
{
    // An empty token: sent with no Authorization header. The identity keeps the entries with
    // the cache scope they were recorded under (parking and hand-over never apply: no token).
    return insertAll(std::move(requests), {},
                     Credential{{}, m_current ? m_current->identity : u"anonymous"_qs});
}

QList<qint64> Outbox::insertAll(QList<OutboxRequest> requests,
                                const std::function<void(sqlite::Connection&)>& localEffect,
                                const std::optional<Credential>& credential)
{
    sqlite::Connection& db = m_cache.db();
    sqlite::Transaction tx(db);
    if (localEffect)
        localEffect(db);
    QList<qint64> ids;
    for (OutboxRequest& request : requests) {
        if (request.idempotencyKey.isEmpty())
            request.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        OutboxEntry entry;
        entry.request = std::move(request);
        entry.createdAt = QDateTime::currentDateTimeUtc();
        entry.credential = credential;
        ids.append(insertPending(db, entry, OnDuplicateKey::Fail));
    }
    tx.commit();
    return ids;
}

std::optional<OutboxEntry> Outbox::nextPending()
{
    static const std::string sql = selectEntries(
        "WHERE state = 'pending' AND (credential_identity IS NULL OR credential_identity IS ?1 OR "
        "credential_identity NOT IN (SELECT credential_identity FROM outbox WHERE state = 'pending' "
        "AND parked_at IS NOT NULL AND credential_identity IS NOT NULL)) ORDER BY id LIMIT 1");
    auto st = m_cache.db().prepare(sql);
    if (m_current)
        st.bind(1, m_current->identity);
    else
        st.bind(1, nullptr);
    if (!st.step())
        return std::nullopt;
    return readEntry(st);
}

std::optional<OutboxEntry> Outbox::entry(qint64 id)
{
    static const std::string sql = selectEntries("WHERE id = ?");
    auto st = m_cache.db().prepare(sql);
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readEntry(st);
}

int Outbox::pendingCount()
{
    auto st = m_cache.db().prepare(
        "SELECT count(*) FROM outbox WHERE state = 'pending' AND entity IS NOT 'analytics'");
    st.step();
    return int(st.int64(0));
}

QList<OutboxEntry> Outbox::rejected(int limit)
{
    static const std::string sql = selectEntries("WHERE state = 'rejected' ORDER BY id DESC LIMIT ?");
    auto st = m_cache.db().prepare(sql);
    st.bind(1, limit);
    QList<OutboxEntry> list;
    while (st.step())
        list.append(readEntry(st));
    return list;
}

void Outbox::recordAttempt(qint64 id)
{
    m_cache.db().prepare("UPDATE outbox SET attempts = attempts + 1 WHERE id = ?").bind(1, id).exec();
}

void Outbox::settleApplied(const OutboxEntry& entry, int status, const QByteArray& answer)
{
    sqlite::Connection& db = m_cache.db();
    sqlite::Transaction tx(db);
    // The key too: after a rebuild, ids are given anew and must not settle another entry.
    db.prepare(
          "UPDATE outbox SET state = 'applied', status = ?, answer = ?, settled_at = ?, credential = NULL, "
          "credential_identity = NULL "
          "WHERE id = ? AND idempotency_key = ? AND state = 'pending'")
        .bind(1, status)
        .bindBlob(2, answer)
        .bind(3, toRfc3339(QDateTime::currentDateTimeUtc()))
        .bind(4, entry.id)
        .bind(5, entry.request.idempotencyKey)
        .exec();
    const QJsonObject order = QJsonDocument::fromJson(answer).object();
    if (entry.request.entity == u"order" && order.value(u"id"_qs).isString() &&
        order.value(u"status"_qs).isString()) {
        // RFC 3339 times with milliseconds in UTC compare as text.
        db.prepare("INSERT INTO orders(id, number, status, updated_at, json, origin) VALUES (?, ?, ?, ?, ?, "
                   "'server') "
                   "ON CONFLICT(id) DO UPDATE SET number = excluded.number, status = excluded.status, "
                   "updated_at = excluded.updated_at, json = excluded.json, origin = 'server' "
                   "WHERE orders.origin = 'local' OR orders.updated_at <= excluded.updated_at")
            .bind(1, order.value(u"id"_qs).toString())
            .bindOptional(2, order.value(u"number"_qs).toString())
            .bind(3, order.value(u"status"_qs).toString())
            .bind(4, order.value(u"updated_at"_qs).toString())
            .bind(5, QString::fromUtf8(QJsonDocument(order).toJson(QJsonDocument::Compact)))
            .exec();
    }
    tx.commit();
}

void Outbox::settleRejected(const OutboxEntry& entry, int status, const QByteArray& answer,
                            const QString& reason)
{
    sqlite::Connection& db = m_cache.db();
    sqlite::Transaction tx(db);
    db.prepare("UPDATE outbox SET state = 'rejected', status = ?, answer = ?, reason = ?, settled_at = ?, "
               "credential = NULL, credential_identity = NULL "
               "WHERE id = ? AND idempotency_key = ? AND state = 'pending'")
        .bind(1, status)
        .bindBlob(2, answer)
        .bind(3, reason)
        .bind(4, toRfc3339(QDateTime::currentDateTimeUtc()))
        .bind(5, entry.id)
        .bind(6, entry.request.idempotencyKey)
        .exec();
    if (entry.request.entity == u"order" && !entry.request.entityId.isEmpty())
        db.prepare("UPDATE orders SET status = 'rejected' WHERE id = ? AND origin = 'local'")
            .bind(1, entry.request.entityId)
            .exec();
    tx.commit();
}

bool Outbox::handOver(const OutboxEntry& entry)
{
    if (!entry.credential || !m_current || entry.credential->identity != m_current->identity ||
        entry.credential->token == m_current->token)
        return false;
    m_cache.db()
        .prepare("UPDATE outbox SET credential = ?, handed_over_at = ?, parked_at = NULL "
                 "WHERE id = ? AND idempotency_key = ? AND state = 'pending'")
        .bindBlob(1, m_current->token)
        .bind(2, toRfc3339(QDateTime::currentDateTimeUtc()))
        .bind(3, entry.id)
        .bind(4, entry.request.idempotencyKey)
        .exec();
    return m_cache.db().changes() > 0;
}

bool Outbox::park(const OutboxEntry& entry)
{
    if (!entry.credential || !m_current || entry.credential->identity == m_current->identity)
        return false;
    m_cache.db()
        .prepare("UPDATE outbox SET parked_at = ? WHERE id = ? AND idempotency_key = ? AND state = 'pending'")
        .bind(1, toRfc3339(QDateTime::currentDateTimeUtc()))
        .bind(2, entry.id)
        .bind(3, entry.request.idempotencyKey)
        .exec();
    return m_cache.db().changes() > 0;
}

void Outbox::dismiss(qint64 id)
{
    m_cache.db().prepare("DELETE FROM outbox WHERE id = ? AND state = 'rejected'").bind(1, id).exec();
}

int Outbox::pruneApplied(const QDateTime& before)
{
    m_cache.db()
        .prepare("DELETE FROM outbox WHERE state = 'applied' AND settled_at < ?")
        .bind(1, toRfc3339(before))
        .exec();
    return int(m_cache.db().changes());
}

} // namespace comptoir::sync
