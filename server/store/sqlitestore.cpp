#include "store/sqlitestore.h"

#include "comptoir/codecs.h"
#include "domain/errors.h"
#include "store/auditcontext.h"
#include "store/migrations.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <unordered_map>

Q_LOGGING_CATEGORY(lcStore, "comptoir.store")

namespace comptoir::server {

namespace {
std::atomic<quint64> g_nextGeneration{1};
// One connection per worker thread and store: SQLite connections are not shared across threads.
thread_local std::unordered_map<quint64, std::unique_ptr<sqlite::Connection>> t_connections;
thread_local qint64 t_lastSeqInTransaction = 0;
thread_local bool t_catalogTouched = false;
// The writer connection while this thread runs a write transaction, with its store's generation.
thread_local sqlite::Connection* t_writer = nullptr;
thread_local quint64 t_writerGeneration = 0;
constexpr int kWriterCacheKiB = 32000;

QString fiscalKeyPath(const std::string& databasePath)
{
    return QFileInfo(QString::fromStdString(databasePath)).dir().filePath(u"fiscal-key.pem"_qs);
}
} // namespace

SqliteStore::SqliteStore(std::string path, sqlite::Durability durability)
    : m_path(std::move(path)), m_durability(durability), m_generation(g_nextGeneration++),
      m_writer(std::make_unique<sqlite::Connection>(m_path, durability, kWriterCacheKiB)),
      m_fiscalKey(m_path == ":memory:" ? FiscalKey::ephemeral()
                                       : FiscalKey::loadOrCreate(fiscalKeyPath(m_path))),
      m_groupCommit([this](const std::vector<GroupCommit::Write*>& batch) { commitBatch(batch); })
{
    const int version = migrateSqlite(*m_writer);
    installAuditTriggers(); // the back office's audit trail (sqlitestore_audit.cpp)
    // 4,000 pages (16 MB) of log between checkpoints: under load the writer commits ~20 pages
    // per order, and each checkpoint costs an fsync of the database file.
    if (m_path != ":memory:")
        m_checkpointer = std::make_unique<sqlite::WalCheckpointer>(*m_writer, m_path, durability, 4000);
    qCInfo(lcStore) << "store open at" << m_path.c_str() << "schema version" << version;
    m_ready = true;
}

SqliteStore::~SqliteStore()
{
    // Writes still queued finish first, while everything they use is alive; then the
    // checkpointer lets go of the writer connection.
    m_groupCommit.stop();
    m_checkpointer.reset();
    t_connections.erase(m_generation);
}

sqlite::Connection& SqliteStore::conn()
{
    if (t_writer && t_writerGeneration == m_generation)
        return *t_writer;
    auto& slot = t_connections[m_generation];
    if (!slot)
        slot = std::make_unique<sqlite::Connection>(m_path, m_durability);
    return *slot;
}

bool SqliteStore::isReady()
{
    if (!m_ready)
        return false;
    try {
        return schemaVersion() == latestSqliteSchemaVersion();
    } catch (const sqlite::Error&) {
        return false;
    }
}

int SqliteStore::schemaVersion()
{
    auto st = conn().prepare("PRAGMA user_version");
    return st.step() ? int(st.int64(0)) : 0;
}

std::optional<QString> SqliteStore::meta(const QString& key)
{
    auto st = conn().prepare("SELECT value FROM meta WHERE key = ?");
    st.bind(1, key);
    if (!st.step())
        return std::nullopt;
    return st.text(0);
}

void SqliteStore::setMeta(const QString& key, const QString& value)
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

void SqliteStore::transaction(const std::function<void()>& work)
{
    if (t_writer && t_writerGeneration == m_generation) {
        work(); // join the enclosing transaction
        return;
    }
    // The writer thread records the audit trail of this thread's request (store/auditcontext.h).
    if (AuditContext* audit = currentAuditContext()) {
        const std::function<void()> audited = [audit, &work] {
            AuditScope scope(audit);
            work();
        };
        m_groupCommit.submit(audited);
        return;
    }
    m_groupCommit.submit(work);
}

void SqliteStore::commitBatch(const std::vector<GroupCommit::Write*>& batch)
{
    sqlite::Connection& c = *m_writer;
    {
        struct WriterScope {
            WriterScope(sqlite::Connection& writer, quint64 generation)
            {
                t_writer = &writer;
                t_writerGeneration = generation;
            }
            ~WriterScope() { t_writer = nullptr; }
        } scope(c, m_generation);
        t_lastSeqInTransaction = 0;
        t_catalogTouched = false;
        if (c.inTransaction())
            rollBack(c); // left open by a failure whose rollback failed too: start clean
        c.prepare("BEGIN IMMEDIATE").exec();
        try {
            for (GroupCommit::Write* write : batch) {
                // Each write in its own savepoint: one that fails (a 409, a 422) leaves no trace
                // and does not take the others down with it.
                const qint64 seqBefore = t_lastSeqInTransaction;
                const std::optional<JournalTip> tipBefore = m_journalTip;
                c.prepare("SAVEPOINT write").exec();
                try {
                    (*write->work)();
                    c.prepare("RELEASE write").exec();
                } catch (...) {
                    write->error = std::current_exception();
                    t_lastSeqInTransaction = seqBefore;
                    m_journalTip = tipBefore; // its entries are rolled back with it
                    // An I/O error or a full disk makes SQLite roll the whole transaction back:
                    // the writes before this one are gone too, and fail with its error.
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
    }
    // Committed: whatever happens from here on, every write of the batch stands.
    const qint64 lastSeq = t_lastSeqInTransaction;
    // After the commit, never before: a reader that saw the old version computed old data.
    if (t_catalogTouched)
        ++m_catalogVersion;
    if (lastSeq > 0 && m_commitListener) {
        try {
            m_commitListener(lastSeq);
        } catch (const std::exception& e) {
            qCWarning(lcStore) << "commit listener failed:" << e.what();
        }
    }
}

void SqliteStore::rollBack(sqlite::Connection& c)
{
    try {
        if (c.inTransaction())
            c.execScript("ROLLBACK");
    } catch (const sqlite::Error& e) {
        // The exception being handled is the one to report; the next batch tries again.
        qCWarning(lcStore) << "rollback failed:" << e.what();
    }
}

void SqliteStore::appendChange(const QString& entity, const QString& id, ChangeOp op, const std::string& data,
                               const QString& scopeStore, const QString& scopeUser,
                               const QString& scopeDevice, const QString& scopeStoreAlso)
{
    sqlite::Connection& c = conn();
    // Compaction: the entity keeps only its latest change, at a fresh (higher) seq.
    c.prepare("DELETE FROM changes WHERE entity = ? AND entity_id = ?").bind(1, entity).bind(2, id).exec();
    auto st =
        c.prepare("INSERT INTO changes(entity, entity_id, op, data, scope_store, scope_user, changed_at, "
                  "scope_device, scope_store_also) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)");
    st.bind(1, entity).bind(2, id).bind(3, toString(op));
    if (op == ChangeOp::Delete)
        st.bind(4, nullptr);
    else
        st.bind(4, std::string_view(data));
    st.bindOptional(5, scopeStore).bindOptional(6, scopeUser);
    st.bind(7, QDateTime::currentSecsSinceEpoch());
    st.bindOptional(8, scopeDevice).bindOptional(9, scopeStoreAlso);
    st.exec();
    t_lastSeqInTransaction = sqlite3_last_insert_rowid(c.handle());
    if (entity == u"product" || entity == u"category")
        t_catalogTouched = true;
}

void SqliteStore::setCommitListener(std::function<void(qint64)> listener)
{
    m_commitListener = std::move(listener);
}

std::optional<std::pair<QByteArray, StoredResponse>> SqliteStore::idempotencyRecord(const QString& scope,
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

void SqliteStore::saveIdempotencyRecord(const QString& scope, const QString& key,
                                        const QByteArray& requestHash, const StoredResponse& response)
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

void SqliteStore::purgeIdempotencyRecords(const QDateTime& olderThan)
{
    transaction([&] {
        conn()
            .prepare("DELETE FROM idempotency WHERE created_at < ?")
            .bind(1, olderThan.toSecsSinceEpoch())
            .exec();
    });
}

namespace {
Location readLocation(const sqlite::Statement& st)
{
    return Location{LocationId{st.text(0)}, st.text(1),
                    st.text(2) == u"warehouse" ? LocationKind::Warehouse : LocationKind::Store, st.text(3),
                    st.text(4)};
}
} // namespace

QList<Location> SqliteStore::locations()
{
    auto st = conn().prepare("SELECT id, name, kind, address, timezone FROM locations ORDER BY kind, name");
    QList<Location> out;
    while (st.step())
        out.append(readLocation(st));
    return out;
}

std::optional<Location> SqliteStore::location(const LocationId& id)
{
    auto st = conn().prepare("SELECT id, name, kind, address, timezone FROM locations WHERE id = ?");
    st.bind(1, id.value);
    if (!st.step())
        return std::nullopt;
    return readLocation(st);
}

void SqliteStore::putLocation(const Location& l)
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
