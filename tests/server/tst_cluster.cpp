// Several servers on one PostgreSQL database (issue 17): two real comptoir-server processes share
// a database of a PostgreSQL this test starts, and nginx in front of them. What must hold across
// processes: no oversell when buyers on both race for the last units, an Idempotency-Key answered
// by either with the first result, a change made through one pushed live by the other, and a
// change log that no reader can overtake while writers on both commit in parallel.
#include "concurrentposts.h"
#include "nginx.h"
#include "orderbodies.h"
#include "pgcluster.h"
#include "store/pg/pgconnection.h"
#include "testserver.h"

#include <QSet>
#include <QSignalSpy>
#include <QWebSocket>
#include <QtTest>
#include <atomic>
#include <latch>
#include <map>
#include <thread>

using namespace comptoir::test;

namespace {

QJsonObject line(const QString& sku, qint64 quantity)
{
    return {{u"sku"_qs, sku}, {u"quantity"_qs, double(quantity)}};
}

// What a reader of the change log saw, page after page from its cursor.
struct ReaderLog {
    std::map<QString, qint64> lastSeqByEntity; // "entity/id" → the newest seq seen
    qint64 cursor = 0;
    QString problem; // the first order violation seen, if any
};

// Reads every page after the reader's cursor; records a seq that goes backwards or repeats.
void readChanges(HttpClient& c, const std::string& token, ReaderLog& log)
{
    for (;;) {
        const Reply r = c.get("/api/v1/sync/changes?limit=1000&since=" + std::to_string(log.cursor), token);
        if (r.status != 200) {
            log.problem = u"GET /sync/changes answered %1"_qs.arg(r.status);
            return;
        }
        const QJsonObject page = r.json();
        for (const QJsonValue& v : page.value(u"changes"_qs).toArray()) {
            const QJsonObject change = v.toObject();
            const qint64 seq = change.value(u"seq"_qs).toInteger();
            if (seq <= log.cursor && log.problem.isEmpty())
                log.problem = u"seq %1 after %2"_qs.arg(seq).arg(log.cursor);
            log.cursor = std::max(log.cursor, seq);
            log.lastSeqByEntity[change.value(u"entity"_qs).toString() + u'/' +
                                change.value(u"id"_qs).toString()] = seq;
        }
        log.cursor = std::max(log.cursor, page.value(u"next"_qs).toInteger());
        if (!page.value(u"has_more"_qs).toBool())
            return;
    }
}

} // namespace

class TestCluster : public QObject {
    Q_OBJECT

private:
    QString m_database;
    std::unique_ptr<TestServer> m_a;
    std::unique_ptr<TestServer> m_b;
    std::string m_managerA;
    std::string m_managerB;
    QStringList m_skus;
    int m_keys = 0;

    httplib::Headers nextKey() { return idempotencyKey("cluster-" + std::to_string(++m_keys)); }

    // Sets what is on hand of `sku` at loc_paris to `target` (through A).
    bool setOnHand(const QString& sku, qint64 target)
    {
        HttpClient c = m_a->client();
        const qint64 onHand = stockLevel(c, sku, u"loc_paris"_qs).value(u"on_hand"_qs).toInteger();
        if (onHand == target)
            return true;
        const Reply r = c.post("/api/v1/inventory/adjustments",
                               {{u"sku"_qs, sku},
                                {u"location_id"_qs, u"loc_paris"_qs},
                                {u"delta"_qs, double(target - onHand)},
                                {u"reason"_qs, u"count"_qs}},
                               m_managerA, nextKey());
        return r.status == 201;
    }

private slots:
    void initTestCase()
    {
        PgCluster& cluster = PgCluster::shared();
        QVERIFY2(cluster.isRunning(), qPrintable(cluster.lastError()));
        m_database = cluster.createDatabase();
        QVERIFY2(!m_database.isEmpty(), qPrintable(cluster.lastError()));
        // A seeds the demo store into the database; B shares A's data folder for the fiscal key
        // every server of the chain signs with.
        m_a = std::make_unique<TestServer>(TestServer::Options{
            false, {u"--demo"_qs, u"--database"_qs, m_database, u"--threads"_qs, u"24"_qs}});
        QVERIFY2(m_a->start(), qPrintable(m_a->lastError()));
        m_b = std::make_unique<TestServer>(TestServer::Options{
            false, {u"--database"_qs, m_database, u"--threads"_qs, u"24"_qs}, m_a->dataDir()});
        QVERIFY2(m_b->start(), qPrintable(m_b->lastError()));
        m_managerA = m_a->login(u"manager@demo.comptoir.fr"_qs);
        m_managerB = m_b->login(u"manager@demo.comptoir.fr"_qs);
        QVERIFY(!m_managerA.empty() && !m_managerB.empty());
        for (const QJsonValue& p : m_a->client().get("/api/v1/products?limit=200").items())
            for (const QJsonValue& v : p.toObject().value(u"variants"_qs).toArray())
                m_skus.append(v.toObject().value(u"sku"_qs).toString());
        QVERIFY(m_skus.size() >= 100);
    }

    // 50 buyers, half on each server, for the last 7 units: 7 orders, 43 refusals, 0 oversold.
    void buyersOnBothServersCannotOversell()
    {
        const QString sku = m_skus.at(3);
        QVERIFY(setOnHand(sku, 7));
        const std::string staffA = m_a->login(u"staff.paris@demo.comptoir.fr"_qs);
        const std::string staffB = m_b->login(u"staff.paris@demo.comptoir.fr"_qs);
        constexpr int kBuyers = 50;
        std::latch ready(kBuyers);
        std::vector<int> statuses(kBuyers);
        std::vector<std::thread> buyers;
        for (int i = 0; i < kBuyers; ++i) {
            const bool onA = i % 2 == 0;
            buyers.emplace_back([&, i, onA, port = onA ? m_a->port() : m_b->port()] {
                HttpClient c(port);
                const QJsonObject body{{u"lines"_qs, QJsonArray{line(sku, 1)}},
                                       {u"fulfillment"_qs, carryOutAt(u"loc_paris"_qs)}};
                ready.arrive_and_wait();
                statuses[size_t(i)] = c.post("/api/v1/orders", body, onA ? staffA : staffB,
                                             idempotencyKey("race-" + std::to_string(i)))
                                          .status;
            });
        }
        for (std::thread& t : buyers)
            t.join();
        QCOMPARE(std::count(statuses.begin(), statuses.end(), 201), 7);
        QCOMPARE(std::count(statuses.begin(), statuses.end(), 409), kBuyers - 7);
        HttpClient c = m_b->client();
        const QJsonObject level = stockLevel(c, sku, u"loc_paris"_qs);
        QCOMPARE(level.value(u"on_hand"_qs).toInteger(), 7);
        QCOMPARE(level.value(u"reserved"_qs).toInteger(), 7);
    }

    // The same key on the other server answers the first result, not a second order.
    void anIdempotencyKeyReplayedOnTheOtherServerAnswersTheFirstResult()
    {
        const QString sku = m_skus.at(5);
        QVERIFY(setOnHand(sku, 20));
        const QJsonObject body{{u"lines"_qs, QJsonArray{line(sku, 2)}},
                               {u"fulfillment"_qs, carryOutAt(u"loc_paris"_qs)}};
        const Reply first = m_a->client().post("/api/v1/orders", body, m_managerA, idempotencyKey("both-1"));
        QCOMPARE(first.status, 201);
        const Reply again = m_b->client().post("/api/v1/orders", body, m_managerB, idempotencyKey("both-1"));
        QCOMPARE(again.status, 201);
        QCOMPARE(again.header("Idempotent-Replayed"), std::string("true"));
        QCOMPARE(idOf(again.json()), idOf(first.json()));
        HttpClient c = m_a->client();
        QCOMPARE(stockLevel(c, sku, u"loc_paris"_qs).value(u"reserved"_qs).toInteger(), 2);
        // Another body under that key is refused on either.
        QJsonObject other = body;
        other.insert(u"lines"_qs, QJsonArray{line(sku, 3)});
        QCOMPARE(m_b->client().post("/api/v1/orders", other, m_managerB, idempotencyKey("both-1")).status,
                 422);
    }

    // A live client of A is pushed a change made through B, as soon as B commits it.
    void aLiveClientOfOneServerSeesAChangeMadeThroughTheOther()
    {
        const QString wsUrl = m_a->client().get("/api/v1/info").json().value(u"ws_url"_qs).toString();
        QWebSocket socket;
        QList<QJsonObject> changes;
        connect(&socket, &QWebSocket::textMessageReceived, this, [&](const QString& text) {
            for (const QJsonValue& c :
                 QJsonDocument::fromJson(text.toUtf8()).object().value(u"changes"_qs).toArray())
                changes.append(c.toObject());
        });
        QSignalSpy connected(&socket, &QWebSocket::connected);
        socket.open(QUrl(wsUrl));
        QVERIFY(connected.wait(5000));
        // From the log's current end: only what happens next arrives.
        ReaderLog now;
        HttpClient c = m_a->client();
        readChanges(c, m_managerA, now);
        socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(QJsonObject{{u"type"_qs, u"hello"_qs},
                                                        {u"token"_qs, QString::fromStdString(m_managerA)},
                                                        {u"since"_qs, double(now.cursor)}})
                                  .toJson(QJsonDocument::Compact)));
        const QString sku = m_skus.at(9);
        QVERIFY(m_b->client()
                    .post("/api/v1/inventory/adjustments",
                          {{u"sku"_qs, sku},
                           {u"location_id"_qs, u"loc_lyon"_qs},
                           {u"delta"_qs, 3.0},
                           {u"reason"_qs, u"receipt"_qs}},
                          m_managerB, nextKey())
                    .status == 201);
        QTRY_VERIFY_WITH_TIMEOUT(
            std::any_of(changes.begin(), changes.end(),
                        [&](const QJsonObject& ch) { return ch.value(u"id"_qs).toString().contains(sku); }),
            5000);
    }

    // 8 writers, 4 on each server, commit 10,000 changes while readers on both follow the log:
    // seqs only ever grow, and every entity's newest change reaches every reader.
    void noReaderIsOvertakenByConcurrentWriters()
    {
        constexpr int kWriters = 8;
        constexpr int kChanges = 10'000;
        const QStringList locations = {u"loc_paris"_qs, u"loc_lyon"_qs, u"loc_bordeaux"_qs,
                                       u"loc_warehouse"_qs};
        std::atomic<int> next{0};
        std::atomic<int> failures{0};
        std::atomic<bool> writing{true};
        std::vector<std::thread> writers;
        for (int w = 0; w < kWriters; ++w) {
            writers.emplace_back([&, w] {
                TestServer& server = w % 2 == 0 ? *m_a : *m_b;
                const std::string& token = w % 2 == 0 ? m_managerA : m_managerB;
                HttpClient c(server.port());
                for (int i = next++; i < kChanges; i = next++) {
                    const QString& sku = m_skus.at(i % m_skus.size());
                    const QString& location = locations.at((i / m_skus.size()) % locations.size());
                    const Reply r = c.post("/api/v1/inventory/adjustments",
                                           {{u"sku"_qs, sku},
                                            {u"location_id"_qs, location},
                                            {u"delta"_qs, 1.0},
                                            {u"reason"_qs, u"receipt"_qs}},
                                           token, idempotencyKey("log-" + std::to_string(i)));
                    if (r.status != 201)
                        ++failures;
                }
            });
        }
        // Two readers on each server, following the log as it grows.
        std::vector<ReaderLog> logs(4);
        std::vector<std::thread> readers;
        for (int r = 0; r < 4; ++r) {
            readers.emplace_back([&, r] {
                HttpClient c(r % 2 == 0 ? m_a->port() : m_b->port());
                const std::string& token = r % 2 == 0 ? m_managerA : m_managerB;
                while (writing)
                    readChanges(c, token, logs[size_t(r)]);
                readChanges(c, token, logs[size_t(r)]);
            });
        }
        for (std::thread& t : writers)
            t.join();
        writing = false;
        for (std::thread& t : readers)
            t.join();
        QCOMPARE(failures.load(), 0);

        // The truth: the whole log read at once after the last commit.
        ReaderLog truth;
        HttpClient c = m_a->client();
        readChanges(c, m_managerA, truth);
        QVERIFY(truth.problem.isEmpty());
        for (size_t r = 0; r < logs.size(); ++r) {
            QVERIFY2(logs[r].problem.isEmpty(), qPrintable(logs[r].problem));
            int missed = 0;
            for (const auto& [entity, seq] : truth.lastSeqByEntity) {
                const auto seen = logs[r].lastSeqByEntity.find(entity);
                if (seen == logs[r].lastSeqByEntity.end() || seen->second != seq)
                    ++missed;
            }
            QVERIFY2(missed == 0,
                     qPrintable(u"reader %1 missed the newest change of %2 entities"_qs.arg(r).arg(missed)));
        }
    }

    // PostgreSQL restarted while the servers serve: both say they are not ready while it is down
    // (a load balancer sends nobody there), then are ready and write again by themselves.
    void serversRecoverByThemselvesFromARestartOfPostgres()
    {
        PgCluster& cluster = PgCluster::shared();
        std::atomic<bool> loading{true};
        std::atomic<int> served{0};
        std::thread load([&] {
            HttpClient c(m_b->port());
            while (loading)
                if (c.get("/api/v1/products?limit=5&sort=price_asc").status == 200)
                    ++served;
        });
        QVERIFY2(cluster.stop(), qPrintable(cluster.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(m_a->client().get("/readyz").status, 503, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_b->client().get("/readyz").status, 503, 10000);
        QVERIFY2(cluster.start(), qPrintable(cluster.lastError()));
        QTRY_COMPARE_WITH_TIMEOUT(m_a->client().get("/readyz").status, 200, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(m_b->client().get("/readyz").status, 200, 15000);
        const int before = served;
        QTRY_VERIFY_WITH_TIMEOUT(served > before + 10, 10000);
        loading = false;
        load.join();
        // Each server's writer connection is a new one: a write through each goes in (the same
        // key again after a refusal made while the writer was reconnecting).
        for (TestServer* server : {m_a.get(), m_b.get()}) {
            const std::string key = "after-restart-" + std::to_string(server->port());
            const std::string& token = server == m_a.get() ? m_managerA : m_managerB;
            const QJsonObject body{{u"sku"_qs, m_skus.at(11)},
                                   {u"location_id"_qs, u"loc_paris"_qs},
                                   {u"delta"_qs, 1.0},
                                   {u"reason"_qs, u"receipt"_qs}};
            QTRY_COMPARE_WITH_TIMEOUT(
                server->client()
                    .post("/api/v1/inventory/adjustments", body, token, idempotencyKey(key))
                    .status,
                201, 10000);
        }
    }

    // 1,000 orders through nginx; one server is killed (kill -9) after 300. Every order the
    // client was told was taken (201) is in the database once; those cut off are retried with
    // their key, as the clients do, and land on the other server.
    void killingOneServerLosesNoAcknowledgedOrder()
    {
        const QString sku = m_skus.at(13);
        QVERIFY(setOnHand(sku, 2000));
        Nginx nginx;
        QVERIFY2(
            nginx.start(u"location / { proxy_pass http://comptoir; proxy_http_version 1.1; "
                        "proxy_set_header Connection \"\"; proxy_next_upstream error timeout; }"_qs,
                        u"upstream comptoir { server 127.0.0.1:%1 max_fails=1 fail_timeout=30s; "
                        "server 127.0.0.1:%2 max_fails=1 fail_timeout=30s; keepalive 8; }"_qs.arg(m_a->port())
                            .arg(m_b->port())),
            qPrintable(nginx.lastError()));
        HttpClient c(nginx.url().toStdString());
        const std::string staff = m_a->login(u"staff.paris@demo.comptoir.fr"_qs);
        const QJsonObject body{{u"lines"_qs, QJsonArray{line(sku, 1)}},
                               {u"fulfillment"_qs, carryOutAt(u"loc_paris"_qs)}};
        QSet<QString> acknowledged;
        int retries = 0;
        for (int i = 0; i < 1000; ++i) {
            if (i == 300)
                m_a->killHard();
            const auto key = idempotencyKey("kill-" + std::to_string(i));
            Reply r = c.post("/api/v1/orders", body, staff, key);
            for (int attempt = 0; r.status != 201 && attempt < 50; ++attempt) {
                ++retries; // cut off, or 502 from nginx while it finds A gone: the same key again
                r = c.post("/api/v1/orders", body, staff, key);
            }
            QVERIFY2(r.status == 201, qPrintable(u"order %1: %2 %3"_qs.arg(i).arg(r.status).arg(
                                          QString::fromStdString(r.body))));
            acknowledged.insert(idOf(r.json()));
        }
        QCOMPARE(acknowledged.size(), 1000); // no key made two orders
        HttpClient b = m_b->client();
        for (const QString& id : acknowledged)
            QVERIFY2(!orderOnServer(b, id, m_managerB).isEmpty(), qPrintable(id));
        QCOMPARE(stockLevel(b, sku, u"loc_paris"_qs).value(u"reserved"_qs).toInteger(), 1000);
        qInfo("%d requests retried after the kill", retries);
    }

    // The journal the servers wrote together proves itself, and an entry altered in the database
    // (its append-only triggers switched off, as the database's superuser could) is named.
    void theJournalOfSeveralServersProvesItself()
    {
        const QStringList verify = {u"--verify-journal"_qs, u"--data-dir"_qs, m_a->dataDir(),
                                    u"--database"_qs, m_database};
        const RunResult intact = runServerBinary(verify);
        QVERIFY2(intact.exitCode == 0, intact.out.constData());
        QVERIFY2(intact.out.contains("fiscal journal valid"), intact.out.constData());
        qint64 seq = 0;
        {
            comptoir::pg::Connection c(m_database.toStdString());
            c.execScript("SET session_replication_role = replica");
            auto middle = c.prepare("SELECT MIN(seq) FROM fiscal_journal WHERE type = 'sale' AND seq > "
                                    "(SELECT MAX(seq) / 2 FROM fiscal_journal)");
            QVERIFY(middle.step());
            seq = middle.int64(0);
            QVERIFY(seq > 1);
            c.prepare(
                 "UPDATE fiscal_journal SET data = replace(data, '\"total\":', '\"total\":1') WHERE seq = ?")
                .bind(1, seq)
                .exec();
            QCOMPARE(c.changes(), 1);
        }
        const RunResult altered = runServerBinary(verify);
        QCOMPARE(altered.exitCode, 1);
        QVERIFY2(altered.out.contains("the first bad entry is seq " + QByteArray::number(seq)),
                 altered.out.constData());
    }

    void cleanupTestCase()
    {
        m_b.reset();
        m_a.reset();
    }
};

QTEST_GUILESS_MAIN(TestCluster)
#include "tst_cluster.moc"
