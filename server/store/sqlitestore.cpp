#include "store/sqlitestore.h"

#include "comptoir/codecs.h"
#include "domain/errors.h"
#include "store/auditcontext.h"
#include "store/ftsquery.h"
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
constexpr int kWriterCacheKiB = 32000;

QString fiscalKeyPath(const std::string& databasePath)
{
    return QFileInfo(QString::fromStdString(databasePath)).dir().filePath(u"fiscal-key.pem"_qs);
}
} // namespace

SqliteStore::SqliteStore(std::string path, sqlite::Durability durability)
    : SqlStore(path == ":memory:" ? FiscalKey::ephemeral() : FiscalKey::loadOrCreate(fiscalKeyPath(path))),
      m_path(std::move(path)), m_durability(durability), m_generation(g_nextGeneration++),
      m_writer(std::make_unique<sql::SqliteConnection>(m_path, durability, kWriterCacheKiB))
{
    const int version = migrateSqlite(m_writer->engine());
    installAuditTriggers(); // the back office's audit trail (sqlitestore_audit.cpp)
    // 4,000 pages (16 MB) of log between checkpoints: under load the writer commits ~20 pages
    // per order, and each checkpoint costs an fsync of the database file.
    if (m_path != ":memory:")
        m_checkpointer =
            std::make_unique<sqlite::WalCheckpointer>(m_writer->engine(), m_path, durability, 4000);
    qCInfo(lcStore) << "store open at" << m_path.c_str() << "schema version" << version;
    m_ready = true;
}

SqliteStore::~SqliteStore()
{
    // Writes still queued finish first, while everything they use is alive; then the
    // checkpointer lets go of the writer connection.
    stopWrites();
    m_checkpointer.reset();
    t_connections.erase(m_generation);
}

sql::Connection& SqliteStore::conn()
{
    if (sql::Connection* w = writer())
        return *w;
    auto& slot = t_connections[m_generation];
    if (!slot)
        slot = std::make_unique<sql::SqliteConnection>(m_path, m_durability);
    return *slot;
}

const SqlStore::FullTextSql& SqliteStore::fullTextSql() const
{
    // Name matches weigh most, then codes (sku, barcode), brand, description. Relevance alone
    // ranks inside the index and joins only the page's rows to products.
    static const FullTextSql sql{
        "products_fts f JOIN products p ON p.rowid = f.rowid WHERE products_fts MATCH ?",
        "bm25(products_fts, 10.0, 4.0, 1.0, 8.0)",
        "SELECT p.json FROM (SELECT rowid, bm25(products_fts, 10.0, 4.0, 1.0, 8.0) AS score "
        "FROM products_fts WHERE products_fts MATCH ? ORDER BY score, rowid LIMIT ? OFFSET ?) f "
        "JOIN products p ON p.rowid = f.rowid ORDER BY f.score, f.rowid"};
    return sql;
}

const char* SqliteStore::productNameKey() const
{
    // The column's own NOCASE collation.
    return "p.name";
}

QString SqliteStore::fullTextQuery(const QString& typed) const
{
    return toFtsQuery(typed);
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

void SqliteStore::commitBatch(const std::vector<GroupCommit::Write*>& batch)
{
    const TransactionEffects effects =
        runBatch(*m_writer, batch, [this] { m_writer->prepare("BEGIN IMMEDIATE").exec(); });
    publishCommit(effects);
}

} // namespace comptoir::server
