#include "store/pgstore.h"

#include "store/ftsquery.h"
#include "store/pg/pgmigrations.h"

#include <QLoggingCategory>
#include <unordered_map>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace comptoir::server {

namespace {
std::atomic<quint64> g_nextGeneration{1};

// Serializes the write batches of every process on the database (pg_advisory_xact_lock); not
// the migrations' key.
constexpr qint64 kWriteLockKey = 0x436f6d70'77726974; // "Compwrit"
// The session-level advisory lock the leader holds (isLeader()).
constexpr qint64 kLeaderLockKey = 0x436f6d70'6c656164; // "Complead"
// The channel the processes tell each other their commits on.
constexpr auto kChangesChannel = "comptoir_changes";

// One connection per worker thread and store, opened on first use. One that broke is kept until
// the thread's next replacement (a statement of the failed operation may still point into it).
struct ThreadConnection {
    std::unique_ptr<sql::Connection> current;
    std::unique_ptr<sql::Connection> retired;
};
thread_local std::unordered_map<quint64, ThreadConnection> t_connections;

// "seq" or "seq c" (the batch touched the catalog: the search cache's answers are stale).
std::string changesPayload(qint64 seq, bool catalogTouched)
{
    return std::to_string(seq) + (catalogTouched ? " c" : "");
}
} // namespace

PgStore::PgStore(std::string url, const QString& fiscalKeyPath)
    : SqlStore(FiscalKey::loadOrCreate(fiscalKeyPath)), m_url(std::move(url)),
      m_generation(g_nextGeneration++), m_writer(connect())
{
    const int version = migratePostgres(m_writer->engine());
    m_writerPid = PQbackendPID(m_writer->engine().handle());
    qCInfo(lcStore) << "PostgreSQL store open, schema version" << version;
    m_listener = std::thread([this] { listenForOtherProcesses(); });
}

PgStore::~PgStore()
{
    stopWrites();
    m_stopping = true;
    if (m_listener.joinable())
        m_listener.join();
    t_connections.erase(m_generation);
}

std::unique_ptr<PgStore::Connection> PgStore::connect() const
{
    return std::make_unique<Connection>(m_url);
}

sql::Connection& PgStore::conn()
{
    if (sql::Connection* w = writer())
        return *w;
    ThreadConnection& slot = t_connections[m_generation];
    if (slot.current && !static_cast<Connection&>(*slot.current).engine().isOpen()) {
        slot.retired = std::move(slot.current);
        qCWarning(lcStore) << "PostgreSQL connection lost; connecting again";
    }
    if (!slot.current)
        slot.current = connect();
    return *slot.current;
}

bool PgStore::isReady()
{
    try {
        return schemaVersion() == latestPostgresSchemaVersion();
    } catch (const std::exception&) {
        return false; // the database is down or unreachable: a load balancer sends no one here
    }
}

int PgStore::schemaVersion()
{
    auto st = conn().prepare("SELECT version FROM schema_version");
    return st.step() ? int(st.int64(0)) : 0;
}

bool PgStore::isLeader()
{
    std::lock_guard lock(m_leaderMutex);
    try {
        if (m_leaderConnection && !m_leaderConnection->engine().isOpen()) {
            m_leaderConnection.reset(); // its session, and the lock with it, are gone
            m_leading = false;
        }
        if (!m_leaderConnection)
            m_leaderConnection = connect();
        if (m_leading) {
            // Still connected, so still holding it: a query notices a connection that broke.
            m_leaderConnection->prepare("SELECT 1").exec();
            return true;
        }
        auto st = m_leaderConnection->prepare("SELECT pg_try_advisory_lock(?)");
        st.bind(1, kLeaderLockKey);
        m_leading = st.step() && st.int64(0) != 0;
        if (m_leading)
            qCInfo(lcStore) << "this server leads the sweeps, webhooks and closures";
        return m_leading;
    } catch (const std::exception& e) {
        qCWarning(lcStore) << "leader lock:" << e.what();
        m_leaderConnection.reset();
        m_leading = false;
        return false;
    }
}

void PgStore::tokensRevoked()
{
    SqlStore::tokensRevoked();
    try {
        conn().prepare("SELECT pg_notify(?, 'r')").bind(1, kChangesChannel).exec();
    } catch (const std::exception& e) {
        qCWarning(lcStore) << "could not tell the other servers of revoked tokens:" << e.what();
    }
}

void PgStore::commitBatch(const std::vector<GroupCommit::Write*>& batch)
{
    if (!m_writer->engine().isOpen()) {
        // Nothing of the last batch is alive: the connection can be replaced outright.
        m_writer = connect();
        m_writerPid = PQbackendPID(m_writer->engine().handle());
    }
    const TransactionEffects effects = runBatch(*m_writer, batch, [this] {
        m_writer->prepare("BEGIN").exec();
        // Every process's batches one at a time, as SQLite's writer: held until the commit is
        // visible, so seqs are taken in commit order and reads made in the batch stay true.
        m_writer->prepare("SELECT pg_advisory_xact_lock(?)").bind(1, kWriteLockKey).exec();
        // Another process may have appended to the fiscal journal since this one's last batch.
        m_journalTip.reset();
    });
    publishCommit(effects);
    announce(effects);
}

void PgStore::announce(const TransactionEffects& effects)
{
    if (effects.lastSeq <= 0)
        return;
    try {
        // Outside the batch's transaction: NOTIFY at commit takes a lock that serializes every
        // committing transaction of the database; one small notification per batch is the cost.
        m_writer->engine().notify(kChangesChannel, changesPayload(effects.lastSeq, effects.catalogTouched));
    } catch (const std::exception& e) {
        // The batch stands; the other processes' hubs catch up at the next notification.
        qCWarning(lcStore) << "could not announce a commit:" << e.what();
    }
}

void PgStore::listenForOtherProcesses()
{
    std::unique_ptr<Connection> connection;
    while (!m_stopping) {
        try {
            if (!connection || !connection->engine().isOpen()) {
                connection = connect();
                connection->engine().listen(kChangesChannel);
            }
            const auto note = connection->engine().waitForNotification(std::chrono::milliseconds(200));
            if (!note)
                continue;
            if (note->payload == "r") {
                // Tokens were deleted (this process's own notice too: a recheck more is harmless).
                SqlStore::tokensRevoked();
                continue;
            }
            if (note->senderPid == m_writerPid)
                continue; // this process published its own commits already
            TransactionEffects effects;
            effects.lastSeq = std::stoll(note->payload);
            effects.catalogTouched = note->payload.ends_with(" c");
            publishCommit(effects);
        } catch (const std::exception& e) {
            qCWarning(lcStore) << "listening for other servers' commits:" << e.what();
            connection.reset();
            std::this_thread::sleep_for(std::chrono::milliseconds(500)); // the database is restarting
        }
    }
}

void PgStore::runAudited(AuditContext& audit, const std::function<void()>& work)
{
    // Transaction-local settings the audit triggers read (migration 3). Set and cleared inside
    // this write's savepoint, so the next write of the batch is not taken for this request's,
    // and a write that fails takes its settings with it.
    auto set = [this](const QString& actor, const QString& role, const QString& route, const QString& id) {
        auto st =
            conn().prepare("SELECT set_config('comptoir.audit_0', ?, true), set_config('comptoir.audit_1', "
                           "?, true), set_config('comptoir.audit_2', ?, true), "
                           "set_config('comptoir.audit_3', ?, true), "
                           "set_config('comptoir.audit_recorded', '0', true)");
        st.bind(1, actor).bind(2, role).bind(3, route).bind(4, id).exec();
    };
    AuditScope scope(&audit);
    set(audit.actor, audit.role, audit.route, audit.requestId);
    work();
    auto recorded = conn().prepare("SELECT current_setting('comptoir.audit_recorded', true)");
    if (recorded.step())
        audit.recorded += int(recorded.int64(0));
    set({}, {}, {}, {});
}

const SqlStore::FullTextSql& PgStore::fullTextSql() const
{
    // ts_rank's default weights rank name (A) over codes (B), brand (C) and description (D).
    static const FullTextSql sql{
        "products_fts f JOIN products p ON p.rowid = f.rowid CROSS JOIN comptoir_search_query(?) AS query "
        "WHERE f.document @@ query",
        "ts_rank(f.document, query) DESC",
        "SELECT p.json FROM (SELECT f.rowid, ts_rank(f.document, query) AS score FROM products_fts f "
        "CROSS JOIN comptoir_search_query(?) AS query WHERE f.document @@ query "
        "ORDER BY score DESC, f.rowid LIMIT ? OFFSET ?) f JOIN products p ON p.rowid = f.rowid "
        "ORDER BY f.score DESC, f.rowid"};
    return sql;
}

const char* PgStore::productNameKey() const
{
    // A C-collated column of ASCII-folded names (migration 3): `nocase` is ICU's, not SQLite's.
    return "p.name_key";
}

QString PgStore::fullTextQuery(const QString& typed) const
{
    return toTsQueryTerms(typed);
}

} // namespace comptoir::server
