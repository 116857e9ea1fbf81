#pragma once
// Pulls the change feed (GET /sync/changes) into the cache: a bootstrap from zero, or a delta
// from the cursor, page after page until the server has no more. Each page is applied in one
// transaction with its cursor, so an interruption at any point resumes where the data stops.
// A 410 (cursor older than the server's tombstones) clears what the server published and
// bootstraps again.
//
// Three things overlap, as a bootstrap is 120 pages of 1.4 MB at 100,000 products: the server
// prepares the next page (asked for as soon as this one has arrived: its cursor ends it), a
// thread of the puller's own reads this one (JSON into rows, most of a page's work), and this
// thread writes the one before. At most kPagesAhead pages wait to be written.

#include "sync/cache/changeapplier.h"
#include "sync/net/endpoint.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

class QNetworkAccessManager;

namespace comptoir::sync {

class Puller : public QObject {
    Q_OBJECT
public:
    Puller(LocalCache& cache, QNetworkAccessManager& network, const Endpoint& endpoint,
           QObject* parent = nullptr);
    ~Puller() override;

    // Starts pulling unless a pull is already running (then it is a no-op).
    void pull();
    void abort();
    [[nodiscard]] bool isRunning() const { return m_reply != nullptr || m_pagesAhead > 0; }
    void setPageSize(int limit) { m_pageSize = limit; }

signals:
    void pageApplied(const comptoir::sync::ApplyResult& result);
    // The pull caught up with the server (ok) or stopped on a failure, with the reason.
    void finished(bool ok, const QString& error);
    // The cache file is damaged (SQLite says so); the owner rebuilds it.
    void cacheDamaged(const QString& error);

private:
    struct Read; // a page as the reading thread left it
    static constexpr int kPagesAhead = 3;

    void request(qint64 since);
    void onReply(QNetworkReply* reply);
    void onRead(quint64 generation, const Read& read);
    void fail(const QString& error);

    LocalCache& m_cache;
    ChangeApplier m_applier;
    QNetworkAccessManager& m_network;
    const Endpoint& m_endpoint;
    QPointer<QNetworkReply> m_reply;
    int m_pageSize = 5000;
    qint64 m_requested = -1;  // the cursor of the last page asked for
    int m_pagesAhead = 0;     // arrived, not yet written
    quint64 m_generation = 0; // bumped by abort: what the reader still sends back is dropped
    QThreadPool m_reader;     // one thread: reads pages in the order they arrived
};

} // namespace comptoir::sync
