#include "sync/pull/puller.h"

#include "sync/synclog.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace comptoir::sync {

namespace {
constexpr int kPageTimeoutMs = 30000;
}

Puller::Puller(LocalCache& cache, QNetworkAccessManager& network, const Endpoint& endpoint, QObject* parent)
    : QObject(parent), m_cache(cache), m_applier(cache), m_network(network), m_endpoint(endpoint)
{
}

Puller::~Puller()
{
    abort();
}

void Puller::pull()
{
    if (isRunning())
        return;
    request(m_cache.cursor());
}

void Puller::abort()
{
    if (QNetworkReply* reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void Puller::request(qint64 since)
{
    m_since = since;
    // QNetworkAccessManager asks for gzip and inflates the answer itself.
    QNetworkReply* reply = m_network.get(
        m_endpoint.request(u"/sync/changes?since=%1&limit=%2"_qs.arg(since).arg(m_pageSize), kPageTimeoutMs));
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReply(reply); });
}

void Puller::onReply(QNetworkReply* reply)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    const HttpAnswer answer = HttpAnswer::from(*reply);
    if (answer.status == 410) {
        qCInfo(lcSync) << "the cursor is older than the server's tombstones: bootstrapping again";
        sqlite::Transaction tx(m_cache.db());
        m_cache.clearServerData();
        tx.commit();
        request(0);
        return;
    }
    if (!answer.ok())
        return fail(answer.describe());

    QElapsedTimer parsing;
    parsing.start();
    QJsonParseError parseError{};
    const QJsonObject page = QJsonDocument::fromJson(answer.body, &parseError).object();
    const QJsonValue next = page.value(u"next"_qs);
    if (parseError.error != QJsonParseError::NoError || !page.value(u"changes"_qs).isArray() ||
        !next.isDouble() || !page.value(u"has_more"_qs).isBool())
        return fail(u"the change feed answered something that is not a page of changes"_qs);
    const bool more = page.value(u"has_more"_qs).toBool();
    qCDebug(lcSync) << "page of" << answer.body.size() << "bytes parsed in" << parsing.elapsed() << "ms";
    if (more && next.toInteger() <= m_since)
        return fail(u"the change feed says there is more but its cursor does not advance"_qs);
    // Ask for the next page first: the server prepares it while this one is written here.
    if (more)
        request(next.toInteger());
    try {
        QElapsedTimer applying;
        applying.start();
        const ApplyResult result = m_applier.applyPage(page.value(u"changes"_qs).toArray(), next.toInteger(),
                                                       ChangeApplier::Bootstrap::BulkLoad);
        qCDebug(lcSync) << "page to" << result.cursor << ":" << result.applied << "changes applied in"
                        << applying.elapsed() << "ms";
        if (!more)
            m_cache.finishBulkLoad(); // at the head: builds what a bootstrap put off (logs a failure)
        emit pageApplied(result);
    } catch (const sqlite::Error& e) {
        abort();
        if (e.isCorrupt()) {
            emit cacheDamaged(QString::fromUtf8(e.what()));
            return;
        }
        return fail(u"could not apply a page of changes: "_qs + QString::fromUtf8(e.what()));
    } catch (const std::exception& e) {
        abort();
        return fail(u"could not apply a page of changes: "_qs + QString::fromUtf8(e.what()));
    }
    if (!more)
        emit finished(true, {});
}

void Puller::fail(const QString& error)
{
    qCWarning(lcSync) << "pull failed:" << error;
    emit finished(false, error);
}

} // namespace comptoir::sync
