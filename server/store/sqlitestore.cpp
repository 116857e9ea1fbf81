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
thread_local std::unordered_map<quint64, std::unique_ptr<sql::SqliteConnection>> t_connections;
// The writer connection while this thread runs a write transaction, with its store's generation.
thread_local sql::SqliteConnection* t_writer = nullptr;
thread_local quint64 t_writerGeneration = 0;
constexpr int kWriterCacheKiB = 32000;

QString fiscalKeyPath(const std::string& databasePath)
{
    return QFileInfo(QString::fromStdString(databasePath)).dir().filePath(u"fiscal-key.pem"_qs);
}
} // namespace

SqliteStore::SqliteStore(std::string path, sqlite::Durability durability)
    : SqlStore(path == ":memory:" ? FiscalKey::ephemeral() : FiscalKey::loadOrCreate(fiscalKeyPath(path))),
      m_path(std::move(path)), m_durability(durability), m_generation(g_nextGeneration++),
      m_writer(std::make_unique<sql::SqliteConnection>(m_path, durability, kWriterCacheKiB)),
      m_groupCommit([this](const std::vector<GroupCommit::Write*>& batch) { commitBatch(batch); })
{
    const int version = migrateSqlite(m_writer->sqlite());
    installAuditTriggers(); // the back office's audit trail (sqlitestore_audit.cpp)
    // 4,000 pages (16 MB) of log between checkpoints: under load the writer commits ~20 pages
    // per order, and each checkpoint costs an fsync of the database file.
    if (m_path != ":memory:")
        m_checkpointer =
            std::make_unique<sqlite::WalCheckpointer>(m_writer->sqlite(), m_path, durability, 4000);
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

sql::Connection& SqliteStore::conn()
{
    if (t_writer && t_writerGeneration == m_generation)
        return *t_writer;
    auto& slot = t_connections[m_generation];
    if (!slot)
        slot = std::make_unique<sql::SqliteConnection>(m_path, m_durability);
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
    TransactionEffects& effects = transactionEffects();
    sql::SqliteConnection& c = *m_writer;
    {
        struct WriterScope {
            WriterScope(sql::SqliteConnection& writer, quint64 generation)
            {
                t_writer = &writer;
                t_writerGeneration = generation;
            }
            ~WriterScope() { t_writer = nullptr; }
        } scope(c, m_generation);
        effects = TransactionEffects{};
        if (c.inTransaction())
            rollBack(c); // left open by a failure whose rollback failed too: start clean
        c.prepare("BEGIN IMMEDIATE").exec();
        try {
            for (GroupCommit::Write* write : batch) {
                // Each write in its own savepoint: one that fails (a 409, a 422) leaves no trace
                // and does not take the others down with it.
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
    publishCommit(effects);
}

void SqliteStore::rollBack(sql::SqliteConnection& c)
{
    try {
        if (c.inTransaction())
            c.execScript("ROLLBACK");
    } catch (const sqlite::Error& e) {
        // The exception being handled is the one to report; the next batch tries again.
        qCWarning(lcStore) << "rollback failed:" << e.what();
    }
}

} // namespace comptoir::server
