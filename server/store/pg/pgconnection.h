#pragma once
// Thin RAII wrapper over libpq with the same API as comptoir::sqlite::Connection/Statement, so
// the store's SQL, written for SQLite, runs unchanged on PostgreSQL: `?`/`?NNN` placeholders
// become `$n`, one server-side prepared statement per SQL text, SQLite's lax reading of values.

#include <libpq-fe.h>

#include <QByteArray>
#include <QString>
#include <chrono>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace comptoir::pg {

// A failure reported by libpq or the server, with its SQLSTATE (five characters; "08006" when
// the connection itself broke and the server could not say why).
class Error : public std::runtime_error {
public:
    Error(std::string sqlState, const std::string& message)
        : std::runtime_error(message), m_sqlState(std::move(sqlState))
    {
    }
    [[nodiscard]] const std::string& sqlState() const { return m_sqlState; }
    // Class 23: NOT NULL, foreign key, unique, check, exclusion.
    [[nodiscard]] bool isConstraint() const { return m_sqlState.starts_with("23"); }
    [[nodiscard]] bool isUniqueViolation() const { return m_sqlState == "23505"; }
    // The transaction lost a race (serialization failure or deadlock): run it again.
    [[nodiscard]] bool isSerializationFailure() const
    {
        return m_sqlState == "40001" || m_sqlState == "40P01";
    }
    // The server went away (restart, crash, network, administrator): reconnect, then retry.
    [[nodiscard]] bool isConnectionLost() const
    {
        return m_sqlState.starts_with("08") || m_sqlState == "57P01" || m_sqlState == "57P02" ||
               m_sqlState == "57P03";
    }

private:
    std::string m_sqlState;
};

// SQLite's SQL made PostgreSQL's: placeholders numbered `$n` (a bare `?` takes the number after
// the largest so far, as SQLite numbers it), and the few SQLite-only words that have a meaning-
// preserving PostgreSQL form (see PORTING.md). Strings, quoted identifiers and comments are kept.
struct PortedSql {
    std::string sql;
    int parameterCount = 0;
};
[[nodiscard]] PortedSql portSql(std::string_view sqliteSql);

class Connection;

// One execution of a prepared statement: bind, then step() through its rows (it runs at the
// first step()), or exec(). Values are read as SQLite reads them: NULL as 0 or empty, a
// boolean as 1 or 0, a bytea decoded.
class Statement {
public:
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, std::nullptr_t);
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    // Text sent from where it is, without a copy: it must stay as it is until the statement runs.
    Statement& bindUnowned(int index, std::string_view text);
    Statement& bind(int index, const QString& text);
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bindBlob(int index, const QByteArray& bytes);
    Statement& bindOptional(int index, const QString& textOrEmptyForNull);

    // Runs the statement on the first call; then advances to the next row; false when done.
    bool step();
    // Runs a statement whose rows, if any, nobody reads.
    void exec();

    [[nodiscard]] int parameterCount() const;
    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] qint64 int64(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] QString text(int column) const;
    // Valid until the next step() or the statement's end.
    [[nodiscard]] std::string_view textView(int column) const;
    [[nodiscard]] QByteArray blob(int column) const;

private:
    friend class Connection;
    struct Prepared;
    Statement(Connection& connection, const Prepared& prepared);
    void setText(int index, std::string_view text, bool owned);
    void run();
    [[nodiscard]] const char* rawValue(int column) const;
    [[nodiscard]] bool isBytea(int column) const;

    Connection& m_connection;
    const Prepared& m_prepared;
    std::vector<std::string> m_owned; // sized once: pointers into it stay valid
    std::vector<const char*> m_values;
    std::vector<int> m_lengths;
    std::vector<int> m_formats;
    PGresult* m_result = nullptr;
    int m_row = -1;
    mutable std::vector<std::optional<std::string>> m_decoded; // bytea columns read as text
};

struct Notification {
    std::string channel;
    std::string payload;
    int senderPid = 0;
};

class Connection {
public:
    // `url`: a libpq connection string or URI (postgresql://user@host:port/db?...). Throws Error
    // when the server cannot be reached.
    explicit Connection(const std::string& url);
    ~Connection();
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // A statement prepared once per connection for this SQL text (SQLite's placeholders); the SQL
    // must be one of a bounded set (the cache never evicts).
    [[nodiscard]] Statement prepare(std::string_view sql);
    // Runs one or more statements without parameters (schema, session settings).
    void execScript(const char* sql);
    // Inside BEGIN … COMMIT (also when that transaction failed and waits for its ROLLBACK).
    [[nodiscard]] bool inTransaction() const;
    // Rows the last INSERT, UPDATE or DELETE wrote.
    [[nodiscard]] qint64 changes() const { return m_changes; }
    [[nodiscard]] PGconn* handle() const { return m_conn; }

    // False once the connection broke (server restarted, network): reconnect() before use.
    [[nodiscard]] bool isOpen() const;
    // Opens the connection again with the same parameters, forgetting the prepared statements
    // (they died with the old session). No Statement of this connection may be alive. Throws
    // Error when the server is still unreachable.
    void reconnect();

    // LISTEN / NOTIFY: the channel is quoted as an identifier; the payload is plain text.
    void listen(std::string_view channel);
    void unlisten(std::string_view channel);
    void notify(std::string_view channel, std::string_view payload);
    // The next notification received, waiting for it at most `timeout` on the socket;
    // nothing when none came. Throws Error (isConnectionLost) when the connection broke.
    [[nodiscard]] std::optional<Notification> waitForNotification(std::chrono::milliseconds timeout);
    // The socket to watch in an event loop (readable: call waitForNotification(0ms)).
    [[nodiscard]] int socket() const { return PQsocket(m_conn); }

private:
    friend class Statement;
    [[nodiscard]] const Statement::Prepared& cached(std::string_view sql);
    [[nodiscard]] PGresult* tryPrepare(const std::string& name, const std::string& sql,
                                       std::vector<Oid>& types);
    [[nodiscard]] std::vector<Oid> inferTypes(const std::string& sql, int parameterCount);
    // Throws the error of `result` (cleared) when it is not one of the expected statuses.
    void check(PGresult* result, ExecStatusType expected, ExecStatusType alsoExpected);
    [[noreturn]] void throwError(PGresult* result);
    void noteCommand(PGresult* result);
    [[nodiscard]] std::optional<Notification> takeNotification();

    struct SqlHash {
        using is_transparent = void;
        size_t operator()(std::string_view sql) const { return std::hash<std::string_view>{}(sql); }
    };

    std::string m_url;
    PGconn* m_conn = nullptr;
    qint64 m_changes = 0;
    int m_nextStatement = 0;
    std::unordered_map<std::string, std::unique_ptr<Statement::Prepared>, SqlHash, std::equal_to<>>
        m_statements;
};

// A transaction that rolls back unless commit() was called (nor when the connection broke).
class Transaction {
public:
    // `begin`: "BEGIN", or e.g. "BEGIN ISOLATION LEVEL SERIALIZABLE".
    explicit Transaction(Connection& connection, const char* begin = "BEGIN");
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Connection& m_connection;
    bool m_done = false;
};

} // namespace comptoir::pg
