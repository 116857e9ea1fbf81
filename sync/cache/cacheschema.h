#pragma once
// The numbered migrations of the client's local cache. Never edit a landed step: add one.

#include <span>

namespace comptoir::sync {

// Step i leads from schema version i to i + 1 (PRAGMA user_version).
[[nodiscard]] std::span<const char* const> cacheMigrations();

} // namespace comptoir::sync
