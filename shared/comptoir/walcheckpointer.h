#pragma once
// Keeps a busy writer's write-ahead log short without making it wait for checkpoints.
//
// SQLite checkpoints inside the commit that crosses the threshold: that writer, and everyone
// queued behind it, waits while the whole log is copied into the database file. Here a thread
// of its own copies the bulk of the log (a PASSIVE checkpoint, which blocks nobody); the writer
// then copies only what was committed meanwhile, at its next commit past the threshold. Only
// the writer can finish a checkpoint while it keeps committing, and a log is restarted (and
// stops growing) only once it has been copied whole. Should the background thread fall behind
// or fail, the writer copies the log itself once it holds four times the threshold.

#include "comptoir/sqlite.h"

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>

namespace comptoir::sqlite {

class WalCheckpointer {
public:
    // Takes over `writer`'s WAL hook (its auto-checkpoint); the background copies go through a
    // connection of their own to `path`.
    WalCheckpointer(Connection& writer, std::string path, Durability durability, int thresholdPages = 1000);
    // Stops the thread; the writer gets SQLite's automatic checkpoints back, at the same
    // threshold.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;

    // Background copies completed so far (for tests and logs).
    [[nodiscard]] int backgroundCopies() const;

private:
    static int onCommit(void* self, sqlite3* db, const char* name, int pagesInLog);
    void run();

    Connection& m_writer;
    const std::string m_path;
    const Durability m_durability;
    const int m_threshold;
    // Set by the background thread when it has copied the log; the writer finishes the job.
    std::atomic<bool> m_bulkCopied{false};
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_requested = false;
    bool m_stopping = false;
    int m_copies = 0;
    std::thread m_thread;
};

} // namespace comptoir::sqlite
