// The change feed (API.md, Sync): bootstrap, deltas, compaction, paging, scope per principal,
// bad cursors and gzip, over real HTTP against a real server.
#include "databaseprobe.h"
#include "demoaccounts.h"
#include "testserver.h"

#include <QSet>
#include <QtTest>
#include <zlib.h>

using namespace comptoir::test;

namespace {

struct Feed {
    QList<QJsonObject> changes;
    qint64 next = 0;
};

} // namespace

class TestSync : public QObject {
    Q_OBJECT

private:
    TestServer m_server;
    DemoAccounts m_accounts;

    // Follows `next` until has_more is false.
    Feed walk(qint64 since, int limit, const std::string& token = {})
    {
        Feed feed;
        auto c = m_server.client();
        for (int page = 0; page < 1000; ++page) {
            const Reply r = c.get("/api/v1/sync/changes?since=" + std::to_string(since) +
                                      "&limit=" + std::to_string(limit),
                                  token);
            if (r.status != 200)
                return {};
            const QJsonObject body = r.json();
            for (const QJsonValue& v : body.value(u"changes"_qs).toArray())
                feed.changes.append(v.toObject());
            since = qint64(body.value(u"next"_qs).toDouble());
            feed.next = since;
            if (!body.value(u"has_more"_qs).toBool())
                break;
        }
        return feed;
    }

    QString placeOrder(const std::string& token, const std::string& key)
    {
        const Reply r = m_server.client().post(
            "/api/v1/orders",
            {{u"lines"_qs,
              QJsonArray{QJsonObject{{u"sku"_qs, u"TSH-0001-S-GRIS-CHINE"_qs}, {u"quantity"_qs, 1}}}}},
            token, {{"Idempotency-Key", key}});
        return r.json().value(u"id"_qs).toString();
    }

    static QSet<QString> orderIds(const Feed& feed)
    {
        QSet<QString> ids;
        for (const QJsonObject& c : feed.changes)
            if (c.value(u"entity"_qs).toString() == u"order")
                ids.insert(c.value(u"id"_qs).toString());
        return ids;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QVERIFY(m_accounts.signInStaff(m_server));
    }

    void bootstrapIsTheWholeCurrentState()
    {
        const Feed feed = walk(0, 5000);
        QHash<QString, int> perEntity;
        QSet<QString> seen;
        qint64 previous = 0;
        for (const QJsonObject& c : feed.changes) {
            const qint64 seq = qint64(c.value(u"seq"_qs).toDouble());
            QVERIFY(seq > previous);
            previous = seq;
            const QString key = c.value(u"entity"_qs).toString() + u'/' + c.value(u"id"_qs).toString();
            QVERIFY2(!seen.contains(key), qPrintable(key)); // compacted: one change per entity
            seen.insert(key);
            ++perEntity[c.value(u"entity"_qs).toString()];
            QCOMPARE(c.value(u"op"_qs).toString(), u"upsert"_qs);
            QVERIFY(c.value(u"data"_qs).isObject());
        }
        QCOMPARE(feed.next, previous);
        QCOMPARE(perEntity.value(u"location"_qs), 4);
        QCOMPARE(perEntity.value(u"category"_qs), m_server.client().get("/api/v1/categories").items().size());
        QVERIFY(perEntity.value(u"product"_qs) >= 300);
        QVERIFY(perEntity.value(u"stock"_qs) >= 4 * 2000);
        QCOMPARE(perEntity.value(u"promotion"_qs), 0); // codes are not public
        QCOMPARE(perEntity.value(u"order"_qs), 0);
        // Every stock level of the server is in the bootstrap, with the same figures.
        const Reply lyon = m_server.client().get("/api/v1/inventory?location_id=loc_lyon&limit=200");
        for (const QJsonValue& v : lyon.items()) {
            const QJsonObject level = v.toObject();
            const QString id = level.value(u"sku"_qs).toString() + u"@loc_lyon"_qs;
            bool found = false;
            for (const QJsonObject& c : feed.changes)
                if (c.value(u"entity"_qs).toString() == u"stock" && c.value(u"id"_qs).toString() == id) {
                    QCOMPARE(c.value(u"data"_qs).toObject(), level);
                    found = true;
                }
            QVERIFY2(found, qPrintable(id));
        }
    }

    void smallPagesWalkTheSameFeed()
    {
        const Feed whole = walk(0, 5000);
        const Feed paged = walk(0, 333);
        QCOMPARE(paged.changes.size(), whole.changes.size());
        QCOMPARE(paged.changes, whole.changes);
        QCOMPARE(paged.next, whole.next);
    }

    void deltasCarryOnlyWhatChangedAtItsLatestState()
    {
        const qint64 cursor = walk(0, 5000).next;
        auto c = m_server.client();
        const QJsonObject adjust{{u"sku"_qs, u"TSH-0001-S-GRIS-CHINE"_qs},
                                 {u"location_id"_qs, u"loc_paris"_qs},
                                 {u"delta"_qs, 2},
                                 {u"reason"_qs, u"receipt"_qs}};
        QCOMPARE(c.post("/api/v1/inventory/adjustments", adjust, m_accounts.staffParis,
                        {{"Idempotency-Key", "s1"}})
                     .status,
                 201);
        const Reply second = c.post("/api/v1/inventory/adjustments", adjust, m_accounts.staffParis,
                                    {{"Idempotency-Key", "s2"}});
        QCOMPARE(second.status, 201);
        const Feed delta = walk(cursor, 100);
        QCOMPARE(delta.changes.size(), 1); // two writes, one entity: compacted
        const QJsonObject change = delta.changes.first();
        QCOMPARE(change.value(u"entity"_qs).toString(), u"stock"_qs);
        QCOMPARE(change.value(u"id"_qs).toString(), u"TSH-0001-S-GRIS-CHINE@loc_paris"_qs);
        QCOMPARE(change.value(u"data"_qs).toObject(), second.json());
        QVERIFY(delta.next > cursor);
        // Nothing new: the same cursor comes back, with no changes.
        const Reply idle = c.get("/api/v1/sync/changes?since=" + std::to_string(delta.next));
        QCOMPARE(idle.json().value(u"changes"_qs).toArray().size(), 0);
        QCOMPARE(qint64(idle.json().value(u"next"_qs).toDouble()), delta.next);
        QCOMPARE(idle.json().value(u"has_more"_qs).toBool(), false);
    }

    void ordersAreScopedToWhoMaySeeThem()
    {
        const qint64 cursor = walk(0, 5000).next;
        auto c = m_server.client();
        const RegisteredCustomer anaAccount =
            registerCustomer(m_server, u"ana@example.fr"_qs, u"Ana"_qs, u"ana-password-1"_qs);
        const RegisteredCustomer benAccount =
            registerCustomer(m_server, u"ben@example.fr"_qs, u"Ben"_qs, u"ben-password-1"_qs);
        QCOMPARE(anaAccount.registrationStatus, 201);
        QCOMPARE(benAccount.registrationStatus, 201);
        const std::string& ana = anaAccount.token;
        const std::string& ben = benAccount.token;
        const std::string kiosk = m_server.kioskToken(u"loc_paris"_qs);
        const auto pickup = [&](const std::string& token, const std::string& key) {
            const Reply r = c.post(
                "/api/v1/orders",
                {{u"lines"_qs,
                  QJsonArray{QJsonObject{{u"sku"_qs, u"TSH-0001-S-GRIS-CHINE"_qs}, {u"quantity"_qs, 1}}}},
                 {u"fulfillment"_qs,
                  QJsonObject{{u"type"_qs, u"pickup"_qs}, {u"location_id"_qs, u"loc_paris"_qs}}}},
                token, {{"Idempotency-Key", key}});
            return r.json().value(u"id"_qs).toString();
        };
        const QString anaOrder = pickup(ana, "ana-1");
        const QString benOrder = pickup(ben, "ben-1");
        const QString kioskOrder = placeOrder(kiosk, "kiosk-1");
        const QString staffOrder = placeOrder(m_accounts.staffParis, "staff-1");
        QVERIFY(!anaOrder.isEmpty() && !benOrder.isEmpty() && !kioskOrder.isEmpty() && !staffOrder.isEmpty());

        QCOMPARE(orderIds(walk(cursor, 500, ana)), QSet<QString>{anaOrder});
        QCOMPARE(orderIds(walk(cursor, 500, ben)), QSet<QString>{benOrder});
        QCOMPARE(orderIds(walk(cursor, 500, kiosk)), QSet<QString>{kioskOrder});
        QCOMPARE(orderIds(walk(cursor, 500)), QSet<QString>{});
        QCOMPARE(orderIds(walk(cursor, 500, m_accounts.staffLyon)), QSet<QString>{});
        QCOMPARE(orderIds(walk(cursor, 500, m_accounts.staffParis)),
                 (QSet<QString>{anaOrder, benOrder, kioskOrder, staffOrder}));
        QCOMPARE(orderIds(walk(cursor, 500, m_accounts.manager)),
                 (QSet<QString>{anaOrder, benOrder, kioskOrder, staffOrder}));
        // Promotions reach the tills that price carts offline, not the public.
        QVERIFY(walk(0, 5000, kiosk).changes.size() > walk(0, 5000).changes.size());
    }

    void badCursorsAndLimitsAre400()
    {
        auto c = m_server.client();
        for (const char* q :
             {"since=-1", "since=abc", "limit=0", "limit=5001", "since=1&since=2", "since=1e3"}) {
            const Reply r = c.get(std::string("/api/v1/sync/changes?") + q);
            QVERIFY2(r.status == 400, q);
            QVERIFY(r.header("Content-Type").rfind("application/problem+json", 0) == 0);
        }
    }

    void cursorsOlderThanTheTombstoneWindowAre410()
    {
        TestServer server;
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        // As if tombstones up to seq 100 had been pruned by the retention window.
        DatabaseProbe db(server);
        QVERIFY2(db.exec(u"INSERT INTO meta(key, value) VALUES('tombstones_pruned_through', '100')"_qs),
                 qPrintable(db.lastError()));
        auto c = server.client();
        const Reply gone = c.get("/api/v1/sync/changes?since=50");
        QCOMPARE(gone.status, 410);
        QCOMPARE(gone.json().value(u"status"_qs).toInt(), 410);
        QCOMPARE(c.get("/api/v1/sync/changes?since=0&limit=1").status, 200);
        QCOMPARE(c.get("/api/v1/sync/changes?since=100&limit=1").status, 200);
    }

    void aBootstrapBegunAfterAPruneWalksBelowTheFloor()
    {
        TestServer server;
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        // Tombstones pruned up to a seq in the middle of the log: older products keep lower seqs.
        const qint64 floor = qint64(server.client()
                                        .get("/api/v1/sync/changes?since=0&limit=5000")
                                        .json()
                                        .value(u"next"_qs)
                                        .toDouble());
        DatabaseProbe db(server);
        QVERIFY2(db.exec(u"INSERT INTO meta(key, value) VALUES('tombstones_pruned_through', ?)"_qs,
                         {QString::number(floor)}),
                 qPrintable(db.lastError()));
        auto c = server.client();
        // A cursor handed out before the floor rose may miss tombstones: 410.
        QCOMPARE(c.get("/api/v1/sync/changes?since=" + std::to_string(floor - 1)).status, 410);
        // A bootstrap begun now walks cursors below the floor, handed out after it rose: fine.
        qint64 since = 0;
        int pages = 0;
        for (bool more = true; more; ++pages) {
            const Reply r = c.get("/api/v1/sync/changes?limit=1000&since=" + std::to_string(since));
            QCOMPARE(r.status, 200);
            since = qint64(r.json().value(u"next"_qs).toDouble());
            more = r.json().value(u"has_more"_qs).toBool();
        }
        QVERIFY(pages > 5);
        QVERIFY(since >= floor);
        // A cursor below the floor that nobody was given is still refused.
        QCOMPARE(c.get("/api/v1/sync/changes?since=1").status, 410);
    }

    void answersAreGzippedWhenAsked()
    {
        auto c = m_server.client();
        httplib::Client raw("127.0.0.1", m_server.port());
        raw.set_decompress(false);
        const auto zipped = raw.Get("/api/v1/sync/changes?since=0&limit=2000", {{"Accept-Encoding", "gzip"}});
        QVERIFY(zipped);
        QCOMPARE(zipped->status, 200);
        QCOMPARE(zipped->get_header_value("Content-Encoding"), std::string("gzip"));
        // What browsers and Qt offer: Brotli is declined (the library's quality 11 costs seconds
        // of CPU per page), gzip taken.
        for (const char* offer : {"gzip, deflate, br", "br;q=1.0, gzip;q=0.5", "br"}) {
            const auto answer =
                raw.Get("/api/v1/sync/changes?since=0&limit=2000", {{"Accept-Encoding", offer}});
            QVERIFY(answer);
            QCOMPARE(answer->status, 200);
            QVERIFY2(answer->get_header_value("Content-Encoding") != "br", offer);
        }
        const auto products =
            raw.Get("/api/v1/products?limit=50", {{"Accept-Encoding", "gzip, deflate, br"}});
        QVERIFY(products);
        QCOMPARE(products->get_header_value("Content-Encoding"), std::string("gzip"));
        const Reply plain = c.get("/api/v1/sync/changes?since=0&limit=2000");
        QVERIFY(zipped->body.size() * 3 < plain.body.size());
        // Inflate and compare.
        z_stream z{};
        QCOMPARE(inflateInit2(&z, 16 + MAX_WBITS), Z_OK);
        std::string out(plain.body.size() + 1024, '\0');
        z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zipped->body.data()));
        z.avail_in = uInt(zipped->body.size());
        z.next_out = reinterpret_cast<Bytef*>(out.data());
        z.avail_out = uInt(out.size());
        QCOMPARE(inflate(&z, Z_FINISH), Z_STREAM_END);
        out.resize(z.total_out);
        inflateEnd(&z);
        QCOMPARE(out, plain.body);
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
