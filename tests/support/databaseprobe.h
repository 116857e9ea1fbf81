#pragma once
// A test's look into its server's database, whichever the backend (issue 17): the SQLite file of
// the data folder, or the PostgreSQL database TestServer gave the server. The SQL is written once
// in SQLite's dialect with `?` placeholders; on PostgreSQL it runs through pg::Connection's
// porting and the SQLite functions of the PostgreSQL schema (server/store/pg/PORTING.md). SQL that
// only SQLite knows (strftime('%s', 'now')) is written portably: bind the value from C++.

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>
#include <variant>
#include <vector>

namespace comptoir::test {

class TestServer;

class DatabaseProbe {
public:
    // A value bound to a `?`, in order.
    using Value = std::variant<std::nullptr_t, qint64, QString, QByteArray>;
    using Values = std::vector<Value>;

    // Opens the database of `server` (which may be stopped: SQLite's file or PostgreSQL's
    // database outlive the process). Check isOpen().
    explicit DatabaseProbe(const TestServer& server);
    ~DatabaseProbe();
    DatabaseProbe(const DatabaseProbe&) = delete;
    DatabaseProbe& operator=(const DatabaseProbe&) = delete;

    [[nodiscard]] bool isPostgres() const { return m_postgres; }
    [[nodiscard]] bool isOpen() const;
    // Why the last open or statement failed.
    [[nodiscard]] const QString& lastError() const { return m_error; }

    // The first column of the first row, read as a number, text (UTF-8) or blob; nothing when
    // the statement failed (lastError()) or gave no row.
    enum class Read { Number, Text, Blob };
    struct Cell {
        bool null = true;
        qint64 number = 0;
        QByteArray bytes;
    };
    [[nodiscard]] std::optional<Cell> cell(const QString& sql, const Values& values, Read read);

    // The same, as one type; nothing also when the value is NULL.
    [[nodiscard]] std::optional<qint64> number(const QString& sql, const Values& values = {});
    [[nodiscard]] std::optional<QString> text(const QString& sql, const Values& values = {});
    [[nodiscard]] std::optional<QByteArray> blob(const QString& sql, const Values& values = {});
    // Runs a statement that writes; the rows it changed, or nothing when it failed.
    std::optional<qint64> exec(const QString& sql, const Values& values = {});

    // PostgreSQL only: the whole database as pg_dump writes it (schema and rows), to look for
    // what must never be stored; empty on failure (lastError()) or on SQLite.
    [[nodiscard]] QByteArray dump();

    class Engine; // one per backend, in databaseprobe.cpp

private:
    bool m_postgres = false;
    QString m_url;
    std::unique_ptr<Engine> m_engine;
    QString m_error;
};

} // namespace comptoir::test
