#pragma once
// Thin RAII wrapper over the SQLite C API: a connection with a cache of prepared statements,
// statements with typed binding, and errors as exceptions carrying SQLite's message.

#include <sqlite3.h>

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>

namespace comptoir::sqlite {

class Error : public std::runtime_error {
public:
    Error(int code, const std::string& message) : std::runtime_error(message), m_code(code) {}
    [[nodiscard]] int code() const { return m_code; }
    [[nodiscard]] bool isConstraint() const { return (m_code & 0xff) == SQLITE_CONSTRAINT; }
    [[nodiscard]] bool isBusy() const { return (m_code & 0xff) == SQLITE_BUSY; }
    // The file is damaged or not a database at all.
    [[nodiscard]] bool isCorrupt() const
    {
        return (m_code & 0xff) == SQLITE_CORRUPT || (m_code & 0xff) == SQLITE_NOTADB;
    }

private:
    int m_code;
};

class Statement {
public:
    Statement(sqlite3* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    // Resets the statement so a cached one is ready for its next use.
    ~Statement();

    Statement& bind(int index, std::nullptr_t);
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    // Text SQLite reads in place rather than copying: it must stay as it is until the statement
    // is reset (the Statement's destructor), so only for what outlives the statement's use.
    Statement& bindUnowned(int index, std::string_view text);
    Statement& bind(int index, const QString& text);
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bindBlob(int index, const QByteArray& bytes);
    Statement& bindOptional(int index, const QString& textOrEmptyForNull);

    // Advances to the next row; false when done.
    bool step();
    // Runs a statement that returns no rows.
    void exec();

    // The largest parameter index of the statement (?NNN numbering counts up to NNN).
    [[nodiscard]] int parameterCount() const;
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] qint64 int64(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] std::string_view textView(int column) const;
    [[nodiscard]] QByteArray blob(int column) const;

private:
    void check(int rc);
    sqlite3* m_db;
    sqlite3_stmt* m_stmt;
};

enum class Durability { Full, Normal };

class Connection {
public:
    // `durability`: how this connection's commits reach the disk, unless a Transaction asks for
    // another. `cacheKiB`: the private page cache of this connection.
    Connection(const std::string& path, Durability durability, int cacheKiB = 2000);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // A cached prepared statement for this SQL text; the SQL must be a string literal or
    // otherwise bounded set (the cache never evicts). A statement that writes outside a
    // Transaction is a transaction of its own, with the connection's durability.
    [[nodiscard]] Statement prepare(std::string_view sql);
    // Runs one or more statements without parameters (schema, pragmas); outside a Transaction,
    // with the connection's durability.
    void execScript(const char* sql);
    [[nodiscard]] bool inTransaction() const;
    [[nodiscard]] sqlite3* handle() const { return m_db; }
    [[nodiscard]] qint64 changes() const;

private:
    friend class Transaction;
    void useWriteAheadLog();
    // The prepared statement for this SQL, prepared on first use.
    [[nodiscard]] sqlite3_stmt* cached(std::string_view sql);
    // Sets PRAGMA synchronous when it differs from what it is (outside a transaction only): the
    // pragma is compiled anew at each run, a tenth of what a client's one-row commit costs.
    void useDurability(Durability durability);

    // Statements are looked up by the SQL's text without copying it into a std::string.
    struct SqlHash {
        using is_transparent = void;
        size_t operator()(std::string_view sql) const { return std::hash<std::string_view>{}(sql); }
    };

    sqlite3* m_db = nullptr;
    Durability m_durability;
    std::optional<Durability> m_synchronous; // what the pragma says now, once set
    std::unordered_map<std::string, sqlite3_stmt*, SqlHash, std::equal_to<>> m_statements;
};

// A BEGIN IMMEDIATE transaction that rolls back unless commit() was called. Its commit reaches
// the disk as `durability` asks, the connection's own by default; the connection keeps that
// setting for the transactions that ask the same (a client applying live frames one by one).
class Transaction {
public:
    explicit Transaction(Connection& connection);
    Transaction(Connection& connection, Durability durability);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Connection& m_connection;
    bool m_done = false;
};

// The schema version recorded in the file (PRAGMA user_version).
[[nodiscard]] int schemaVersion(Connection& connection);

// Brings the database to version steps.size(), one transaction per step: steps[i] leads from
// version i to i + 1. Returns the version reached. Throws NewerSchemaError when the file was
// written by a newer program (`owner` names this one in the message).
class NewerSchemaError : public Error {
public:
    using Error::Error;
};
int migrate(Connection& connection, std::span<const char* const> steps, const std::string& owner);

} // namespace comptoir::sqlite
