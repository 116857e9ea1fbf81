#pragma once
// Checks shared by the sync suites: the client's cache against what the server says through
// its public HTTP API (every product, stock level and visible order), and waiting on a client.

#include "sync/syncclient.h"
#include "testserver.h"

#include <QString>
#include <functional>

namespace comptoir::test {

// Every item of a paginated list (`limit=200`, following `next_cursor`); empty on a failure.
[[nodiscard]] QList<QJsonObject> allItems(TestServer& server, const std::string& path,
                                          const std::string& token);

// Empty when the cache holds exactly what the server serves to `token`; else what differs.
[[nodiscard]] QString differencesWithServer(sync::LocalCache& cache, TestServer& server,
                                            const std::string& token);

// Waits (running the event loop) until `done` or the timeout; true when done.
[[nodiscard]] bool waitFor(const std::function<bool()>& done, int timeoutMs = 20000);

// A client of the sync library against `server` with its cache in `cachePath`.
[[nodiscard]] sync::SyncClient::Settings clientSettings(const TestServer& server, const std::string& token,
                                                        const QString& cachePath);

// Order ids in the cache, by origin ('server' or 'local').
[[nodiscard]] QSet<QString> cachedOrderIds(sync::LocalCache& cache, const QString& origin = u"server"_qs);

} // namespace comptoir::test
