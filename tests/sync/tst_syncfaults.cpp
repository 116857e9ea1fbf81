// The sync library when things go wrong: connections cut at random points by a proxy of ours,
// a client killed with a full outbox, two client processes on one cache, and a server that
// answers garbage. Every outbox entry must reach the server exactly once, and the cache must
// end equal to the server (or, against garbage, stay as it was).
#include "faultyproxy.h"
#include "kioskorders.h"
#include "syncchecks.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QWebSocket>
#include <QWebSocketServer>
#include <QtTest>
#include <csignal>

using namespace comptoir;
using namespace comptoir::sync;
using namespace comptoir::test;

namespace {

const QString kSku = u"TSH-0001-S-GRIS-CHINE"_qs;

// Every order this principal sees on the server, by id, counting duplicates of a client id.
QMap<QString, int> serverOrders(TestServer& server, const std::string& token)
{
    QMap<QString, int> orders;
    for (const QJsonObject& o : allItems(server, "/api/v1/orders", token))
        orders[o.value(u"id"_qs).toString()] += 1;
    return orders;
}

// What the cache holds, as one digest: every row of every table the server fills.
QByteArray fingerprint(LocalCache& cache)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char* sql :
         {"SELECT id || json FROM products ORDER BY id",
          "SELECT sku || location_id || on_hand || '/' || reserved FROM stock ORDER BY sku, location_id",
          "SELECT id || json FROM orders WHERE origin = 'server' ORDER BY id",
          "SELECT id || json FROM locations ORDER BY id", "SELECT id || json FROM categories ORDER BY id",
          "SELECT code || json FROM promotions ORDER BY code"}) {
        auto st = cache.db().prepare(sql);
        while (st.step())
            hash.addData(st.blob(0));
    }
    return hash.result().toHex();
}

// A client process that ended by itself with status 0 (a crash reports its signal as the code).
bool exitedCleanly(const QProcess& p)
{
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QSet<QString> outboxOrderIds(LocalCache& cache, const char* state)
{
    QSet<QString> ids;
    auto st = cache.db().prepare("SELECT entity_id FROM outbox WHERE state = ?");
    st.bind(1, state);
    while (st.step())
        ids.insert(st.text(0));
    return ids;
}

// How attempts made at these times (ms, ascending) back off, against sync::Backoff from `baseMs`
// up to `capMs`: after the n-th failure in a row the wait is at least half of
// min(cap, base × 2^n) ("equal jitter"), so the floors double until the cap. Only the floors
// are checked: a slow machine makes gaps longer, never shorter.
struct BackoffCheck {
    bool ok = true;
    QString gaps; // "gap >= floor ms, ..." for the log or the failure
};

BackoffCheck checkBackoff(const QList<qint64>& at, qint64 baseMs, qint64 capMs)
{
    BackoffCheck check;
    QStringList gaps;
    for (qsizetype i = 1; i < at.size(); ++i) {
        const qint64 ceiling = std::min(capMs, baseMs << std::min<qsizetype>(i - 1, 20));
        // QTimer's coarse timers may fire up to 5 % early, and times are whole milliseconds.
        const qint64 floor = ceiling / 2 * 95 / 100 - 1;
        const qint64 gap = at[i] - at[i - 1];
        check.ok = check.ok && gap >= floor;
        gaps << u"%1%2%3 ms"_qs.arg(gap).arg(gap < floor ? u" < "_qs : u" >= "_qs).arg(floor);
    }
    check.gaps = gaps.join(u", "_qs);
    return check;
}

// A server that answers every HTTP request with something a real one never sends: each of
// `answers` in turn (by default, a mix of captive portals, 500s, truncated and malformed pages).
// It notes when each request came, by its request line, to check how the client backs off.
class GarbageHttpServer : public QObject {
public:
    explicit GarbageHttpServer(QList<QByteArray> answers = defaultAnswers()) : m_answers(std::move(answers))
    {
        m_clock.start();
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    m_buffers[s] += s->readAll();
                    if (!m_buffers[s].contains("\r\n\r\n"))
                        return;
                    const QByteArray request = m_buffers.take(s);
                    m_seen.append({request.left(request.indexOf("\r\n")), m_clock.elapsed()});
                    ++requests;
                    s->write(m_answers[requests % m_answers.size()]);
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    // When the requests whose request line starts with `method` and whose path contains `path`
    // came, in ms since this server started.
    [[nodiscard]] QList<qint64> times(const QByteArray& method, const QByteArray& path) const
    {
        QList<qint64> at;
        for (const auto& [line, ms] : m_seen)
            if (line.startsWith(method + ' ') && line.split(' ').value(1).contains(path))
                at.append(ms);
        return at;
    }
    int requests = 0;

private:
    static QList<QByteArray> defaultAnswers()
    {
        return {
            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 44\r\n\r\n<html><body>Captive "
            "portal login</body></html>",
            "HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/html\r\nContent-Length: "
            "21\r\n\r\n<h1>Bad Gateway</h1>\n",
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
            "27\r\n\r\n{\"changes\":\"not an array\"}\n",
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
            "400\r\n\r\n{\"changes\":[{\"seq\":",
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
            "86\r\n\r\n{\"changes\":[{\"seq\":5,\"entity\":\"stock\",\"id\":\"x@y\",\"op\":\"delete\"}],"
            "\"next\":1,\"has_more\":false}\n",
        };
    }
    QList<QByteArray> m_answers;
    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QElapsedTimer m_clock;
    QList<std::pair<QByteArray, qint64>> m_seen; // request line, ms
};

// A live channel that sends each client one kind of bad frame, a different one per connection,
// and notes when each connection came.
class GarbageLiveServer : public QObject {
public:
    GarbageLiveServer() : m_server(u"garbage"_qs, QWebSocketServer::NonSecureMode)
    {
        m_clock.start();
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket* s = m_server.nextPendingConnection()) {
                connectedAt.append(m_clock.elapsed());
                const int kind = connections++ % 5;
                connect(s, &QWebSocket::textMessageReceived, s, [s, kind](const QString&) {
                    switch (kind) {
                    case 0:
                        s->sendTextMessage(u"{\"type\":\"changes\",\"changes\":[{\"seq\":"_qs);
                        break;
                    case 1:
                        s->sendBinaryMessage(QByteArray(100, '\x01'));
                        break;
                    case 2: // out of order
                        s->sendTextMessage(
                            u"{\"type\":\"changes\",\"next\":999999,\"changes\":[{\"seq\":999999,\"entity\":\"stock\",\"id\":\"a@b\",\"op\":\"delete\"},{\"seq\":999998,\"entity\":\"stock\",\"id\":\"c@d\",\"op\":\"delete\"}]}"_qs);
                        break;
                    case 3: // far over the frame limit
                        s->sendTextMessage(QString(20 << 20, u'x'));
                        break;
                    case 4:
                        s->sendTextMessage(u"[1,2,3]"_qs);
                        break;
                    }
                });
                connect(s, &QWebSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    [[nodiscard]] QUrl url() const { return QUrl(u"ws://127.0.0.1:%1/"_qs.arg(m_server.serverPort())); }
    int connections = 0;
    QList<qint64> connectedAt; // ms since this server started

private:
    QWebSocketServer m_server;
    QElapsedTimer m_clock;
};

struct AgentRun {
    QStringList sent; // entry ids this process sent
    int exitCode = -1;
};

} // namespace

class TestSyncFaults : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QStringList agentArgs(const TestServer& server, const std::string& token, const QString& cache)
    {
        return {u"--server"_qs, server.url(), u"--token"_qs, QString::fromStdString(token),
                u"--cache"_qs,  cache};
    }

private slots:
    void everyEntryAppliesOnceThroughRandomCuts()
    {
        TestServer server;
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        const std::string kiosk = server.kioskToken(u"loc_paris"_qs);
        const std::string manager = server.login(u"manager@demo.comptoir.fr"_qs);
        FaultyProxy http(quint16(server.port()));
        FaultyProxy live(quint16(server.wsPort()));
        SyncClient::Settings settings = clientSettings(server, kiosk, m_dir.filePath(u"cuts.db"_qs));
        settings.serverUrl = QUrl(http.url());
        settings.liveUrl = QUrl(live.url(u"ws"_qs));
        settings.retryCapMs = 1000;
        settings.breakerCoolDownMs = 500;
        settings.pollIntervalMs = 500;
        SyncClient client(settings);
        client.start();
        QVERIFY(waitFor([&] { return client.isLive(); }, 60000));

        const quint32 seed = qEnvironmentVariableIsSet("COMPTOIR_FAULT_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("COMPTOIR_FAULT_SEED"))
                                 : QRandomGenerator::global()->generate();
        qInfo("fault seed %u (set COMPTOIR_FAULT_SEED to replay)", seed);
        QRandomGenerator random(seed);
        // Requests and answers of an order are a few hundred bytes; frames up to a few KB.
        http.setRandomCuts(0.15, 900, seed);
        live.setRandomCuts(0.15, 4000, seed + 1);
        // At least 200 orders, and on until at least 100 connections were cut mid-stream.
        constexpr int kMinOrders = 200;
        constexpr int kMinCuts = 100;
        const auto cuts = [&] { return http.cutsMade() + live.cutsMade(); };
        QList<QueuedOrder> queued;
        for (int i = 0; (i < kMinOrders || cuts() < kMinCuts) && i < 2000; ++i) {
            queued.append(enqueueCarryOut(client, kSku, u"loc_paris"_qs));
            if (i % 10 == 0) // the feed moves too: stock changes pushed to the socket being cut
                server.client().post("/api/v1/inventory/adjustments",
                                     {{u"sku"_qs, kSku},
                                      {u"location_id"_qs, u"loc_lyon"_qs},
                                      {u"delta"_qs, 1},
                                      {u"reason"_qs, u"receipt"_qs}},
                                     manager, {{"Idempotency-Key", "cut-adjust-" + std::to_string(i)}});
            if (random.bounded(4) == 0) {
                (random.bounded(2) == 0 ? http : live).cutAll();
            }
            // A random pace, not a wait for something: the orders come while the client sends,
            // settles and reconnects, so that the cuts land at every stage of them.
            QTest::qWait(int(random.bounded(15)));
        }
        const int orders = int(queued.size());
        QVERIFY(waitFor([&] { return client.pendingCount() < orders; }, 60000));
        http.setRandomCuts(0, 0, 0);
        live.setRandomCuts(0, 0, 0);
        QVERIFY2(waitFor([&] { return client.pendingCount() == 0; }, 120000),
                 qPrintable(u"%1 entries still pending"_qs.arg(client.pendingCount())));
        qInfo("%d orders, %d connections, %d cut mid-stream", orders,
              http.connectionsSeen() + live.connectionsSeen(), cuts());
        QVERIFY(cuts() >= kMinCuts); // the faults did happen

        const QMap<QString, int> onServer = serverOrders(server, kiosk);
        QCOMPARE(onServer.size(), orders);
        for (const QueuedOrder& q : queued)
            QVERIFY2(onServer.value(q.orderId) == 1, qPrintable(q.orderId));
        QCOMPARE(outboxOrderIds(client.cache(), "applied").size(), orders);
        client.syncNow();
        QVERIFY(
            waitFor([&] { return differencesWithServer(client.cache(), server, kiosk).isEmpty(); }, 60000));
    }

    void aKilledClientSendsEveryEntryOnceAfterRestart()
    {
        TestServer server;
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        const std::string kiosk = server.kioskToken(u"loc_paris"_qs);
        const QString cache = m_dir.filePath(u"killed.db"_qs);
        QRandomGenerator random(QRandomGenerator::global()->generate());
        for (int round = 0; round < 8; ++round) {
            QProcess agent;
            agent.start(QString::fromLatin1(COMPTOIR_SYNC_AGENT),
                        agentArgs(server, kiosk, cache) << u"--enqueue"_qs << u"25"_qs << u"--sku"_qs << kSku
                                                        << u"--store"_qs << u"loc_paris"_qs);
            QVERIFY(agent.waitForStarted());
            // Killed after a random number of its events (its 25 "enqueued" lines come first, then
            // at least 25 "sending" and 25 "settled"): while enqueueing, sending or settling,
            // however fast or slow the machine is, and never before its first order is written.
            const qsizetype events = qsizetype(random.bounded(1, 76));
            QByteArray said;
            QVERIFY2(waitFor(
                         [&] {
                             said += agent.readAllStandardOutput();
                             return said.count('\n') >= events || agent.state() != QProcess::Running;
                         },
                         60000),
                     qPrintable(u"%1 of %2 events: %3"_qs.arg(said.count('\n')).arg(events).arg(said)));
            QVERIFY2(agent.state() == QProcess::Running, agent.readAllStandardError().constData());
            ::kill(pid_t(agent.processId()), SIGKILL);
            QVERIFY(agent.waitForFinished());
        }
        QProcess drain;
        drain.start(QString::fromLatin1(COMPTOIR_SYNC_AGENT), agentArgs(server, kiosk, cache)
                                                                  << u"--exit-when-drained"_qs);
        QVERIFY(drain.waitForFinished(120000));
        QVERIFY2(exitedCleanly(drain), drain.readAllStandardError().constData());

        LocalCache local(cache);
        const QSet<QString> applied = outboxOrderIds(local, "applied");
        QVERIFY(outboxOrderIds(local, "pending").isEmpty());
        QVERIFY(outboxOrderIds(local, "rejected").isEmpty());
        QVERIFY(applied.size() >= 8); // each round wrote an order before it was killed
        const QMap<QString, int> onServer = serverOrders(server, kiosk);
        QCOMPARE(QSet<QString>(onServer.keyBegin(), onServer.keyEnd()), applied);
        for (auto it = onServer.cbegin(); it != onServer.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
    }

    void twoProcessesOnOneCacheNeverPushTheSameEntry()
    {
        TestServer server;
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        const std::string kiosk = server.kioskToken(u"loc_paris"_qs);
        const QString cache = m_dir.filePath(u"shared.db"_qs);
        QProcess first, second;
        for (QProcess* p : {&first, &second})
            p->start(QString::fromLatin1(COMPTOIR_SYNC_AGENT),
                     agentArgs(server, kiosk, cache)
                         << u"--enqueue"_qs << u"40"_qs << u"--sku"_qs << kSku << u"--store"_qs
                         << u"loc_paris"_qs << u"--exit-when-drained"_qs);
        for (QProcess* p : {&first, &second}) {
            QVERIFY(p->waitForFinished(120000));
            QVERIFY2(exitedCleanly(*p), p->readAllStandardError().constData());
        }
        const auto sentBy = [](QProcess& p) {
            QSet<QString> sent;
            for (const QByteArray& line : p.readAllStandardOutput().split('\n'))
                if (line.startsWith("sending "))
                    sent.insert(QString::fromLatin1(line.mid(8)));
            return sent;
        };
        const QSet<QString> a = sentBy(first);
        const QSet<QString> b = sentBy(second);
        QVERIFY2(!a.intersects(b), "an entry was sent by both processes");
        QCOMPARE(a.size() + b.size(), 80);
        const QMap<QString, int> onServer = serverOrders(server, kiosk);
        QCOMPARE(onServer.size(), 80);
    }

    // The puller asks for the next page as soon as a page's end announces its cursor, before
    // the page is parsed: a page whose whole says otherwise is refused, nothing of it applied.
    void aPageWhoseEndAnnouncesAnotherCursorIsRefused()
    {
        const QByteArray page = R"({"changes":[{"seq":5,"entity":"stock","id":"A@loc","op":"upsert","data":)"
                                R"({"sku":"A","location_id":"loc","on_hand":3,"reserved":0}}],"next":5,)"
                                R"("has_more":true,"extra":{"next":7,"has_more":true}})";
        GarbageHttpServer liar({"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                                QByteArray::number(page.size()) + "\r\n\r\n" + page});
        SyncClient::Settings settings;
        settings.serverUrl = QUrl(u"http://127.0.0.1:%1"_qs.arg(liar.port()));
        settings.cachePath = m_dir.filePath(u"liar.db"_qs);
        settings.useLive = false;
        SyncClient client(settings);
        client.start();
        QVERIFY(waitFor([&] { return client.lastError().contains(u"announced another cursor"_qs); }, 20000));
        QCOMPARE(client.cursor(), 0);
        auto stock = client.cache().db().prepare("SELECT count(*) FROM stock");
        QVERIFY(stock.step());
        QCOMPARE(stock.int64(0), 0);
    }

    void pullsFromAServerAnsweringGarbageBackOff()
    {
        // Without a live channel every pull is one of the puller's own (with one, a dropped socket
        // also asks for a pull at once): the waits between them are its backoff's alone.
        GarbageHttpServer garbage;
        SyncClient::Settings settings;
        settings.serverUrl = QUrl(u"http://127.0.0.1:%1"_qs.arg(garbage.port()));
        settings.cachePath = m_dir.filePath(u"garbage-pulls.db"_qs);
        settings.useLive = false;
        settings.retryCapMs = 2000;
        SyncClient client(settings);
        client.start();
        constexpr qsizetype kPulls = 5;
        const auto pulls = [&] { return garbage.times("GET", "/sync/changes"); };
        QVERIFY2(waitFor([&] { return pulls().size() >= kPulls; }, 120000),
                 qPrintable(u"%1 pulls"_qs.arg(pulls().size())));
        QCOMPARE(client.cursor(), 0);
        QCOMPARE(client.connectivity(), SyncClient::Offline);
        // From 500 ms (syncclient.cpp), each wait at least half of a ceiling doubling to the cap.
        const BackoffCheck pulling = checkBackoff(pulls(), 500, settings.retryCapMs);
        qInfo("pulls: %s", qPrintable(pulling.gaps));
        QVERIFY2(pulling.ok, qPrintable(pulling.gaps));
    }

    void aServerAnsweringGarbageLeavesCacheAndOutboxIntact()
    {
        TestServer server;
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        const std::string kiosk = server.kioskToken(u"loc_paris"_qs);
        FaultyProxy front(quint16(server.port())); // the client's server address never changes
        SyncClient::Settings settings = clientSettings(server, kiosk, m_dir.filePath(u"garbage.db"_qs));
        settings.serverUrl = QUrl(front.url());
        settings.useLive = false;
        QByteArray before;
        qint64 cursor = 0;
        {
            SyncClient client(settings);
            QSignalSpy caughtUp(&client, &SyncClient::caughtUp);
            client.start();
            QVERIFY(caughtUp.wait(60000));
            before = fingerprint(client.cache());
            cursor = client.cursor();
        }

        // Now the address answers captive portals, 500s, truncated and malformed pages, and the
        // live channel sends garbage, binary, out-of-order, oversized and non-object frames.
        GarbageHttpServer garbage;
        GarbageLiveServer garbageLive;
        front.setTarget(garbage.port());
        settings.useLive = true;
        settings.liveUrl = garbageLive.url();
        settings.retryCapMs = 2000;
        settings.breakerCoolDownMs = 2000;
        SyncClient client(settings);
        client.start();
        const QueuedOrder queued = enqueueCarryOut(client, kSku, u"loc_paris"_qs);
        // However long it takes: the order was tried and the live channel opened often enough
        // for the waits between attempts to reach the cap (2 s here).
        constexpr qsizetype kAttempts = 6;
        const auto posts = [&] { return garbage.times("POST", "/orders"); };
        QVERIFY2(
            waitFor(
                [&] { return posts().size() >= kAttempts && garbageLive.connectedAt.size() >= kAttempts; },
                120000),
            qPrintable(u"%1 orders sent, %2 live connections"_qs.arg(posts().size())
                           .arg(garbageLive.connectedAt.size())));
        QCOMPARE(fingerprint(client.cache()), before);
        QCOMPARE(client.cursor(), cursor);
        QCOMPARE(client.connectivity(), SyncClient::Offline);
        QVERIFY(!client.isLive());
        QCOMPARE(client.outbox().entry(queued.entryId)->state, u"pending"_qs);
        QVERIFY(client.outbox().entry(queued.entryId)->attempts >= posts().size());
        // It backs off, not a storm: the outbox from 200 ms (pusher.cpp), the live channel from
        // 250 ms (liveclient.cpp), each wait at least half of a ceiling that doubles up to the cap.
        const BackoffCheck pushing = checkBackoff(posts(), 200, settings.retryCapMs);
        qInfo("outbox: %s", qPrintable(pushing.gaps));
        QVERIFY2(pushing.ok, qPrintable(pushing.gaps));
        const BackoffCheck reconnecting = checkBackoff(garbageLive.connectedAt, 250, settings.retryCapMs);
        qInfo("live channel: %s", qPrintable(reconnecting.gaps));
        QVERIFY2(reconnecting.ok, qPrintable(reconnecting.gaps));

        // The real server comes back behind the same address: the entry goes, once.
        front.setTarget(quint16(server.port()));
        QVERIFY(waitFor([&] { return client.pendingCount() == 0; }, 60000));
        QCOMPARE(serverOrders(server, kiosk).value(queued.orderId), 1);
    }
};

QTEST_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"
