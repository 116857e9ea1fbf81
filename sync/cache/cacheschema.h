#pragma once
// The numbered migrations of the client's local cache. Never edit a landed step: add one.

#include <span>

namespace comptoir::sync {

// Step i leads from schema version i to i + 1 (PRAGMA user_version).
[[nodiscard]] std::span<const char* const> cacheMigrations();

// The secondary indexes the migrations create, as the latest one leaves them: a first bootstrap
// drops them and builds each once at the end (LocalCache::beginBulkLoad). A migration that adds
// or changes an index changes this list too (tst_changeapplier compares the schema a bulk load
// leaves with the migrations').
struct CacheIndex {
    const char* name;
    const char* definition; // CREATE INDEX IF NOT EXISTS …
};
[[nodiscard]] std::span<const CacheIndex> cacheSecondaryIndexes();

// Fills the (empty) search index from the products and variants tables.
[[nodiscard]] const char* fillSearchIndexSql();

} // namespace comptoir::sync
