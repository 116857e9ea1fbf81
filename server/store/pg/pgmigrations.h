#pragma once
// PostgreSQL's own numbered schema migrations: the schema SQLite reaches at its latest version,
// plus the functions that let the store's SQLite SQL run unchanged (see PORTING.md).

#include "store/pg/pgconnection.h"

#include <span>
#include <string>

namespace comptoir::pg {

// The key of the advisory lock that serializes migrations across processes (the store's own
// write lock must use another).
inline constexpr qint64 kMigrationLockKey = 0x436f6d70'746f6972; // "Comptoir"

// The database was migrated by a newer program than this one.
class NewerSchemaError : public Error {
public:
    using Error::Error;
};

// The version recorded in the schema_version table; 0 for a database never migrated.
[[nodiscard]] int schemaVersion(Connection& connection);

// Brings the database to version steps.size(), one transaction per step (steps[i] leads from
// version i to i + 1), under an advisory lock so that servers starting together migrate once.
// Returns the version reached; throws NewerSchemaError (naming `owner`) for a newer database.
int migrate(Connection& connection, std::span<const char* const> steps, const std::string& owner);

} // namespace comptoir::pg

namespace comptoir::server {

[[nodiscard]] int latestPostgresSchemaVersion();
// The server's schema on PostgreSQL, brought to its latest version.
int migratePostgres(pg::Connection& connection);

} // namespace comptoir::server
