#include "store/groupcommit.h"
#include <pthread.h>

namespace comptoir::server {

GroupCommit::GroupCommit(BatchRunner runner) : m_runner(std::move(runner))
{
    m_writer = std::thread([this] {
        pthread_setname_np(pthread_self(), "store-writer"); // for top -H and profilers
        run();
    });
}

GroupCommit::~GroupCommit()
{
    stop();
}

void GroupCommit::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_queued.notify_one();
    if (m_writer.joinable())
        m_writer.join();
}

void GroupCommit::submit(const std::function<void()>& work)
{
    Write mine;
    mine.work = &work;
    quint32 batch = 0;
    bool first = false;
    {
        std::lock_guard lock(m_mutex);
        m_waiting.push_back(&mine);
        batch = m_nextBatch;
        first = m_waiting.size() == 1;
    }
    if (first)
        m_queued.notify_one();
    std::atomic<quint32>& committed = m_committed[batch % 2];
    // Done once the slot holds this batch or a later one of the same parity (numbers wrap).
    for (quint32 seen = committed.load(std::memory_order_acquire); qint32(seen - batch) < 0;
         seen = committed.load(std::memory_order_acquire))
        committed.wait(seen, std::memory_order_acquire);
    if (mine.error)
        std::rethrow_exception(mine.error);
}

void GroupCommit::run()
{
    std::vector<Write*> writes;
    for (;;) {
        quint32 batch = 0;
        {
            std::unique_lock lock(m_mutex);
            m_queued.wait(lock, [this] { return m_stopping || !m_waiting.empty(); });
            if (m_waiting.empty())
                return; // stopping, and nobody is waiting
            writes.clear();
            writes.swap(m_waiting);
            batch = m_nextBatch++;
        }
        try {
            m_runner(writes);
        } catch (...) {
            for (Write* w : writes)
                if (!w->error)
                    w->error = std::current_exception();
        }
        // After this store the writers may return: their Write objects are not touched again.
        m_committed[batch % 2].store(batch, std::memory_order_release);
        m_committed[batch % 2].notify_all();
    }
}

} // namespace comptoir::server
