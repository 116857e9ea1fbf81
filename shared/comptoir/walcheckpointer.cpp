#include "comptoir/walcheckpointer.h"

#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcCheckpoint, "comptoir.sqlite.checkpoint", QtInfoMsg)

namespace comptoir::sqlite {

namespace {

// True when the log was copied as far as the readers allow.
bool checkpoint(sqlite3* db, const char* name, const std::string& path, const char* who)
{
    int logPages = 0, copiedPages = 0;
    const int rc = sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, &logPages, &copiedPages);
    if (rc != SQLITE_OK) {
        if (rc != SQLITE_BUSY) // BUSY: another checkpoint is running, which is as good
            qCWarning(lcCheckpoint) << who << "checkpoint of" << path.c_str()
                                    << "failed:" << sqlite3_errstr(rc);
        return false;
    }
    qCDebug(lcCheckpoint) << who << "checkpoint:" << copiedPages << "of the log's" << logPages
                          << "pages are in the database";
    return true;
}

} // namespace

WalCheckpointer::WalCheckpointer(Connection& writer, std::string path, Durability durability,
                                 int thresholdPages)
    : m_writer(writer), m_path(std::move(path)), m_durability(durability), m_threshold(thresholdPages)
{
    // A log that grew while readers held it back is cut back once restarted: to the threshold's
    // size, 64 MB at most.
    const std::string limit = std::to_string(std::min<qint64>(qint64(thresholdPages) * 4096, 64 << 20));
    m_writer.execScript(("PRAGMA journal_size_limit=" + limit + ";").c_str());
    m_thread = std::thread([this] { run(); });
    sqlite3_wal_hook(m_writer.handle(), &WalCheckpointer::onCommit, this);
}

WalCheckpointer::~WalCheckpointer()
{
    sqlite3_wal_autocheckpoint(m_writer.handle(), m_threshold);
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_one();
    m_thread.join();
}

int WalCheckpointer::backgroundCopies() const
{
    std::lock_guard lock(m_mutex);
    return m_copies;
}

int WalCheckpointer::onCommit(void* self, sqlite3* db, const char* name, int pagesInLog)
{
    auto* checkpointer = static_cast<WalCheckpointer*>(self);
    if (pagesInLog < checkpointer->m_threshold) {
        // The log restarted since a background copy (it had caught up): that copy is history.
        if (checkpointer->m_bulkCopied.load(std::memory_order_relaxed))
            checkpointer->m_bulkCopied = false;
        return SQLITE_OK;
    }
    // Only the pages committed since the background copy are left: the writer's share. And
    // should the background thread not keep up (or fail), the writer bounds the log itself.
    if (checkpointer->m_bulkCopied.exchange(false) || pagesInLog >= 4 * checkpointer->m_threshold) {
        checkpoint(db, name, checkpointer->m_path, "writer");
        return SQLITE_OK;
    }
    {
        std::lock_guard lock(checkpointer->m_mutex);
        checkpointer->m_requested = true;
    }
    checkpointer->m_wake.notify_one();
    return SQLITE_OK;
}

void WalCheckpointer::run()
{
    std::unique_ptr<Connection> connection;
    std::unique_lock lock(m_mutex);
    for (;;) {
        // One copy at a time, and none until the writer has finished the last one: a copy of
        // ours running then would make the writer's checkpoint give up (SQLITE_BUSY).
        m_wake.wait(lock, [this] { return (m_requested && !m_bulkCopied) || m_stopping; });
        if (m_stopping)
            return;
        m_requested = false;
        lock.unlock();
        try {
            if (!connection)
                connection = std::make_unique<Connection>(m_path, m_durability, 256);
            if (checkpoint(connection->handle(), nullptr, m_path, "background")) {
                m_bulkCopied = true;
                const std::lock_guard counting(m_mutex);
                ++m_copies;
            }
        } catch (const Error& e) {
            qCWarning(lcCheckpoint) << "cannot open" << m_path.c_str() << "to checkpoint:" << e.what();
        }
        lock.lock();
    }
}

} // namespace comptoir::sqlite
