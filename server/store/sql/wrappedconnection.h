#pragma once
// sql::Connection over an engine's own connection and statement classes that have
// sqlite::Connection's and sqlite::Statement's API (comptoir::sqlite, comptoir::pg).

#include "store/sql/sqlconnection.h"

#include <cstddef>
#include <functional>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace comptoir::sql {

// One use at a time of one SQL text. The engine's statements cannot move, so each use is built
// in place from prepare()'s result.
template <class EngineStatement> class WrappedStatement final : public StatementBackend {
public:
    WrappedStatement() = default;
    WrappedStatement(const WrappedStatement&) = delete;
    WrappedStatement& operator=(const WrappedStatement&) = delete;
    ~WrappedStatement() override { reset(); }

    // Starts a use with the statement `prepare` returns (a function returning EngineStatement).
    template <class Prepare> void use(Prepare&& prepare)
    {
        reset();
        m_statement = ::new (static_cast<void*>(m_storage)) EngineStatement(prepare());
    }

    void bindNull(int index) override { m_statement->bind(index, nullptr); }
    void bindInt64(int index, qint64 value) override { m_statement->bind(index, value); }
    void bindReal(int index, double value) override { m_statement->bind(index, value); }
    void bindText(int index, std::string_view text, bool copy) override
    {
        if (copy)
            m_statement->bind(index, text);
        else
            m_statement->bindUnowned(index, text);
    }
    void bindBlob(int index, const QByteArray& bytes) override { m_statement->bindBlob(index, bytes); }
    bool step() override { return m_statement->step(); }
    void reset() override
    {
        if (m_statement)
            std::exchange(m_statement, nullptr)->~EngineStatement();
    }
    int parameterCount() const override { return m_statement->parameterCount(); }
    bool isNull(int column) const override { return m_statement->isNull(column); }
    qint64 int64(int column) const override { return m_statement->int64(column); }
    double real(int column) const override { return m_statement->real(column); }
    std::string_view textView(int column) const override { return m_statement->textView(column); }
    QByteArray blob(int column) const override { return m_statement->blob(column); }

private:
    alignas(EngineStatement) std::byte m_storage[sizeof(EngineStatement)];
    EngineStatement* m_statement = nullptr;
};

template <class EngineConnection, class EngineStatement> class WrappedConnection final : public Connection {
public:
    template <class... Args>
    explicit WrappedConnection(Args&&... args) : m_connection(std::forward<Args>(args)...)
    {
    }
    // The statements' uses end before the connection closes.
    ~WrappedConnection() override { m_backends.clear(); }

    void execScript(const char* sql) override { m_connection.execScript(sql); }
    [[nodiscard]] bool inTransaction() const override { return m_connection.inTransaction(); }
    [[nodiscard]] qint64 changes() const override { return m_connection.changes(); }
    // What only this engine has (SQLite's checkpointer and functions, PostgreSQL's LISTEN).
    [[nodiscard]] EngineConnection& engine() { return m_connection; }

protected:
    StatementBackend& backendFor(std::string_view sql) override
    {
        auto it = m_backends.find(sql);
        if (it == m_backends.end())
            it = m_backends.emplace(std::string(sql), std::make_unique<WrappedStatement<EngineStatement>>())
                     .first;
        it->second->use([&] { return m_connection.prepare(sql); });
        return *it->second;
    }

private:
    struct SqlHash {
        using is_transparent = void;
        size_t operator()(std::string_view sql) const { return std::hash<std::string_view>{}(sql); }
    };
    EngineConnection m_connection;
    std::unordered_map<std::string, std::unique_ptr<WrappedStatement<EngineStatement>>, SqlHash,
                       std::equal_to<>>
        m_backends;
};

} // namespace comptoir::sql
