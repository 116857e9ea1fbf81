#include "comptoir/walcheckpointer.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCheckpoint, "comptoir.sqlite.checkpoint")

namespace comptoir::sqlite {

WalCheckpointer::WalCheckpointer(Connection& writer, std::string path, Durability durability,
                                 int thresholdPages)
    : m_writer(writer), m_path(std::move(path)), m_durability(durability), m_threshold(thresholdPages)
{
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

int WalCheckpointer::completed() const
{
    std::lock_guard lock(m_mutex);
    return m_completed;
}

int WalCheckpointer::onCommit(void* self, sqlite3*, const char*, int pagesInLog)
{
    auto* checkpointer = static_cast<WalCheckpointer*>(self);
    if (pagesInLog < checkpointer->m_threshold)
        return SQLITE_OK;
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
        m_wake.wait(lock, [this] { return m_requested || m_stopping; });
        if (m_stopping)
            return;
        m_requested = false;
        lock.unlock();
        try {
            if (!connection)
                connection = std::make_unique<Connection>(m_path, m_durability, 256);
            int logPages = 0, copiedPages = 0;
            const int rc = sqlite3_wal_checkpoint_v2(connection->handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE,
                                                     &logPages, &copiedPages);
            if (rc != SQLITE_OK && rc != SQLITE_BUSY)
                qCWarning(lcCheckpoint)
                    << "checkpoint of" << m_path.c_str() << "failed:" << sqlite3_errstr(rc);
            else
                qCDebug(lcCheckpoint) << "checkpoint copied" << copiedPages << "of" << logPages << "pages";
        } catch (const Error& e) {
            qCWarning(lcCheckpoint) << "checkpoint of" << m_path.c_str() << "failed:" << e.what();
        }
        lock.lock();
        ++m_completed;
    }
}

} // namespace comptoir::sqlite
