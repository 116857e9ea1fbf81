#pragma once
// The store's connection to its database, whichever engine holds it: the server's SQL is written
// once (SQLite's dialect and `?` placeholders) and runs on SQLite for one store, or on PostgreSQL
// for several server processes (issue 17). The API is that of comptoir::sqlite's Connection and
// Statement, so the store code reads the same on both; each engine implements StatementBackend.

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <string_view>

namespace comptoir::sql {

// One prepared statement of an engine, reused by every Statement of the same SQL text.
class StatementBackend {
public:
    virtual ~StatementBackend() = default;
    virtual void bindNull(int index) = 0;
    virtual void bindInt64(int index, qint64 value) = 0;
    virtual void bindReal(int index, double value) = 0;
    // `copy` false: the text stays as it is until reset() (Statement::bindUnowned).
    virtual void bindText(int index, std::string_view text, bool copy) = 0;
    virtual void bindBlob(int index, const QByteArray& bytes) = 0;
    virtual bool step() = 0;
    // Ready for the next use: rows dropped, bindings cleared.
    virtual void reset() = 0;
    [[nodiscard]] virtual int parameterCount() const = 0;
    [[nodiscard]] virtual bool isNull(int column) const = 0;
    [[nodiscard]] virtual qint64 int64(int column) const = 0;
    [[nodiscard]] virtual double real(int column) const = 0;
    [[nodiscard]] virtual std::string_view textView(int column) const = 0;
    [[nodiscard]] virtual QByteArray blob(int column) const = 0;
};

// A use of a prepared statement: bind, step through the rows; reset when it goes out of scope.
class Statement {
public:
    explicit Statement(StatementBackend& backend) : m_backend(backend) {}
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement() { m_backend.reset(); }

    Statement& bind(int index, std::nullptr_t)
    {
        m_backend.bindNull(index);
        return *this;
    }
    Statement& bind(int index, qint64 value)
    {
        m_backend.bindInt64(index, value);
        return *this;
    }
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, double value)
    {
        m_backend.bindReal(index, value);
        return *this;
    }
    Statement& bind(int index, std::string_view text)
    {
        m_backend.bindText(index, text, true);
        return *this;
    }
    // Text read in place rather than copied: it must outlive this Statement.
    Statement& bindUnowned(int index, std::string_view text)
    {
        m_backend.bindText(index, text, false);
        return *this;
    }
    Statement& bind(int index, const QString& text);
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bindBlob(int index, const QByteArray& bytes)
    {
        m_backend.bindBlob(index, bytes);
        return *this;
    }
    Statement& bindOptional(int index, const QString& textOrEmptyForNull);

    // Advances to the next row; false when done.
    bool step() { return m_backend.step(); }
    // Runs a statement that returns no rows.
    void exec();

    [[nodiscard]] int parameterCount() const { return m_backend.parameterCount(); }
    [[nodiscard]] bool isNull(int column) const { return m_backend.isNull(column); }
    [[nodiscard]] qint64 int64(int column) const { return m_backend.int64(column); }
    [[nodiscard]] double real(int column) const { return m_backend.real(column); }
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] std::string_view textView(int column) const { return m_backend.textView(column); }
    [[nodiscard]] QByteArray blob(int column) const { return m_backend.blob(column); }

private:
    StatementBackend& m_backend;
};

class Connection {
public:
    virtual ~Connection() = default;
    // A cached prepared statement for this SQL text (a string literal or otherwise bounded set:
    // the cache never evicts).
    [[nodiscard]] Statement prepare(std::string_view sql) { return Statement(backendFor(sql)); }
    // Runs one or more statements without parameters.
    virtual void execScript(const char* sql) = 0;
    [[nodiscard]] virtual bool inTransaction() const = 0;
    // Rows changed by the last statement that wrote.
    [[nodiscard]] virtual qint64 changes() const = 0;

protected:
    [[nodiscard]] virtual StatementBackend& backendFor(std::string_view sql) = 0;
};

} // namespace comptoir::sql
