#pragma once
// Pulls the change feed (GET /sync/changes) into the cache: a bootstrap from zero, or a delta
// from the cursor, page after page until the server has no more. Each page is applied in one
// transaction with its cursor, so an interruption at any point resumes where the data stops.
// While a page is applied the next one is already on its way. A 410 (cursor older than the
// server's tombstones) clears what the server published and bootstraps again.

#include "sync/cache/changeapplier.h"
#include "sync/net/endpoint.h"

#include <QNetworkReply>
#include <QObject>
#include <QPointer>

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
    [[nodiscard]] bool isRunning() const { return m_reply != nullptr; }
    void setPageSize(int limit) { m_pageSize = limit; }

signals:
    void pageApplied(const comptoir::sync::ApplyResult& result);
    // The pull caught up with the server (ok) or stopped on a failure, with the reason.
    void finished(bool ok, const QString& error);
    // The cache file is damaged (SQLite says so); the owner rebuilds it.
    void cacheDamaged(const QString& error);

private:
    void request(qint64 since);
    void onReply(QNetworkReply* reply);
    void fail(const QString& error);

    LocalCache& m_cache;
    ChangeApplier m_applier;
    QNetworkAccessManager& m_network;
    const Endpoint& m_endpoint;
    QPointer<QNetworkReply> m_reply;
    int m_pageSize = 5000;
    qint64 m_since = 0; // of the request in flight
};

} // namespace comptoir::sync
