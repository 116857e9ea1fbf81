// comptoir-bench-queue: the click & collect queue's arrival latency (issue 14): how long a web
// order for pickup at a store, once paid, takes to be in the caches of that store's staff
// consoles as paid, and that a console of another store never gets it. The driver spreads the
// consoles (sync library clients, each with its own token and live channel, as a till signed in
// by PIN holds) over child processes of itself, waits until every console is live, then, as a
// customer over HTTP, places one pickup order at a time, takes a card token, and pays; each
// console notes when its cache holds the order as `paid`. Times are CLOCK_MONOTONIC, shared by
// the processes, as in comptoir-bench-propagation.
//
//   comptoir-bench-queue --server URL --console-tokens FILE --other-token TOKEN
//                        --customer-token TOKEN --sku SKU --store ID [--orders 30]
//                        [--interval-ms 300] [--processes 2] [--settle-ms 0] [--cache-dir DIR]
//
// FILE holds one token per line, one console each (staff of --store). --other-token is a staff
// console of another store: it must see the orders' stock reservations (public) and none of the
// orders, live or after a final pull. Consoles start from an empty cache at the feed's head.
// Prints p50, p95, p99 and max in milliseconds from just before the payment is sent to the
// order being committed as paid in a console's cache, over every (order, console) pair; the
// drawing of the queue on a screen is not in it (see docs/performance.md).

#include "sync/syncclient.h"

#include <httplib.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QThread>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <map>
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

QJsonObject parse(const std::string& body)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(body)).object();
}

std::string compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

qint64 headCursor(httplib::Client& http, const std::string& auth)
{
    qint64 since = 0;
    for (;;) {
        const auto r = http.Get("/api/v1/sync/changes?limit=5000&since=" + std::to_string(since),
                                {{"Authorization", auth}});
        if (!r || r->status != 200)
            return -1;
        const QJsonObject page = parse(r->body);
        since = page.value(u"next"_qs).toInteger();
        if (!page.value(u"has_more"_qs).toBool())
            return since;
    }
}

QString orderStatus(LocalCache& cache, const QString& id)
{
    auto st = cache.db().prepare("SELECT status FROM orders WHERE id = ?");
    st.bind(1, id);
    return st.step() ? st.text(0) : QString();
}

qint64 cachedOrders(LocalCache& cache)
{
    auto st = cache.db().prepare("SELECT COUNT(*) FROM orders");
    return st.step() ? st.int64(0) : -1;
}

std::unique_ptr<SyncClient> newConsole(const QUrl& server, const QByteArray& token, const QString& path,
                                       qint64 since)
{
    SyncClient::Settings s;
    s.serverUrl = server;
    s.token = token;
    s.cachePath = path;
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(s.cachePath + QLatin1String(suffix));
    {
        LocalCache seed(s.cachePath);
        seed.setCursor(since);
    }
    return std::make_unique<SyncClient>(s);
}

// A child: the consoles of `tokens` (and the other store's, when given), live from `since`.
// Prints "ready", then "paid <order> <ns>" per console and order once `orders` orders are paid
// in every console, and for the other store's console "other <orders seen live> <orders in its
// cache after a final pull> <stock changes seen>".
int runConsoles(const QUrl& server, const QList<QByteArray>& tokens, const QByteArray& otherToken,
                qint64 since, int orders, const QString& dir)
{
    std::vector<std::unique_ptr<SyncClient>> consoles;
    std::vector<QSet<QString>> paidIn(size_t(tokens.size()));
    QStringList lines;
    int done = 0;
    const QString prefix = dir + u"/console-%1-"_qs.arg(QCoreApplication::applicationPid());
    for (int i = 0; i < tokens.size(); ++i) {
        consoles.push_back(newConsole(server, tokens[i], prefix + QString::number(i) + u".db"_qs, since));
        SyncClient* c = consoles.back().get();
        QObject::connect(c, &SyncClient::orderChanged, [&, c, i](const QString& id) {
            const qint64 now = monotonicNs();
            if (paidIn[size_t(i)].contains(id) || orderStatus(c->cache(), id) != u"paid")
                return;
            paidIn[size_t(i)].insert(id);
            lines.append(u"paid %1 %2"_qs.arg(id).arg(now));
            if (paidIn[size_t(i)].size() == orders)
                ++done;
        });
    }
    std::unique_ptr<SyncClient> other;
    int otherOrdersLive = 0, otherStock = 0;
    if (!otherToken.isEmpty()) {
        other = newConsole(server, otherToken, prefix + u"other.db"_qs, since);
        QObject::connect(other.get(), &SyncClient::orderChanged, [&](const QString&) { ++otherOrdersLive; });
        QObject::connect(other.get(), &SyncClient::dataChanged, [&](const QStringList& entities) {
            if (entities.contains(u"stock"_qs))
                ++otherStock;
        });
    }
    // Start only once all exist, so no console is slowed by the creation of the others.
    for (auto& c : consoles)
        c->start();
    if (other)
        other->start();
    QTimer poll;
    bool ready = false, finishing = false;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (!ready) {
            ready =
                std::all_of(consoles.begin(), consoles.end(), [](const auto& c) { return c->isLive(); }) &&
                (!other || other->isLive());
            if (ready) {
                std::puts("ready");
                std::fflush(stdout);
            }
            return;
        }
        if (finishing || done < int(consoles.size()))
            return;
        // Every order is paid in every console: every commit happened. The other store's console
        // pulls once more (pull is the truth), then says what it holds.
        finishing = true;
        if (!other) {
            QCoreApplication::quit();
            return;
        }
        QObject::connect(other.get(), &SyncClient::caughtUp, [&] {
            lines.append(
                u"other %1 %2 %3"_qs.arg(otherOrdersLive).arg(cachedOrders(other->cache())).arg(otherStock));
            QCoreApplication::quit();
        });
        other->syncNow();
    });
    poll.start(20);
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
    // As in comptoir-bench-propagation: Qt's own poll() loop, not GLib's, for many sockets in one
    // process (a real console holds one).
    qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{u"server"_qs, u"server URL"_qs, u"url"_qs},
         {u"console-tokens"_qs, u"file of staff tokens of the store, one per console"_qs, u"file"_qs},
         {u"other-token"_qs, u"a staff token of another store, for the scope check"_qs, u"token"_qs},
         {u"customer-token"_qs, u"the customer who orders"_qs, u"token"_qs},
         {u"sku"_qs, u"SKU ordered"_qs, u"sku"_qs},
         {u"store"_qs, u"the consoles' store, where orders are picked up"_qs, u"id"_qs},
         {u"orders"_qs, u"orders placed and paid"_qs, u"n"_qs, u"30"_qs},
         {u"interval-ms"_qs, u"pause after each payment"_qs, u"ms"_qs, u"300"_qs},
         {u"processes"_qs, u"processes the consoles are spread over"_qs, u"n"_qs, u"2"_qs},
         {u"settle-ms"_qs, u"pause once every console is live, before the first order"_qs, u"ms"_qs, u"0"_qs},
         {u"cache-dir"_qs, u"where console caches go"_qs, u"dir"_qs, u"/dev/shm/comptoir-queue"_qs},
         {u"child"_qs, u"(internal) run consoles"_qs},
         {u"from"_qs, u"(internal) first token's line"_qs, u"n"_qs},
         {u"count"_qs, u"(internal) tokens from there"_qs, u"n"_qs},
         {u"with-other"_qs, u"(internal) this child runs the other store's console"_qs},
         {u"since"_qs, u"(internal)"_qs, u"seq"_qs}});
    parser.process(app);
    const QUrl server(parser.value(u"server"_qs));
    const QString dir = parser.value(u"cache-dir"_qs);
    const int orders = parser.value(u"orders"_qs).toInt();
    QDir().mkpath(dir);
    QFile tokenFile(parser.value(u"console-tokens"_qs));
    if (!tokenFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read --console-tokens\n");
        return 2;
    }
    QList<QByteArray> tokens;
    for (const QByteArray& line : tokenFile.readAll().split('\n'))
        if (!line.trimmed().isEmpty())
            tokens.append(line.trimmed());
    const QByteArray otherToken = parser.value(u"other-token"_qs).toUtf8();
    if (parser.isSet(u"child"_qs))
        return runConsoles(server,
                           tokens.mid(parser.value(u"from"_qs).toInt(), parser.value(u"count"_qs).toInt()),
                           parser.isSet(u"with-other"_qs) ? otherToken : QByteArray(),
                           parser.value(u"since"_qs).toLongLong(), orders, dir);

    if (tokens.isEmpty() || otherToken.isEmpty() || orders < 1) {
        std::fprintf(stderr,
                     "needs --console-tokens with one token or more, --other-token and --orders ≥ 1\n");
        return 2;
    }
    const int processes = std::clamp(parser.value(u"processes"_qs).toInt(), 1, int(tokens.size()));
    const int interval = parser.value(u"interval-ms"_qs).toInt();
    const QString sku = parser.value(u"sku"_qs);
    const QString store = parser.value(u"store"_qs);
    httplib::Client http(server.host().toStdString(), server.port());
    const std::string customer = "Bearer " + parser.value(u"customer-token"_qs).toStdString();
    const qint64 since = headCursor(http, "Bearer " + tokens.first().toStdString());
    if (since < 0) {
        std::fprintf(stderr, "cannot read the change feed\n");
        return 1;
    }
    std::vector<std::unique_ptr<QProcess>> children;
    for (int p = 0, from = 0; p < processes; ++p) {
        const int share = int(tokens.size()) / processes + (p < int(tokens.size()) % processes ? 1 : 0);
        auto child = std::make_unique<QProcess>();
        child->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList args = QCoreApplication::arguments().mid(1);
        args << u"--child"_qs << u"--from"_qs << QString::number(from) << u"--count"_qs
             << QString::number(share) << u"--since"_qs << QString::number(since);
        if (p == 0)
            args << u"--with-other"_qs;
        child->start(QCoreApplication::applicationFilePath(), args);
        children.push_back(std::move(child));
        from += share;
    }
    for (auto& child : children) {
        while (!child->canReadLine() || !child->readLine().startsWith("ready"))
            if (!child->waitForReadyRead(120000)) {
                std::fprintf(stderr, "a console process did not get ready\n");
                return 1;
            }
    }
    QThread::msleep(parser.value(u"settle-ms"_qs).toULong());

    const QJsonObject orderBody{
        {u"lines"_qs, QJsonArray{QJsonObject{{u"sku"_qs, sku}, {u"quantity"_qs, 1}}}},
        {u"fulfillment"_qs, QJsonObject{{u"type"_qs, u"pickup"_qs}, {u"location_id"_qs, store}}}};
    const std::string cardBody = compact(QJsonObject{{u"number"_qs, u"4242424242424242"_qs},
                                                     {u"exp_month"_qs, 12},
                                                     {u"exp_year"_qs, 2030},
                                                     {u"cvc"_qs, u"123"_qs}});
    std::map<QString, qint64> sentAt;
    const std::string run = std::to_string(monotonicNs());
    for (int i = 1; i <= orders; ++i) {
        const std::string key = "queue-" + run + "-" + std::to_string(i);
        const auto placed =
            http.Post("/api/v1/orders", {{"Authorization", customer}, {"Idempotency-Key", key}},
                      compact(orderBody), "application/json");
        if (!placed || placed->status != 201) {
            std::fprintf(stderr, "order %d: %d %s\n", i, placed ? placed->status : 0,
                         placed ? placed->body.c_str() : "");
            return 1;
        }
        const QString id = parse(placed->body).value(u"id"_qs).toString();
        const auto card = http.Post("/api/v1/payments/tokens", cardBody, "application/json");
        if (!card || card->status != 201) {
            std::fprintf(stderr, "card token %d failed\n", i);
            return 1;
        }
        const std::string payBody = compact(
            QJsonObject{{u"method"_qs, u"card"_qs}, {u"token"_qs, parse(card->body).value(u"token"_qs)}});
        sentAt[id] = monotonicNs();
        const auto paid = http.Post("/api/v1/orders/" + id.toStdString() + "/payments",
                                    {{"Authorization", customer}, {"Idempotency-Key", key + "-pay"}}, payBody,
                                    "application/json");
        if (!paid || paid->status != 201 || parse(paid->body).value(u"status"_qs).toString() != u"captured") {
            std::fprintf(stderr, "payment %d: %d %s\n", i, paid ? paid->status : 0,
                         paid ? paid->body.c_str() : "");
            return 1;
        }
        QThread::msleep(ulong(interval));
    }

    std::vector<double> latencies;
    // Per order, the first and the last console to have it paid.
    std::map<QString, std::pair<double, double>> spread;
    qint64 otherLive = -1, otherCached = -1, otherStock = -1;
    for (auto& child : children) {
        child->waitForFinished(600000);
        for (const QByteArray& line : child->readAllStandardOutput().split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 4 && parts[0] == "other") {
                otherLive = parts[1].toLongLong();
                otherCached = parts[2].toLongLong();
                otherStock = parts[3].toLongLong();
            }
            if (parts.size() != 3 || parts[0] != "paid")
                continue;
            const auto sent = sentAt.find(QString::fromUtf8(parts[1]));
            if (sent == sentAt.end())
                continue;
            const double ms = double(parts[2].toLongLong() - sent->second) / 1e6;
            latencies.push_back(ms);
            const auto it = spread.try_emplace(sent->first, ms, ms).first;
            it->second.first = std::min(it->second.first, ms);
            it->second.second = std::max(it->second.second, ms);
        }
    }
    std::sort(latencies.begin(), latencies.end());
    std::vector<double> first, last;
    for (const auto& [id, range] : spread) {
        first.push_back(range.first);
        last.push_back(range.second);
    }
    std::sort(first.begin(), first.end());
    std::sort(last.begin(), last.end());
    const auto at = [&](double q) {
        return latencies.empty() ? 0.0 : latencies[size_t(q * double(latencies.size() - 1))];
    };
    const auto median = [](const std::vector<double>& v) { return v.empty() ? 0.0 : v[v.size() / 2]; };
    // The scope holds when the other store's console was live through the run (it had the
    // orders' public stock changes) and never had one of the orders, live or pulled.
    const bool scopeHeld = otherLive == 0 && otherCached == 0 && otherStock > 0;
    std::printf(
        "consoles=%lld\norders=%d\nsamples=%zu\nexpected=%lld\np50_ms=%.1f\np95_ms=%.1f\np99_ms=%.1f\n"
        "max_ms=%.1f\nfirst_console_median_ms=%.1f\nlast_console_median_ms=%.1f\n"
        "other_store_orders_live=%lld\nother_store_orders_cached=%lld\nother_store_stock_changes=%lld\n"
        "scope=%s\n",
        qint64(tokens.size()), orders, latencies.size(), qint64(tokens.size()) * orders, at(0.5), at(0.95),
        at(0.99), latencies.empty() ? 0.0 : latencies.back(), median(first), median(last), otherLive,
        otherCached, otherStock, scopeHeld ? "held" : "LEAKED_OR_UNCHECKED");
    return scopeHeld && latencies.size() == size_t(tokens.size()) * size_t(orders) ? 0 : 1;
}
