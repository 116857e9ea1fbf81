#pragma once
// sql::Connection on SQLite: the store's statements run on a comptoir::sqlite::Connection, which
// keeps its own cache of prepared statements and its durability settings.

#include "comptoir/sqlite.h"
#include "store/sql/sqlconnection.h"

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

namespace comptoir::sql {

class SqliteConnection final : public Connection {
public:
    SqliteConnection(const std::string& path, sqlite::Durability durability, int cacheKiB = 2000);
    ~SqliteConnection() override;

    void execScript(const char* sql) override { m_connection.execScript(sql); }
    [[nodiscard]] bool inTransaction() const override { return m_connection.inTransaction(); }
    [[nodiscard]] qint64 changes() const override { return m_connection.changes(); }
    // What only SQLite has: the checkpointer, user functions, PRAGMA user_version.
    [[nodiscard]] sqlite::Connection& sqlite() { return m_connection; }

protected:
    StatementBackend& backendFor(std::string_view sql) override;

private:
    class Backend;
    struct SqlHash {
        using is_transparent = void;
        size_t operator()(std::string_view sql) const { return std::hash<std::string_view>{}(sql); }
    };
    sqlite::Connection m_connection;
    std::unordered_map<std::string, std::unique_ptr<Backend>, SqlHash, std::equal_to<>> m_backends;
};

} // namespace comptoir::sql
