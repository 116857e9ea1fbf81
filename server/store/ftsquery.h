#pragma once
// Turns what a person typed into a safe SQLite FTS5 query: every term quoted (so operators,
// quotes and SQL in the input are plain text), terms ANDed, the last one a prefix for
// search-as-you-type.

#include <QString>

namespace comptoir::server {

// Empty when the text holds nothing searchable.
[[nodiscard]] QString toFtsQuery(const QString& typed);

} // namespace comptoir::server
