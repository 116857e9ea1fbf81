#pragma once
// Turns what a person typed into a safe SQLite FTS5 query: every term quoted (so operators,
// quotes and SQL in the input are plain text), terms ANDed, the last one a prefix for
// search-as-you-type.

#include <QString>

namespace comptoir::server {

// Empty when the text holds nothing searchable.
[[nodiscard]] QString toFtsQuery(const QString& typed);

// The same terms for PostgreSQL: each quoted as a tsquery operand ('term', the last 'term':*),
// separated by spaces, for comptoir_search_query() to parse with each of the index's
// configurations (letters and digits only, so nothing in them is tsquery syntax).
[[nodiscard]] QString toTsQueryTerms(const QString& typed);

} // namespace comptoir::server
