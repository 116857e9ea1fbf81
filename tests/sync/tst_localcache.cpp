// The local cache file: migrations from an older client, and what happens to a damaged file
// or one written by a newer client (set aside, replaced, pending actions carried over).
#include "sync/cache/cacheschema.h"
#include "sync/cache/localcache.h"
#include "sync/outbox/outbox.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace comptoir;
using namespace comptoir::sync;

class TestLocalCache : public QObject {
    Q_OBJECT

private slots:
    void createsTheLatestSchema()
    {
        QTemporaryDir dir;
        LocalCache cache(dir.filePath(u"cache.db"_qs));
        QCOMPARE(sqlite::schemaVersion(cache.db()), int(cacheMigrations().size()));
        QVERIFY(!cache.opening().rebuilt);
        QCOMPARE(cache.cursor(), 0);
    }

    void migratesACacheWrittenByAnOlderClient()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.db"_qs);
        {
            // What the first released client left: schema 1, a product and a cursor.
            sqlite::Connection old(path.toStdString(), sqlite::Durability::Full);
            QCOMPARE(sqlite::migrate(old, cacheMigrations().first(1), "old client"), 1);
            old.execScript(
                "INSERT INTO products(id, name, brand, status, json) VALUES ('prd_1', 'Pull', '', 'active', "
                "'{\"description\":\"Maille épaisse\"}');"
                "INSERT INTO variants(sku, product_id, price, barcode) VALUES ('PUL-1-M', 'prd_1', 4900, "
                "'3760000000017');"
                "INSERT INTO products_fts(rowid, name, brand, description, codes) SELECT rid, name, brand, "
                "'Maille épaisse', 'PUL-1-M 3760000000017' FROM products;"
                "INSERT INTO meta(key, value) VALUES ('cursor', '42');"
                "INSERT INTO orders(id, status, updated_at, json) VALUES ('ord_1', 'paid', '', '{}');");
        }
        LocalCache cache(path);
        QVERIFY(!cache.opening().rebuilt);
        QCOMPARE(sqlite::schemaVersion(cache.db()), int(cacheMigrations().size()));
        QCOMPARE(cache.cursor(), 42);
        auto st = cache.db().prepare("SELECT name FROM products WHERE id = 'prd_1'");
        QVERIFY(st.step());
        QCOMPARE(st.text(0), u"Pull"_qs);
        auto origin = cache.db().prepare("SELECT origin FROM orders WHERE id = 'ord_1'");
        QVERIFY(origin.step());
        QCOMPARE(origin.text(0), u"server"_qs); // orders of the old cache came from the server
        // The search index was rebuilt (step 4) from what the cache held: name, description, codes.
        for (const char* match : {"\"pu\"*", "\"epais\"*", "\"3760000000017\"", "\"pul\"* \"mail\"*"}) {
            auto search = cache.db().prepare("SELECT p.id FROM products_fts JOIN products p ON p.rid = "
                                             "products_fts.rowid WHERE products_fts MATCH ?");
            search.bind(1, match);
            QVERIFY2(search.step(), match);
            QCOMPARE(search.text(0), u"prd_1"_qs);
        }
        Outbox outbox(cache);
        QVERIFY(outbox.enqueue({u"POST"_qs, u"/orders"_qs, "{}", u"order"_qs, u"ord_2"_qs, {}}) > 0);
        QCOMPARE(outbox.pendingCount(), 1);
    }

    void setsAsideAFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.db"_qs);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, '\x5a')); // a disk that returned garbage
        f.close();
        LocalCache cache(path);
        QVERIFY(cache.opening().rebuilt);
        QVERIFY(cache.opening().reason.contains(u"not a database"_qs));
        QVERIFY(QFile::exists(cache.opening().setAsidePath));
        QCOMPARE(QFileInfo(cache.opening().setAsidePath).size(), 8192); // kept for a post-mortem
        QCOMPARE(cache.cursor(), 0);
        Outbox outbox(cache);
        QCOMPARE(outbox.pendingCount(), 0);
    }

    void setsAsideACacheWrittenByANewerClient()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"cache.db"_qs);
        {
            LocalCache cache(path);
            cache.setCursor(7);
            cache.db().execScript("PRAGMA user_version = 99");
        }
        LocalCache cache(path);
        QVERIFY(cache.opening().rebuilt);
        QVERIFY(cache.opening().reason.contains(u"newer"_qs));
        QCOMPARE(cache.cursor(), 0);
        QCOMPARE(sqlite::schemaVersion(cache.db()), int(cacheMigrations().size()));
    }

    void rebuildingKeepsPendingActionsAndUnconfirmedOrders()
    {
        QTemporaryDir dir;
        LocalCache cache(dir.filePath(u"cache.db"_qs));
        Outbox outbox(cache);
        const Credential cashierA{"token-of-cashier-a", u"identity-of-the-store"_qs};
        outbox.setCurrentCredential(cashierA);
        outbox.enqueue(
            {u"POST"_qs, u"/orders"_qs, R"({"id":"ord_a"})", u"order"_qs, u"ord_a"_qs, u"key-a"_qs},
            [](sqlite::Connection& db) {
                db.execScript("INSERT INTO orders(id, status, updated_at, json, origin) "
                              "VALUES ('ord_a', 'pending_sync', '', '{}', 'local')");
            });
        const qint64 second = outbox.enqueue(
            {u"POST"_qs, u"/orders"_qs, R"({"id":"ord_b"})", u"order"_qs, u"ord_b"_qs, u"key-b"_qs});
        outbox.settleApplied(*outbox.entry(second), 201, "{}");
        QVERIFY(!outbox.entry(second)->credential); // a token stays only while its entry is pending
        cache.setCursor(1234);
        cache.db().execScript(
            "INSERT INTO locations(id, name, kind, json) VALUES ('loc_x', 'X', 'store', '{}')");

        cache.rebuild(u"damaged page found while applying changes"_qs);
        QVERIFY(cache.opening().rebuilt);
        QCOMPARE(cache.opening().salvagedEntries, 1);
        QCOMPARE(cache.cursor(), 0);
        auto locations = cache.db().prepare("SELECT count(*) FROM locations");
        QVERIFY(locations.step());
        QCOMPARE(locations.int64(0), 0);
        QCOMPARE(outbox.pendingCount(), 1);
        const auto pending = outbox.nextPending();
        QVERIFY(pending.has_value());
        QCOMPARE(pending->request.idempotencyKey, u"key-a"_qs); // the same key: a resend is harmless
        QCOMPARE(pending->request.body, QByteArray(R"({"id":"ord_a"})"));
        QVERIFY(pending->credential == cashierA); // still sent as the cashier who made it
        auto orders = cache.db().prepare("SELECT origin FROM orders WHERE id = 'ord_a'");
        QVERIFY(orders.step());
        QCOMPARE(orders.text(0), u"local"_qs);
    }

    void appliedEntriesArePrunedPendingAndRejectedStay()
    {
        QTemporaryDir dir;
        LocalCache cache(dir.filePath(u"cache.db"_qs));
        Outbox outbox(cache);
        const qint64 applied =
            outbox.enqueue({u"POST"_qs, u"/orders"_qs, "{}", u"order"_qs, u"ord_1"_qs, {}});
        const qint64 rejected =
            outbox.enqueue({u"POST"_qs, u"/orders"_qs, "{}", u"order"_qs, u"ord_2"_qs, {}});
        const qint64 pending =
            outbox.enqueue({u"POST"_qs, u"/orders"_qs, "{}", u"order"_qs, u"ord_3"_qs, {}});
        outbox.settleApplied(*outbox.entry(applied), 201, R"({"id":"ord_1"})");
        outbox.settleRejected(*outbox.entry(rejected), 422, "{}", u"unknown sku"_qs);
        QCOMPARE(outbox.pruneApplied(QDateTime::currentDateTimeUtc().addDays(-7)), 0); // too recent
        QCOMPARE(outbox.pruneApplied(QDateTime::currentDateTimeUtc().addSecs(60)), 1);
        QVERIFY(!outbox.entry(applied).has_value());
        QCOMPARE(outbox.entry(rejected)->state, u"rejected"_qs);
        QCOMPARE(outbox.entry(pending)->state, u"pending"_qs);
    }

    void enqueueWritesNothingWhenTheLocalEffectFails()
    {
        QTemporaryDir dir;
        LocalCache cache(dir.filePath(u"cache.db"_qs));
        Outbox outbox(cache);
        QVERIFY_THROWS_EXCEPTION(
            sqlite::Error,
            outbox.enqueue({u"POST"_qs, u"/orders"_qs, "{}", u"order"_qs, u"ord_x"_qs, {}},
                           [](sqlite::Connection& db) { db.execScript("INSERT INTO nowhere VALUES (1)"); }));
        QCOMPARE(outbox.pendingCount(), 0);
    }
};

QTEST_MAIN(TestLocalCache)
#include "tst_localcache.moc"
