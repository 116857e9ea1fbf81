#pragma once
// The outbox table's columns, read and written here only: by the outbox itself and by the salvage
// of a damaged cache (pendingwork.cpp), so a step that adds a column changes one file.

#include "sync/outbox/outbox.h"

#include <string>

namespace comptoir::sync {

// "SELECT <every column readEntry reads> FROM outbox <tail>". `withCredentials` false for a file
// older than the cache's step 7 (a damaged one being salvaged): those columns read as NULL.
[[nodiscard]] std::string selectEntries(const char* tail, bool withCredentials = true);
[[nodiscard]] OutboxEntry readEntry(sqlite::Statement& st);
// Whether `db`'s outbox has the credential columns (step 7).
[[nodiscard]] bool outboxHasCredentials(sqlite::Connection& db);

enum class OnDuplicateKey { Fail, Ignore };
// Writes `entry` as a pending entry (its id, state and answer are not copied); returns the new id
// (0 when ignored as a duplicate).
qint64 insertPending(sqlite::Connection& db, const OutboxEntry& entry, OnDuplicateKey onDuplicate);

} // namespace comptoir::sync
