#include "comptoir/sqlite.h"

#include <chrono>
#include <thread>

namespace comptoir::sqlite {

namespace {

constexpr int kBusyTimeoutMs = 10000;

// SQLite counts the memory it allocates under one process-wide mutex, taken at each allocation
// of every connection (5 % of a bootstrap's writer, and shared by all of the server's threads).
// Nothing here reads the counts. Settable only before SQLite initializes: the first connection.
void configureLibraryOnce()
{
    static const int configured = [] { return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); }();
    (void)configured; // SQLITE_MISUSE if something else in the process initialized SQLite first
}

} // namespace

[[noreturn]] static void throwFor(sqlite3* db, int rc)
{
    throw Error(sqlite3_extended_errcode(db) ? sqlite3_extended_errcode(db) : rc,
                std::string("sqlite: ") + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)));
}

Statement::~Statement()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

void Statement::check(int rc)
{
    if (rc != SQLITE_OK)
        throwFor(m_db, rc);
}

Statement& Statement::bind(int index, std::nullptr_t)
{
    check(sqlite3_bind_null(m_stmt, index));
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    check(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    check(sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, std::string_view text)
{
    check(sqlite3_bind_text(m_stmt, index, text.data(), int(text.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bindUnowned(int index, std::string_view text)
{
    check(sqlite3_bind_text(m_stmt, index, text.data(), int(text.size()), SQLITE_STATIC));
    return *this;
}

Statement& Statement::bind(int index, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    check(sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bindBlob(int index, const QByteArray& bytes)
{
    check(sqlite3_bind_blob(m_stmt, index, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bindOptional(int index, const QString& textOrEmptyForNull)
{
    if (textOrEmptyForNull.isEmpty())
        return bind(index, nullptr);
    return bind(index, textOrEmptyForNull);
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    throwFor(m_db, rc);
}

void Statement::exec()
{
    while (step()) {
    }
}

int Statement::parameterCount() const
{
    return sqlite3_bind_parameter_count(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}
qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}
double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

std::string_view Statement::textView(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return p ? std::string_view(p, size_t(sqlite3_column_bytes(m_stmt, column))) : std::string_view();
}

QString Statement::text(int column) const
{
    const std::string_view v = textView(column);
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

QByteArray Statement::blob(int column) const
{
    const auto* p = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

Connection::Connection(const std::string& path, Durability durability, int cacheKiB)
    : m_durability(durability)
{
    configureLibraryOnce();
    const int rc = sqlite3_open_v2(path.c_str(), &m_db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        const std::string message = std::string("sqlite: cannot open ") + path + ": " + sqlite3_errstr(rc);
        sqlite3_close(m_db);
        m_db = nullptr;
        throw Error(rc, message);
    }
    // A file that opens but is no database fails on the first statement: close it before throwing,
    // as no destructor runs for a constructor that throws.
    try {
        sqlite3_extended_result_codes(m_db, 1);
        // Writers in this process queue on a mutex first; the busy timeout covers other processes.
        sqlite3_busy_timeout(m_db, kBusyTimeoutMs);
        // The server opens one reading connection per worker thread (96 by default): a small private
        // page cache each, and no memory mapping, keep it near 200 MB at 100,000 products; the
        // operating system's page cache, shared by all, holds the rest of the file.
        useWriteAheadLog();
        execScript("PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY; PRAGMA mmap_size=0;");
        execScript(("PRAGMA cache_size=-" + std::to_string(cacheKiB) + ";").c_str());
        useDurability(durability);
    } catch (...) {
        sqlite3_close(m_db);
        m_db = nullptr;
        throw;
    }
}

void Connection::useWriteAheadLog()
{
    // Switching a new file to WAL takes an exclusive lock, and SQLite answers SQLITE_BUSY at
    // once, without the busy handler, when another connection holds the file at that moment
    // (two processes starting on one new cache). Wait for it as the busy timeout would.
    using namespace std::chrono_literals;
    constexpr auto kPause = 5ms;
    for (auto waited = 0ms;; waited += kPause) {
        try {
            execScript("PRAGMA journal_mode=WAL;");
            return;
        } catch (const Error& e) {
            if ((e.code() & 0xff) != SQLITE_BUSY || waited >= std::chrono::milliseconds(kBusyTimeoutMs))
                throw;
        }
        std::this_thread::sleep_for(kPause);
    }
}

void Connection::useDurability(Durability durability)
{
    if (durability == m_synchronous)
        return;
    const char* sql =
        durability == Durability::Full ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL";
    if (const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr); rc != SQLITE_OK)
        throwFor(m_db, rc);
    m_synchronous = durability;
}

Connection::~Connection()
{
    for (auto& [sql, stmt] : m_statements)
        sqlite3_finalize(stmt);
    sqlite3_close(m_db);
}

sqlite3_stmt* Connection::cached(std::string_view sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        sqlite3_stmt* stmt = nullptr;
        const int rc =
            sqlite3_prepare_v3(m_db, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
        if (rc != SQLITE_OK)
            throwFor(m_db, rc);
        it = m_statements.emplace(std::string(sql), stmt).first;
    }
    return it->second;
}

Statement Connection::prepare(std::string_view sql)
{
    sqlite3_stmt* stmt = cached(sql);
    // The last Transaction may have left another setting: a write on its own commits as this
    // connection's writes do.
    if (m_synchronous != m_durability && !inTransaction() && !sqlite3_stmt_readonly(stmt))
        useDurability(m_durability);
    return Statement(m_db, stmt);
}

void Connection::execScript(const char* sql)
{
    if (!inTransaction())
        useDurability(m_durability);
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const std::string text = message ? message : sqlite3_errstr(rc);
        sqlite3_free(message);
        throw Error(rc, "sqlite: " + text);
    }
}

bool Connection::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}
qint64 Connection::changes() const
{
    return sqlite3_changes64(m_db);
}

// BEGIN and COMMIT are prepared once per connection (a client commits each live frame: parsing
// them every time was a tenth of that).
Transaction::Transaction(Connection& connection) : Transaction(connection, connection.m_durability) {}

Transaction::Transaction(Connection& connection, Durability durability) : m_connection(connection)
{
    m_connection.useDurability(durability);
    // Not through prepare(): BEGIN IMMEDIATE counts as a write, which would undo the line above.
    Statement(m_connection.m_db, m_connection.cached("BEGIN IMMEDIATE")).exec();
}

Transaction::~Transaction()
{
    if (!m_done && m_connection.inTransaction())
        sqlite3_exec(m_connection.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit()
{
    Statement(m_connection.m_db, m_connection.cached("COMMIT")).exec();
    m_done = true;
}

int schemaVersion(Connection& connection)
{
    auto st = connection.prepare("PRAGMA user_version");
    return st.step() ? int(st.int64(0)) : 0;
}

int migrate(Connection& connection, std::span<const char* const> steps, const std::string& owner)
{
    const int latest = int(steps.size());
    for (;;) {
        // The version is read inside the write transaction: two processes opening one new file
        // at once must not both run the same step.
        Transaction tx(connection);
        const int version = schemaVersion(connection);
        if (version > latest)
            throw NewerSchemaError(0, "database schema version " + std::to_string(version) +
                                          " is newer than this " + owner + " (" + std::to_string(latest) +
                                          "): upgrade the " + owner);
        if (version == latest) {
            tx.commit();
            return version;
        }
        connection.execScript(steps[size_t(version)]);
        connection.execScript(("PRAGMA user_version = " + std::to_string(version + 1)).c_str());
        tx.commit();
    }
}

} // namespace comptoir::sqlite
