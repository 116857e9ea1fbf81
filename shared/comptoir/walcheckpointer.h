#pragma once
// Copies a database's write-ahead log back into the database file on a thread and connection of
// its own. SQLite otherwise checkpoints inside the commit that crosses the threshold: that writer
// (and everyone queued behind it) waits for the copy and, at synchronous=FULL, its fsync.

#include "comptoir/sqlite.h"

#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

namespace comptoir::sqlite {

class WalCheckpointer {
public:
    // Takes over `writer`'s WAL hook (its auto-checkpoint). Every commit on `writer` that leaves
    // at least `thresholdPages` in the log wakes the checkpointer, which opens its own connection
    // to `path`. A PASSIVE checkpoint never blocks the writer or the readers.
    WalCheckpointer(Connection& writer, std::string path, Durability durability, int thresholdPages = 1000);
    // Stops the thread; the writer gets its automatic checkpoints back.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;

    // Checkpoints run so far (for tests and logs).
    [[nodiscard]] int completed() const;

private:
    static int onCommit(void* self, sqlite3* db, const char* name, int pagesInLog);
    void run();

    Connection& m_writer;
    const std::string m_path;
    const Durability m_durability;
    const int m_threshold;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_requested = false;
    bool m_stopping = false;
    int m_completed = 0;
    std::thread m_thread;
};

} // namespace comptoir::sqlite
