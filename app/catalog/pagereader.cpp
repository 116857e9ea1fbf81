#include "app/catalog/pagereader.h"

#include "app/core/applog.h"

#include <memory>

namespace comptoir::app {

// On the reader's thread: its connection and reads, never touched from another thread.
class PageReader::Worker : public QObject {
public:
    explicit Worker(QString path) : m_path(std::move(path)) {}

    void read(PageReader* owner, quint64 ticket, const QList<qint64>& rids, const QString& stockAt)
    {
        QList<ProductRow> rows;
        bool ok = true;
        try {
            if (!m_db) {
                // A small page cache: it reads a page of 48 products at a time.
                m_db = std::make_unique<sqlite::Connection>(m_path.toStdString(), sqlite::Durability::Normal,
                                                            1000);
                m_catalog = std::make_unique<CatalogReader>(*m_db);
            }
            rows = m_catalog->productsByRid(rids, stockAt);
        } catch (const sqlite::Error& e) {
            qCWarning(lcApp) << "page read ahead:" << e.what();
            ok = false;
        }
        // Delivered on the owner's thread; the owner waits for this thread before it goes.
        QMetaObject::invokeMethod(
            owner, [owner, ticket, rows, ok] { emit owner->pageRead(ticket, rows, ok); },
            Qt::QueuedConnection);
    }

private:
    QString m_path;
    std::unique_ptr<sqlite::Connection> m_db;
    std::unique_ptr<CatalogReader> m_catalog; // declared after m_db: destroyed before it
};

PageReader::PageReader(const QString& cachePath, QObject* parent)
    : QObject(parent), m_cachePath(cachePath), m_worker(new Worker(cachePath))
{
    m_thread.setObjectName(u"comptoir-page-reader"_qs);
    m_worker->moveToThread(&m_thread);
    // The worker (and its connection) is deleted on its own thread once the thread's loop ends.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

PageReader::~PageReader()
{
    m_thread.quit();
    m_thread.wait();
}

void PageReader::read(quint64 ticket, const QList<qint64>& rids, const QString& stockAt)
{
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [this, worker, ticket, rids, stockAt] { worker->read(this, ticket, rids, stockAt); },
        Qt::QueuedConnection);
}

} // namespace comptoir::app
