#pragma once
// sql::Connection on SQLite: the store's statements run on a comptoir::sqlite::Connection, which
// keeps its durability settings.

#include "comptoir/sqlite.h"
#include "store/sql/wrappedconnection.h"

namespace comptoir::sql {

using SqliteConnection = WrappedConnection<sqlite::Connection, sqlite::Statement>;

} // namespace comptoir::sql
