#include "store/sql/sqliteconnection.h"

#include <cstddef>
#include <new>
#include <utility>

namespace comptoir::sql {

// One use at a time of one SQL text: the sqlite::Statement taken at prepare, dropped at reset.
// sqlite::Statement cannot move, so it is built in place from prepare()'s result.
class SqliteConnection::Backend final : public StatementBackend {
public:
    ~Backend() override { reset(); }
    void use(sqlite::Connection& connection, std::string_view sql)
    {
        reset();
        m_statement = ::new (static_cast<void*>(m_storage)) sqlite::Statement(connection.prepare(sql));
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
            std::exchange(m_statement, nullptr)->~Statement();
    }
    int parameterCount() const override { return m_statement->parameterCount(); }
    bool isNull(int column) const override { return m_statement->isNull(column); }
    qint64 int64(int column) const override { return m_statement->int64(column); }
    double real(int column) const override { return m_statement->real(column); }
    std::string_view textView(int column) const override { return m_statement->textView(column); }
    QByteArray blob(int column) const override { return m_statement->blob(column); }

private:
    alignas(sqlite::Statement) std::byte m_storage[sizeof(sqlite::Statement)];
    sqlite::Statement* m_statement = nullptr;
};

SqliteConnection::SqliteConnection(const std::string& path, sqlite::Durability durability, int cacheKiB)
    : m_connection(path, durability, cacheKiB)
{
}

// The statements' uses end before the connection closes.
SqliteConnection::~SqliteConnection() = default;

StatementBackend& SqliteConnection::backendFor(std::string_view sql)
{
    auto it = m_backends.find(sql);
    if (it == m_backends.end())
        it = m_backends.emplace(std::string(sql), std::make_unique<Backend>()).first;
    it->second->use(m_connection, sql);
    return *it->second;
}

} // namespace comptoir::sql
