#pragma once
// Numbered schema migrations of the SQLite store, applied in order at start.

#include "comptoir/sqlite.h"

namespace comptoir::server {

// Brings the database to the latest schema version, one transaction per migration.
// Returns the version reached. Throws when the file is newer than this server knows.
int migrateSqlite(sqlite::Connection& connection);
[[nodiscard]] int latestSqliteSchemaVersion();

} // namespace comptoir::server
