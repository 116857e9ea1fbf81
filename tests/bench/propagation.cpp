// comptoir-bench-propagation: how long a committed stock change takes to reach the caches of
// many connected clients of the sync library (the live channel, applied to each client's SQLite
// cache). The driver spreads the clients over child processes of itself, waits until every
// client is live, then makes stock adjustments one after another through the HTTP API; each
// client notes when a change is in its cache. Times are CLOCK_MONOTONIC, shared by processes.
//
//   comptoir-bench-propagation --server URL [--adjust-server URL] --token STAFF_TOKEN --sku SKU --location ID
//                              [--clients 100] [--processes 2] [--changes 100] [--interval-ms 50]
//                              [--settle-ms 0] [--cache-dir DIR]
//
// Clients start from an empty cache whose cursor is the feed's head: the measure is the delta,
// not a bootstrap. Prints p50, p95, p99 and max in milliseconds from the adjustment being sent
// to the change being committed in a client's cache, over every (change, client) pair.

#include "sync/syncclient.h"

#include <httplib.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>

using namespace comptoir;
using namespace comptoir::sync;

namespace {

qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

struct Target {
    QUrl server;
    QString sku;
    QString location;
};

qint64 headCursor(httplib::Client& http)
{
    qint64 since = 0;
    for (;;) {
        const auto r = http.Get("/api/v1/sync/changes?limit=5000&since=" + std::to_string(since));
        if (!r || r->status != 200)
            return -1;
        const QJsonObject page = QJsonDocument::fromJson(QByteArray::fromStdString(r->body)).object();
        since = page.value(u"next"_qs).toInteger();
        if (!page.value(u"has_more"_qs).toBool())
            return since;
    }
}

qint64 onHand(LocalCache& cache, const Target& t)
{
    auto st = cache.db().prepare("SELECT on_hand FROM stock WHERE sku = ? AND location_id = ?");
    st.bind(1, t.sku).bind(2, t.location);
    return st.step() ? st.int64(0) : -1;
}

// A child: `count` clients, live from `since`; prints "ready", then "got <on_hand> <ns>" lines
// until `last` is in every cache (or a minute passes).
int runClients(const Target& target, int count, qint64 since, qint64 last, const QString& dir)
{
    std::vector<std::unique_ptr<SyncClient>> clients;
    std::vector<QString> lines;
    lines.reserve(size_t(count) * 1000);
    int done = 0;
    for (int i = 0; i < count; ++i) {
        SyncClient::Settings s;
        s.serverUrl = target.server;
        s.cachePath = dir + u"/client-%1-%2.db"_qs.arg(QCoreApplication::applicationPid()).arg(i);
        for (const char* suffix : {"", "-wal", "-shm"})
            QFile::remove(s.cachePath + QLatin1String(suffix));
        {
            LocalCache seed(s.cachePath);
            seed.setCursor(since);
        }
        auto client = std::make_unique<SyncClient>(s);
        SyncClient* c = client.get();
        QObject::connect(c, &SyncClient::dataChanged, [&, c](const QStringList& entities) {
            if (!entities.contains(u"stock"_qs))
                return;
            const qint64 now = monotonicNs();
            const qint64 value = onHand(c->cache(), target);
            lines.push_back(u"got %1 %2"_qs.arg(value).arg(now));
            if (value == last && ++done == count)
                QCoreApplication::quit();
        });
        clients.push_back(std::move(client));
    }
    // Start only once all exist, so no client is slowed by the creation of the others.
    for (auto& c : clients)
        c->start();
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (std::all_of(clients.begin(), clients.end(), [](const auto& c) { return c->isLive(); })) {
            poll.stop();
            std::puts("ready");
            std::fflush(stdout);
        }
    });
    poll.start(100);
    QTimer::singleShot(600000, &QCoreApplication::quit);
    QCoreApplication::exec();
    for (const QString& line : lines)
        std::puts(qPrintable(line));
    std::puts("end");
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    // A child holds hundreds of clients' sockets in one event loop, where a device holds one:
    // GLib's loop walks a list of every watched socket each time one is enabled or disabled,
    // which a device never pays. Qt's own poll() loop keeps that cost out of the measure.
    qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{u"server"_qs, u"server URL"_qs, u"url"_qs},
         {u"adjust-server"_qs, u"another server of the same database to make the adjustments through"_qs,
          u"url"_qs},
         {u"token"_qs, u"a staff or manager token for the adjustments"_qs, u"token"_qs},
         {u"sku"_qs, u"SKU to adjust"_qs, u"sku"_qs},
         {u"location"_qs, u"location of the adjustments"_qs, u"id"_qs},
         {u"clients"_qs, u"live clients"_qs, u"n"_qs, u"100"_qs},
         {u"processes"_qs, u"processes the clients are spread over"_qs, u"n"_qs, u"2"_qs},
         {u"changes"_qs, u"stock adjustments"_qs, u"n"_qs, u"100"_qs},
         {u"interval-ms"_qs, u"pause between adjustments"_qs, u"ms"_qs, u"50"_qs},
         {u"settle-ms"_qs, u"pause once every client is live, before the first adjustment"_qs, u"ms"_qs,
          u"0"_qs},
         {u"cache-dir"_qs, u"where client caches go"_qs, u"dir"_qs, u"/dev/shm/comptoir-propagation"_qs},
         {u"child"_qs, u"(internal) run clients"_qs},
         {u"since"_qs, u"(internal)"_qs, u"seq"_qs},
         {u"last"_qs, u"(internal)"_qs, u"n"_qs}});
    parser.process(app);
    const Target target{QUrl(parser.value(u"server"_qs)), parser.value(u"sku"_qs),
                        parser.value(u"location"_qs)};
    const QString dir = parser.value(u"cache-dir"_qs);
    QDir().mkpath(dir);
    if (parser.isSet(u"child"_qs))
        return runClients(target, parser.value(u"clients"_qs).toInt(), parser.value(u"since"_qs).toLongLong(),
                          parser.value(u"last"_qs).toLongLong(), dir);

    const int clients = parser.value(u"clients"_qs).toInt();
    const int processes = std::max(1, parser.value(u"processes"_qs).toInt());
    const int changes = parser.value(u"changes"_qs).toInt();
    const int interval = parser.value(u"interval-ms"_qs).toInt();
    // The adjustments go to --adjust-server when given: what several servers on one database cost.
    const QUrl adjustTo =
        parser.isSet(u"adjust-server"_qs) ? QUrl(parser.value(u"adjust-server"_qs)) : target.server;
    httplib::Client http(adjustTo.host().toStdString(), adjustTo.port());
    const std::string auth = "Bearer " + parser.value(u"token"_qs).toStdString();
    const auto levels = http.Get("/api/v1/inventory?sku=" + target.sku.toStdString() +
                                 "&location_id=" + target.location.toStdString());
    if (!levels || levels->status != 200) {
        std::fprintf(stderr, "cannot read the stock level\n");
        return 1;
    }
    const qint64 start = QJsonDocument::fromJson(QByteArray::fromStdString(levels->body))
                             .object()
                             .value(u"items"_qs)
                             .toArray()
                             .first()
                             .toObject()
                             .value(u"on_hand"_qs)
                             .toInteger();
    const qint64 since = headCursor(http);
    std::vector<std::unique_ptr<QProcess>> children;
    for (int p = 0; p < processes; ++p) {
        const int share = clients / processes + (p < clients % processes ? 1 : 0);
        auto child = std::make_unique<QProcess>();
        child->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList args = QCoreApplication::arguments().mid(1);
        args << u"--child"_qs << u"--clients"_qs << QString::number(share) << u"--since"_qs
             << QString::number(since) << u"--last"_qs << QString::number(start + changes);
        child->start(QCoreApplication::applicationFilePath(), args);
        children.push_back(std::move(child));
    }
    for (auto& child : children) {
        while (!child->canReadLine() || !child->readLine().startsWith("ready"))
            if (!child->waitForReadyRead(120000)) {
                std::fprintf(stderr, "a client process did not get ready\n");
                return 1;
            }
    }
    QThread::msleep(parser.value(u"settle-ms"_qs).toULong());
    std::vector<qint64> sentAt(size_t(changes) + 1, 0);
    for (int i = 1; i <= changes; ++i) {
        const std::string body = QJsonDocument(QJsonObject{{u"sku"_qs, target.sku},
                                                           {u"location_id"_qs, target.location},
                                                           {u"delta"_qs, 1},
                                                           {u"reason"_qs, u"receipt"_qs}})
                                     .toJson(QJsonDocument::Compact)
                                     .toStdString();
        sentAt[size_t(i)] = monotonicNs();
        const auto r = http.Post(
            "/api/v1/inventory/adjustments",
            {{"Authorization", auth}, {"Idempotency-Key", "prop-" + std::to_string(sentAt[size_t(i)])}}, body,
            "application/json");
        if (!r || r->status != 201) {
            std::fprintf(stderr, "adjustment %d failed\n", i);
            return 1;
        }
        QThread::msleep(ulong(interval));
    }
    std::vector<double> latencies;
    // Per change, the first and the last client to have it: the first shows the server's commit
    // and push, the spread what one machine's worth of clients costs to serve and apply.
    std::vector<double> first(size_t(changes) + 1, 1e18), last(size_t(changes) + 1, 0);
    for (auto& child : children) {
        child->waitForFinished(120000);
        for (const QByteArray& line : child->readAllStandardOutput().split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() != 3 || parts[0] != "got")
                continue;
            const qint64 index = parts[1].toLongLong() - start;
            if (index >= 1 && index <= changes) {
                const double ms = double(parts[2].toLongLong() - sentAt[size_t(index)]) / 1e6;
                latencies.push_back(ms);
                first[size_t(index)] = std::min(first[size_t(index)], ms);
                last[size_t(index)] = std::max(last[size_t(index)], ms);
            }
        }
    }
    std::sort(latencies.begin(), latencies.end());
    first.erase(first.begin());
    last.erase(last.begin());
    std::sort(first.begin(), first.end());
    std::sort(last.begin(), last.end());
    const auto at = [&](double q) {
        return latencies.empty() ? 0.0 : latencies[size_t(q * double(latencies.size() - 1))];
    };
    std::printf("clients=%d\nchanges=%d\nsamples=%zu\nexpected=%d\np50_ms=%.1f\np95_ms=%.1f\np99_ms=%."
                "1f\nmax_ms=%.1f\n"
                "first_client_median_ms=%.1f\nlast_client_median_ms=%.1f\n",
                clients, changes, latencies.size(), clients * changes, at(0.5), at(0.95), at(0.99),
                latencies.empty() ? 0.0 : latencies.back(), first[first.size() / 2], last[last.size() / 2]);
    return 0;
}
