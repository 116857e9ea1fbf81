#include "store/sqlstore.h"

#include "comptoir/codecs.h"
#include "domain/errors.h"
#include "store/auditcontext.h"

#include <QJsonDocument>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace comptoir::server {

namespace {
// The store whose batch this thread runs, and its writer connection.
thread_local const SqlStore* t_batchStore = nullptr;
thread_local sql::Connection* t_batchWriter = nullptr;

// Rolls back what is open on the writer, if anything; never throws (the exception being handled
// is the one to report; the next batch tries again).
void rollBack(sql::Connection& writer)
{
    try {
        if (writer.inTransaction())
            writer.execScript("ROLLBACK");
    } catch (const std::exception& e) {
        qCWarning(lcStore) << "rollback failed:" << e.what();
    }
}
} // namespace

SqlStore::SqlStore(FiscalKey fiscalKey)
    : m_fiscalKey(std::move(fiscalKey)),
      m_groupCommit([this](const std::vector<GroupCommit::Write*>& batch) { commitBatch(batch); })
{
}

void SqlStore::runAudited(AuditContext& audit, const std::function<void()>& work)
{
    AuditScope scope(&audit);
    work();
}

sql::Connection* SqlStore::writer() const
{
    return t_batchStore == this ? t_batchWriter : nullptr;
}

void SqlStore::transaction(const std::function<void()>& work)
{
    if (writer()) {
        work(); // join the enclosing transaction
        return;
    }
    // The writer thread records the audit trail of this thread's request (store/auditcontext.h).
    if (AuditContext* audit = currentAuditContext()) {
        const std::function<void()> audited = [this, audit, &work] { runAudited(*audit, work); };
        m_groupCommit.submit(audited);
        return;
    }
    m_groupCommit.submit(work);
}

SqlStore::TransactionEffects SqlStore::runBatch(sql::Connection& c,
                                                const std::vector<GroupCommit::Write*>& batch,
                                                const std::function<void()>& begin)
{
    TransactionEffects& effects = transactionEffects();
    struct WriterScope {
        WriterScope(const SqlStore* store, sql::Connection& writer)
        {
            t_batchStore = store;
            t_batchWriter = &writer;
        }
        ~WriterScope() { t_batchStore = nullptr, t_batchWriter = nullptr; }
    } scope(this, c);
    effects = TransactionEffects{};
    if (c.inTransaction())
        rollBack(c); // left open by a failure whose rollback failed too: start clean
    try {
        begin();
        for (GroupCommit::Write* write : batch) {
            const qint64 seqBefore = effects.lastSeq;
            const std::optional<JournalTip> tipBefore = m_journalTip;
            c.prepare("SAVEPOINT write").exec();
            try {
                (*write->work)();
                c.prepare("RELEASE write").exec();
            } catch (...) {
                write->error = std::current_exception();
                effects.lastSeq = seqBefore;
                m_journalTip = tipBefore; // its entries are rolled back with it
                // An I/O error or a full disk makes SQLite roll the whole transaction back, a
                // lost connection ends PostgreSQL's: the writes before this one are gone too,
                // and fail with its error.
                if (!c.inTransaction())
                    throw;
                c.prepare("ROLLBACK TO write").exec();
                c.prepare("RELEASE write").exec();
            }
        }
        c.prepare("COMMIT").exec();
    } catch (...) {
        rollBack(c);
        m_journalTip.reset(); // read again from what is committed
        throw;                // GroupCommit fails every write of the batch that has no error of its own
    }
    // Committed: whatever happens from here on, every write of the batch stands.
    return effects;
}

SqlStore::~SqlStore() = default;

SqlStore::TransactionEffects& SqlStore::transactionEffects()
{
    thread_local TransactionEffects effects;
    return effects;
}

void SqlStore::publishCommit(const TransactionEffects& effects)
{
    if (effects.catalogTouched)
        ++m_catalogVersion;
    if (effects.lastSeq > 0 && m_commitListener) {
        try {
            m_commitListener(effects.lastSeq);
        } catch (const std::exception& e) {
            qCWarning(lcStore) << "commit listener failed:" << e.what();
        }
    }
}

std::optional<QString> SqlStore::meta(const QString& key)
{
    auto st = conn().prepare("SELECT value FROM meta WHERE key = ?");
    st.bind(1, key);
    if (!st.step())
        return std::nullopt;
    return st.text(0);
}

void SqlStore::setMeta(const QString& key, const QString& value)
{
    transaction([&] {
        conn()
            .prepare("INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = "
                     "excluded.value")
            .bind(1, key)
            .bind(2, value)
            .exec();
    });
}

void SqlStore::appendChange(const QString& entity, const QString& id, ChangeOp op, const std::string& data,
                            const QString& scopeStore, const QString& scopeUser, const QString& scopeDevice,
                            const QString& scopeStoreAlso)
{
    sql::Connection& c = conn();
    // Compaction: the entity keeps only its latest change, at a fresh (higher) seq.
    c.prepare("DELETE FROM changes WHERE entity = ? AND entity_id = ?").bind(1, entity).bind(2, id).exec();
    auto st =
        c.prepare("INSERT INTO changes(entity, entity_id, op, data, scope_store, scope_user, changed_at, "
                  "scope_device, scope_store_also) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq");
    st.bind(1, entity).bind(2, id).bind(3, toString(op));
    if (op == ChangeOp::Delete)
        st.bind(4, nullptr);
    else
        st.bind(4, std::string_view(data));
    st.bindOptional(5, scopeStore).bindOptional(6, scopeUser);
    st.bind(7, QDateTime::currentSecsSinceEpoch());
    st.bindOptional(8, scopeDevice).bindOptional(9, scopeStoreAlso);
    st.step();
    transactionEffects().lastSeq = st.int64(0);
    if (entity == u"product" || entity == u"category")
        transactionEffects().catalogTouched = true;
}

void SqlStore::setCommitListener(std::function<void(qint64)> listener)
{
    m_commitListener = std::move(listener);
}

std::optional<std::pair<QByteArray, StoredResponse>> SqlStore::idempotencyRecord(const QString& scope,
                                                                                 const QString& key)
{
    auto st =
        conn().prepare("SELECT request_hash, status, body FROM idempotency WHERE scope = ? AND key = ?");
    st.bind(1, scope).bind(2, key);
    if (!st.step())
        return std::nullopt;
    const QByteArray body = st.blob(2);
    return std::make_pair(st.blob(0), StoredResponse{int(st.int64(1)), body.toStdString()});
}

void SqlStore::saveIdempotencyRecord(const QString& scope, const QString& key, const QByteArray& requestHash,
                                     const StoredResponse& response)
{
    transaction([&] {
        conn()
            .prepare("INSERT INTO idempotency(scope, key, request_hash, status, body, created_at) "
                     "VALUES(?, ?, ?, ?, ?, ?)")
            .bind(1, scope)
            .bind(2, key)
            .bindBlob(3, requestHash)
            .bind(4, response.status)
            .bindBlob(5, QByteArray::fromStdString(response.body))
            .bind(6, QDateTime::currentSecsSinceEpoch())
            .exec();
    });
}

void SqlStore::purgeIdempotencyRecords(const QDateTime& olderThan)
{
    transaction([&] {
        conn()
            .prepare("DELETE FROM idempotency WHERE created_at < ?")
            .bind(1, olderThan.toSecsSinceEpoch())
            .exec();
    });
}

namespace {
Location readLocation(const sql::Statement& st)
{
    return Location{LocationId{st.text(0)}, st.text(1),
                    st.text(2) == u"warehouse" ? LocationKind::Warehouse : LocationKind::Store, st.text(3),
                    st.text(4)};
}
} // namespace

QList<Location> SqlStore::locations()
{
    auto st = conn().prepare("SELECT id, name, kind, address, timezone FROM locations ORDER BY kind, name");
    QList<Location> out;
    while (st.step())
        out.append(readLocation(st));
    return out;
}

std::optional<Location> SqlStore::location(const LocationId& id)
{
    auto st = conn().prepare("SELECT id, name, kind, address, timezone FROM locations WHERE id = ?");
    st.bind(1, id.value);
    if (!st.step())
        return std::nullopt;
    return readLocation(st);
}

void SqlStore::putLocation(const Location& l)
{
    transaction([&] {
        conn()
            .prepare("INSERT INTO locations(id, name, kind, address, timezone) VALUES(?, ?, ?, ?, ?) "
                     "ON CONFLICT(id) DO UPDATE SET name = excluded.name, kind = excluded.kind, "
                     "address = excluded.address, timezone = excluded.timezone")
            .bind(1, l.id.value)
            .bind(2, l.name)
            .bind(3, toString(l.kind))
            .bind(4, l.address)
            .bind(5, l.timezone)
            .exec();
        appendChange(u"location"_qs, l.id.value, ChangeOp::Upsert,
                     QJsonDocument(toJson(l)).toJson(QJsonDocument::Compact).toStdString());
    });
}

} // namespace comptoir::server
