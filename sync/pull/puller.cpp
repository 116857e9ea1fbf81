#include "sync/pull/puller.h"

#include "sync/synclog.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <memory>
#include <optional>

namespace comptoir::sync {

namespace {

constexpr int kPageTimeoutMs = 30000;

// The server ends a page that has a successor with its cursor: `...],"next":N,"has_more":true}`.
// Read there, the next page can be asked for before this one is parsed; the parse then checks
// the page said the same. Anything else (another server's key order) waits for the parse.
std::optional<qint64> announcedNext(const QByteArray& body)
{
    const QByteArray tail = body.right(64);
    const qsizetype more = tail.lastIndexOf("\"has_more\":true");
    const qsizetype key = tail.lastIndexOf("\"next\":");
    if (more < 0 || key < 0 || key > more)
        return std::nullopt;
    if (more - key - 7 < 2) // at least one digit and the comma
        return std::nullopt;
    bool ok = false;
    const qint64 next = tail.mid(key + 7, more - key - 7).chopped(1).toLongLong(&ok);
    return ok ? std::optional(next) : std::nullopt;
}

} // namespace

struct Puller::Read {
    qint64 since = 0;
    std::optional<qint64> announced; // the cursor read at the end of the page, already asked for
    QString error;                   // empty when the page could be read
    bool more = false;
    DecodedPage page;
};

Puller::Puller(LocalCache& cache, QNetworkAccessManager& network, const Endpoint& endpoint, QObject* parent)
    : QObject(parent), m_cache(cache), m_applier(cache), m_network(network), m_endpoint(endpoint)
{
    m_reader.setMaxThreadCount(1);
    m_reader.setObjectName(u"sync-page-reader"_qs);
}

Puller::~Puller()
{
    abort();
    m_reader.clear();
    m_reader.waitForDone(); // what it still posts here is dropped with this object
}

void Puller::pull()
{
    if (isRunning())
        return;
    request(m_cache.cursor());
}

void Puller::abort()
{
    ++m_generation;
    m_pagesAhead = 0;
    m_requested = -1;
    if (QNetworkReply* reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void Puller::request(qint64 since)
{
    m_requested = since;
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
        abort(); // pages read ahead belong to the history being dropped
        sqlite::Transaction tx(m_cache.db());
        m_cache.clearServerData();
        tx.commit();
        request(0);
        return;
    }
    if (!answer.ok()) {
        abort();
        return fail(answer.describe());
    }

    const qint64 since = m_requested;
    ++m_pagesAhead;
    std::optional<qint64> announced = announcedNext(answer.body);
    if (announced && *announced > since && m_pagesAhead < kPagesAhead)
        request(*announced);
    else
        announced.reset();

    const quint64 generation = m_generation;
    m_reader.start([this, generation, since, announced, body = answer.body] {
        auto read = std::make_shared<Read>();
        read->since = since;
        read->announced = announced;
        QElapsedTimer timer;
        timer.start();
        try {
            FeedPage feed = decodeFeedPage(body);
            read->more = feed.hasMore;
            read->page = std::move(feed.page);
        } catch (const NotAPage& e) {
            qCDebug(lcSync) << "not a page of changes:" << e.what();
            read->error = u"the change feed answered something that is not a page of changes"_qs;
        } catch (const ProtocolError& e) {
            read->error = u"could not apply a page of changes: "_qs + QString::fromUtf8(e.what());
        } catch (const std::exception& e) { // out of memory: the pull fails, the app goes on
            read->error = u"could not read a page of changes: "_qs + QString::fromUtf8(e.what());
        }
        qCDebug(lcSync) << "page of" << body.size() << "bytes read in" << timer.elapsed() << "ms";
        QMetaObject::invokeMethod(
            this,
            [this, generation, read]() mutable {
                const QPointer<Puller> alive(this); // a listener of what onRead emits may delete it
                onRead(generation, *read);
                // Freed where it was made: 600,000 rows of a bootstrap are ~0.2 s of frees.
                if (alive)
                    m_reader.start([done = std::move(read)] {});
            },
            Qt::QueuedConnection);
    });
}

void Puller::onRead(quint64 generation, const Read& read)
{
    if (generation != m_generation)
        return; // aborted since
    --m_pagesAhead;
    if (!read.error.isEmpty()) {
        abort();
        return fail(read.error);
    }
    const qint64 next = read.page.next;
    if (read.more && next <= read.since) {
        abort();
        return fail(u"the change feed says there is more but its cursor does not advance"_qs);
    }
    if (read.announced && (!read.more || *read.announced != next)) {
        abort(); // the page's end said one thing and its whole another
        return fail(u"the change feed's page announced another cursor than it holds"_qs);
    }
    if (read.more && !read.announced)
        request(next); // not asked for yet (pages enough ahead, or no cursor at the end)
    try {
        QElapsedTimer applying;
        applying.start();
        const ApplyResult result = m_applier.applyPage(read.page, ChangeApplier::Bootstrap::BulkLoad);
        qCDebug(lcSync) << "page to" << result.cursor << ":" << result.applied << "changes applied in"
                        << applying.elapsed() << "ms";
        if (!read.more)
            m_cache.finishBulkLoad(); // at the head: builds what a bootstrap put off (logs a failure)
        const QPointer<Puller> alive(this);
        emit pageApplied(result);
        if (!alive)
            return; // a listener deleted the puller
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
    if (!read.more)
        emit finished(true, {});
}

void Puller::fail(const QString& error)
{
    qCWarning(lcSync) << "pull failed:" << error;
    emit finished(false, error);
}

} // namespace comptoir::sync
