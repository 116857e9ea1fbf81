#pragma once
// Group commit: one writer thread runs every write transaction. Writes that arrive while it
// commits wait for it, then go in together: under load a commit (and its fsync) serves many
// requests instead of one.

#include <array>
#include <atomic>
#include <condition_variable>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include <QtGlobal>

namespace comptoir::server {

class GroupCommit {
public:
    struct Write {
        const std::function<void()>* work = nullptr;
        // Set by the batch runner when this write failed; it is then rethrown to its caller.
        std::exception_ptr error;
    };
    // Runs the works of one batch in one transaction, setting `error` on each that failed (its
    // own changes undone, the others' kept) or on all of them when the commit itself fails.
    using BatchRunner = std::function<void(const std::vector<Write*>& batch)>;

    explicit GroupCommit(BatchRunner runner);
    // Stops (see stop()).
    ~GroupCommit();
    GroupCommit(const GroupCommit&) = delete;
    GroupCommit& operator=(const GroupCommit&) = delete;

    // Returns once `work` is committed; rethrows what it (or the commit) threw. The work runs on
    // the writer thread while its caller waits: it must not rely on the caller's thread-locals.
    void submit(const std::function<void()>& work);
    // Commits what is queued, then ends the writer thread; submit() must not be called after.
    // Idempotent.
    void stop();

private:
    void run();

    BatchRunner m_runner;
    std::mutex m_mutex;
    std::condition_variable m_queued;
    std::vector<Write*> m_waiting;
    // The batch that m_waiting will be; batches are numbered from 1.
    quint32 m_nextBatch = 1;
    // The last batch committed, by parity: the writers of one batch wait on one word (a futex)
    // and are woken by one call, without the mutex, and without waking the next batch's writers.
    std::array<std::atomic<quint32>, 2> m_committed{};
    bool m_stopping = false;
    std::thread m_writer;
};

} // namespace comptoir::server
