#pragma once
// Reads products by rid on a thread of its own, with its own connection to the cache file: a
// ranked list (ProductListModel with a ProductRanking) reads its next page ahead while the
// shopper scrolls, so the GUI thread never waits on a page read in the frame that lays out a row
// of cards. SQLite's write-ahead log lets this reader run beside the sync's writes.

#include "app/data/catalogreader.h"

#include <QObject>
#include <QThread>

namespace comptoir::app {

class PageReader : public QObject {
    Q_OBJECT

public:
    // `cachePath`: the cache file, opened on the reader's thread at its first read.
    explicit PageReader(const QString& cachePath, QObject* parent = nullptr);
    ~PageReader() override;
    PageReader(const PageReader&) = delete;
    PageReader& operator=(const PageReader&) = delete;

    [[nodiscard]] const QString& cachePath() const { return m_cachePath; }
    // Reads `rids` (CatalogReader::productsByRid); pageRead(ticket, ...) follows on this object's
    // thread. `ok` is false when the read failed (logged): the caller reads them itself.
    void read(quint64 ticket, const QList<qint64>& rids, const QString& stockAt);

signals:
    void pageRead(quint64 ticket, const QList<comptoir::app::ProductRow>& rows, bool ok);

private:
    class Worker;
    QString m_cachePath;
    QThread m_thread;
    Worker* m_worker = nullptr; // lives on m_thread
};

} // namespace comptoir::app
