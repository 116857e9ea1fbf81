// The libpq layer (store/pg/pgconnection.*), the PostgreSQL schema and the SQLite functions it
// provides, against a real PostgreSQL started by the test harness (tests/support/pgcluster.*).

#include "pgcluster.h"
#include "store/pg/pgconnection.h"
#include "store/pg/pgmigrations.h"

#include <QtTest/QtTest>
#include <array>
#include <functional>
#include <limits>
#include <thread>

using namespace comptoir;
using namespace std::chrono_literals;

class TstPgConnection : public QObject {
    Q_OBJECT

private:
    test::PgCluster* m_cluster = nullptr;
    QString m_url;
    std::unique_ptr<pg::Connection> m_c;

    // The first value of the first row of `sql`.
    QString scalar(const char* sql)
    {
        auto st = m_c->prepare(sql);
        return st.step() ? (st.isNull(0) ? u"NULL"_qs : st.text(0)) : u"no row"_qs;
    }

private slots:
    void initTestCase()
    {
        m_cluster = &test::PgCluster::shared();
        QVERIFY2(m_cluster->isRunning(), qPrintable(m_cluster->lastError()));
        qInfo("cluster started in %lld ms", m_cluster->startMs());
        m_url = m_cluster->createDatabase();
        QVERIFY2(!m_url.isEmpty(), qPrintable(m_cluster->lastError()));
        m_c = std::make_unique<pg::Connection>(m_url.toStdString());
    }

    void rewritesPlaceholdersOutsideStringsAndComments()
    {
        const auto p = pg::portSql("SELECT '?', 'it''s ?', \"a?\", ? -- ? here\n, /* ? */ ?");
        QCOMPARE(p.sql, std::string("SELECT '?', 'it''s ?', \"a?\", $1 -- ? here\n, /* ? */ $2"));
        QCOMPARE(p.parameterCount, 2);
        // ?NNN keeps its number and may repeat; a bare ? takes the one after the largest.
        const auto n = pg::portSql("WHERE a = ?2 AND b = ?1 AND c = ?2 AND d = ?");
        QCOMPARE(n.sql, std::string("WHERE a = $2 AND b = $1 AND c = $2 AND d = $3"));
        QCOMPARE(n.parameterCount, 3);
        QCOMPARE(pg::portSql("SELECT seq FROM changes NOT INDEXED WHERE seq > ?1").sql,
                 std::string("SELECT seq FROM changes WHERE seq > $1"));
        QCOMPARE(pg::portSql("BEGIN IMMEDIATE").sql, std::string("BEGIN"));
        QCOMPARE(pg::portSql("SELECT json_object('a', 1), 'json_object(' FROM t").sql,
                 std::string("SELECT json_build_object('a', 1), 'json_object(' FROM t"));
        QCOMPARE(pg::portSql("SELECT not_indexed, x NOT IN (1)").sql,
                 std::string("SELECT not_indexed, x NOT IN (1)"));

        // And on the server: the literal's ? stays text, ?1 is bound once and used twice.
        auto st = m_c->prepare("SELECT ?1 || '?' || ?1, ?2");
        QCOMPARE(st.parameterCount(), 2);
        st.bind(1, "a").bind(2, qint64(7));
        QVERIFY(st.step());
        QCOMPARE(st.text(0), u"a?a"_qs);
        QCOMPARE(st.int64(1), 7);
        QVERIFY(!st.step());
    }

    void roundTripsEveryByteInBytea()
    {
        QByteArray all(256, '\0');
        for (int i = 0; i < 256; ++i)
            all[i] = char(i);
        m_c->execScript("CREATE TEMP TABLE blobs(k text PRIMARY KEY, b bytea)");
        m_c->prepare("INSERT INTO blobs(k, b) VALUES(?, ?)").bind(1, "all").bindBlob(2, all).exec();
        m_c->prepare("INSERT INTO blobs(k, b) VALUES(?, ?)")
            .bind(1, "empty")
            .bindBlob(2, QByteArray(""))
            .exec();
        auto st = m_c->prepare("SELECT b, length(b) FROM blobs WHERE k = ?");
        st.bind(1, "all");
        QVERIFY(st.step());
        QCOMPARE(st.int64(1), 256);
        QCOMPARE(st.blob(0), all);
        QCOMPARE(st.textView(0).size(), size_t(256)); // read as text: the bytes, as SQLite gives them
        auto empty = m_c->prepare("SELECT b, length(b) FROM blobs WHERE k = ?");
        empty.bind(1, "empty");
        QVERIFY(empty.step());
        QVERIFY(!empty.isNull(0));
        QCOMPARE(empty.int64(1), 0);
        QCOMPARE(empty.blob(0), QByteArray());
    }

    void keepsNullsAndInt64Extremes()
    {
        m_c->execScript(
            "CREATE TEMP TABLE numbers(k bigint PRIMARY KEY, n bigint, r double precision, t text)");
        constexpr std::array<qint64, 5> values = {std::numeric_limits<qint64>::min(), -1, 0, 1,
                                                  std::numeric_limits<qint64>::max()};
        for (size_t i = 0; i < values.size(); ++i)
            m_c->prepare("INSERT INTO numbers(k, n, r, t) VALUES(?, ?, ?, ?)")
                .bind(1, qint64(i))
                .bind(2, values[i])
                .bind(3, 0.1 * double(i))
                .bind(4, QString::number(values[i]))
                .exec();
        m_c->prepare("INSERT INTO numbers(k, n, r, t) VALUES(?, ?, ?, ?)")
            .bind(1, qint64(99))
            .bind(2, nullptr)
            .bindOptional(3, QString())
            .bindOptional(4, QString())
            .exec();
        auto st = m_c->prepare("SELECT n, r, t FROM numbers ORDER BY k");
        for (size_t i = 0; i < values.size(); ++i) {
            QVERIFY(st.step());
            QCOMPARE(st.int64(0), values[i]);
            QCOMPARE(st.real(1), 0.1 * double(i));
            QCOMPARE(st.text(2), QString::number(values[i]));
            QVERIFY(!st.isNull(0));
        }
        QVERIFY(st.step());
        QVERIFY(st.isNull(0) && st.isNull(1) && st.isNull(2));
        QCOMPARE(st.int64(0), 0);
        QCOMPARE(st.text(2), QString());
        QVERIFY(!st.step());
        // As SQLite reads them: booleans as 1/0, a numeric SUM truncated to its integer.
        auto mixed =
            m_c->prepare("SELECT 1 = 1, 1 = 2, SUM(n) FILTER (WHERE k IN (1, 3)), 2.9::numeric FROM numbers");
        QVERIFY(mixed.step());
        QCOMPARE(mixed.int64(0), 1);
        QCOMPARE(mixed.int64(1), 0);
        QCOMPARE(mixed.int64(2), 0);
        QCOMPARE(mixed.int64(3), 2);
        QCOMPARE(mixed.real(3), 2.9);
    }

    void roundTripsHostileText()
    {
        QString control;
        for (char16_t c = 1; c < 32; ++c)
            control += QChar(c);
        const QStringList texts = {control,
                                   u"\u202Eevil\u202C txt"_qs,
                                   u"😀👩‍👩‍👧 café ﷺ"_qs,
                                   QString(200000, u'é') + u"🏁"_qs,
                                   u"'; DROP TABLE users; --"_qs,
                                   u"?1 $1 \\x00"_qs};
        m_c->execScript("CREATE TEMP TABLE texts(k bigint PRIMARY KEY, t text)");
        for (int i = 0; i < texts.size(); ++i)
            m_c->prepare("INSERT INTO texts(k, t) VALUES(?, ?)").bind(1, i).bind(2, texts[i]).exec();
        auto st = m_c->prepare("SELECT t, length(t) FROM texts ORDER BY k");
        for (const QString& t : texts) {
            QVERIFY(st.step());
            QCOMPARE(st.text(0), t);
            QCOMPARE(st.textView(0), std::string_view(t.toUtf8().constData(), size_t(t.toUtf8().size())));
        }
        // PostgreSQL's text holds no NUL: refused, not cut short.
        try {
            m_c->prepare("INSERT INTO texts(k, t) VALUES(?, ?)")
                .bind(1, 100)
                .bind(2, std::string_view("a\0b", 3));
            QFAIL("a NUL in text was accepted");
        } catch (const pg::Error& e) {
            QCOMPARE(e.sqlState(), std::string("22021"));
        }
    }

    void reportsConstraintErrorsAsConstraints()
    {
        const auto insertLocation = [&](const char* id, const char* kind) {
            m_c->prepare("INSERT INTO locations(id, name, kind) VALUES(?, ?, ?)")
                .bind(1, id)
                .bind(2, "X")
                .bind(3, kind)
                .exec();
        };
        insertLocation("loc-1", "store");
        const auto expectConstraint = [&](const std::function<void()>& f, const char* state) {
            try {
                f();
            } catch (const pg::Error& e) {
                QVERIFY2(e.isConstraint(), e.what());
                QCOMPARE(e.sqlState(), std::string(state));
                QVERIFY(!e.isConnectionLost() && !e.isSerializationFailure());
                return;
            }
            QFAIL("no error");
        };
        expectConstraint([&] { insertLocation("loc-1", "store"); }, "23505");
        expectConstraint([&] { insertLocation("loc-2", "moon"); }, "23514");
        expectConstraint(
            [&] {
                m_c->prepare(
                       "INSERT INTO devices(id, user_id, name, store_id, created_at) VALUES(?, ?, ?, ?, ?)")
                    .bind(1, "d")
                    .bind(2, "nobody")
                    .bind(3, "n")
                    .bind(4, "loc-1")
                    .bind(5, "now")
                    .exec();
            },
            "23503");
        // Emails and promotion codes are equal whatever their case (SQLite's COLLATE NOCASE).
        m_c->prepare("INSERT INTO users(id, email, name, role, created_at) VALUES(?, ?, ?, 'customer', ?)")
            .bind(1, "u1")
            .bind(2, "Ana@Example.com")
            .bind(3, "Ana")
            .bind(4, "now")
            .exec();
        expectConstraint(
            [&] {
                m_c->prepare(
                       "INSERT INTO users(id, email, name, role, created_at) VALUES(?, ?, ?, 'customer', ?)")
                    .bind(1, "u2")
                    .bind(2, "ana@example.COM")
                    .bind(3, "Ana")
                    .bind(4, "now")
                    .exec();
            },
            "23505");
        auto byEmail = m_c->prepare("SELECT id FROM users WHERE email = ?");
        byEmail.bind(1, "ANA@EXAMPLE.COM");
        QVERIFY(byEmail.step());
        QCOMPARE(byEmail.text(0), u"u1"_qs);
        // The fiscal journal is append-only, refused as SQLite's RAISE(ABORT) refuses it.
        m_c->prepare("INSERT INTO fiscal_journal(seq, type, at, ref, data, prev_hash, hash, signature) "
                     "VALUES(1, 'sale', 'now', 'o1', '{}', '', 'h', 's')")
            .exec();
        expectConstraint([&] { m_c->prepare("UPDATE fiscal_journal SET data = '{}' WHERE seq = 1").exec(); },
                         "23000");
        expectConstraint([&] { m_c->prepare("DELETE FROM fiscal_journal").exec(); }, "23000");
        QVERIFY(!m_c->inTransaction());
    }

    void countsChangesAndRollsBackUncommittedTransactions()
    {
        m_c->execScript("CREATE TEMP TABLE counted(k bigint PRIMARY KEY, v text)");
        m_c->prepare("INSERT INTO counted(k, v) SELECT g, 'a' FROM generate_series(1, 5) g").exec();
        QCOMPARE(m_c->changes(), 5);
        m_c->prepare("UPDATE counted SET v = 'b' WHERE k > ?").bind(1, 3).exec();
        QCOMPARE(m_c->changes(), 2);
        (void)scalar("SELECT 1"); // a SELECT leaves the count as it was, as in SQLite
        QCOMPARE(m_c->changes(), 2);
        {
            pg::Transaction t(*m_c);
            QVERIFY(m_c->inTransaction());
            m_c->prepare("DELETE FROM counted").exec();
            QCOMPARE(m_c->changes(), 5);
        } // not committed
        QVERIFY(!m_c->inTransaction());
        QCOMPARE(scalar("SELECT COUNT(*) FROM counted"), u"5"_qs);
        {
            pg::Transaction t(*m_c);
            m_c->prepare("DELETE FROM counted WHERE k = 1").exec();
            t.commit();
        }
        QCOMPARE(scalar("SELECT COUNT(*) FROM counted"), u"4"_qs);
    }

    void detectsALostConnectionAndReconnects()
    {
        pg::Connection c(m_url.toStdString());
        auto before = c.prepare("SELECT COUNT(*) FROM locations");
        QVERIFY(before.step());
        QVERIFY(m_cluster->restart());
        bool lost = false;
        try {
            auto st = c.prepare("SELECT COUNT(*) FROM locations");
            st.step();
        } catch (const pg::Error& e) {
            lost = e.isConnectionLost();
            QVERIFY2(lost, e.what());
        }
        QVERIFY(lost);
        QVERIFY(!c.isOpen());
        c.reconnect();
        QVERIFY(c.isOpen());
        auto after = c.prepare("SELECT COUNT(*) FROM locations"); // prepared again on the new session
        QVERIFY(after.step());
        QCOMPARE(after.int64(0), 1);
        m_c->reconnect(); // the suite's own connection was cut as well
    }

    void deliversNotifications()
    {
        pg::Connection listener(m_url.toStdString());
        pg::Connection sender(m_url.toStdString());
        listener.listen("comptoir changes");
        QVERIFY(!listener.waitForNotification(50ms)); // nothing yet: answers when the time is up
        sender.notify("comptoir changes", "1234");
        sender.notify("elsewhere", "nobody listens");
        const auto n = listener.waitForNotification(5000ms);
        QVERIFY(n);
        QCOMPARE(n->channel, std::string("comptoir changes"));
        QCOMPARE(n->payload, std::string("1234"));
        QVERIFY(n->senderPid != 0);
        // Inside a transaction, delivered at its commit only.
        {
            pg::Transaction t(sender);
            sender.notify("comptoir changes", "1235");
            QVERIFY(!listener.waitForNotification(100ms));
            t.commit();
        }
        const auto second = listener.waitForNotification(5000ms);
        QVERIFY(second);
        QCOMPARE(second->payload, std::string("1235"));
        listener.unlisten("comptoir changes");
        sender.notify("comptoir changes", "1236");
        QVERIFY(!listener.waitForNotification(100ms));
    }

    void extractsJsonAsSqliteDoes()
    {
        m_c->execScript("CREATE TEMP TABLE docs(k bigint PRIMARY KEY, json text)");
        m_c->prepare("INSERT INTO docs(k, json) VALUES(1, ?)")
            .bind(1, R"({"image_url":"https://x/é.png","totals":{"subtotal":{"amount":1250}},"variants":[)"
                     R"({"sku":"A","price":{"amount":100},"options":{"size":"M","color":"red"}},)"
                     R"({"sku":"B","price":{"amount":-5.5},"options":["x","y"]}],"ok":true,"no":false,)"
                     R"("nothing":null,"a.b":"dotted"})")
            .exec();
        const auto extract = [&](const char* path) {
            auto st = m_c->prepare("SELECT json_extract(json, ?) FROM docs WHERE k = 1");
            st.bind(1, path);
            return st.step() ? (st.isNull(0) ? u"NULL"_qs : st.text(0)) : u"no row"_qs;
        };
        QCOMPARE(extract("$.image_url"), u"https://x/é.png"_qs); // strings unquoted
        QCOMPARE(extract("$.totals.subtotal.amount"), u"1250"_qs);
        QCOMPARE(extract("$.variants[1].price.amount"), u"-5.5"_qs);
        QCOMPARE(extract("$.variants[0].sku"), u"A"_qs);
        QCOMPARE(extract("$.ok"), u"1"_qs);
        QCOMPARE(extract("$.no"), u"0"_qs);
        QCOMPARE(extract("$.nothing"), u"NULL"_qs);
        QCOMPARE(extract("$.missing.deeper"), u"NULL"_qs);
        QCOMPARE(extract("$.variants[9]"), u"NULL"_qs);
        QCOMPARE(extract(R"($."a.b")"), u"dotted"_qs);
        QCOMPARE(extract("$.variants[1].options"), u"[\"x\",\"y\"]"_qs); // JSON text of an array
        QCOMPARE(scalar("SELECT json_extract(NULL, '$.a')"), u"NULL"_qs);
        // A number inside SUM: the portable form casts it (PORTING.md).
        QCOMPARE(
            scalar("SELECT SUM(CAST(json_extract(json, '$.totals.subtotal.amount') AS BIGINT)) FROM docs"),
            u"1250"_qs);

        // json_each: array elements by index, object members in their order; values as above.
        auto each =
            m_c->prepare("SELECT key, value, type FROM json_each((SELECT json FROM docs), '$.variants') "
                         "ORDER BY key");
        QVERIFY(each.step());
        QCOMPARE(each.text(0), u"0"_qs);
        QVERIFY(each.text(1).startsWith(u"{\"sku\":\"A\""_qs));
        QCOMPARE(each.text(2), u"object"_qs);
        QVERIFY(each.step());
        QVERIFY(!each.step());
        QCOMPARE(
            scalar("SELECT group_concat(value, ' / ') FROM json_each(json_extract((SELECT json FROM docs), "
                   "'$.variants[0].options'))"),
            u"M / red"_qs);
        QCOMPARE(scalar("SELECT group_concat(key || '=' || value || ':' || type) FROM json_each("
                        "'{\"i\":1,\"r\":1.5,\"s\":\"t\",\"b\":true,\"n\":null}')"),
                 u"i=1:integer,r=1.5:real,s=t:text,b=1:true"_qs); // n's value is NULL: skipped
        QCOMPARE(scalar("SELECT COUNT(*) FROM json_each(NULL)"), u"0"_qs);
        QCOMPARE(scalar("SELECT value FROM json_each('42')"), u"42"_qs);

        // The store's own statement (sqlitestore_orders.cpp): a variant's options joined.
        m_c->execScript(
            "INSERT INTO products(id, name, status, min_price, version, updated_at, json) "
            "SELECT 'p1', 'Café', 'active', 100, 1, 'now', json FROM docs WHERE k = 1;"
            "INSERT INTO variants(sku, product_id, position, price, currency) VALUES('A', 'p1', 0, 100, "
            "'EUR'), ('B', 'p1', 1, 5, 'EUR');");
        auto options = m_c->prepare(
            "SELECT v.sku, p.id, p.name, p.status, v.price, v.currency, p.tax_class, "
            "(SELECT group_concat(value, ' / ') FROM json_each(json_extract(p.json, '$.variants[' || "
            "v.position "
            "|| '].options'))) FROM variants v JOIN products p ON p.id = v.product_id WHERE v.sku = ?");
        options.bind(1, "B");
        QVERIFY(options.step());
        QCOMPARE(options.text(7), u"x / y"_qs);
    }

    void aggregatesAndScalarsAsSqliteDoes()
    {
        QCOMPARE(scalar("SELECT group_concat(v) FROM (VALUES ('a'), (NULL), ('b')) t(v)"), u"a,b"_qs);
        QCOMPARE(scalar("SELECT group_concat(v, '') FROM (VALUES ('a'), ('b')) t(v)"), u"ab"_qs);
        QCOMPARE(scalar("SELECT group_concat(v, '-') FROM (VALUES (NULL::text)) t(v)"), u"NULL"_qs);
        QCOMPARE(scalar("SELECT total(v) FROM (VALUES (NULL::bigint)) t(v)"), u"0"_qs);
        QCOMPARE(scalar("SELECT total(v) FROM (VALUES (2::bigint), (3), (NULL)) t(v)"), u"5"_qs);
        QCOMPARE(scalar("SELECT total(v) FROM (SELECT 1 WHERE false) t(v)"), u"0"_qs);
        QCOMPARE(scalar("SELECT max(3, 7)"), u"7"_qs);
        QCOMPARE(scalar("SELECT min(3, 7::bigint)"), u"3"_qs);
        QCOMPARE(scalar("SELECT max(3, NULL)"), u"NULL"_qs);                    // unlike GREATEST
        QCOMPARE(scalar("SELECT max(v) FROM (VALUES (1), (9)) t(v)"), u"9"_qs); // the aggregate still
        QCOMPARE(scalar("SELECT ifnull(NULL, 'x')"), u"x"_qs);
    }

    void runsTheStoresSqliteSqlUnchanged()
    {
        // An upsert whose SET reads the row's own column, with RETURNING: PostgreSQL wants the
        // column named by its table (PORTING.md), which SQLite accepts as well.
        for (qint64 expected : {1, 2}) {
            auto st = m_c->prepare(
                "INSERT INTO order_numbers(prefix, last) VALUES(?, 1) "
                "ON CONFLICT(prefix) DO UPDATE SET last = order_numbers.last + 1 RETURNING last");
            st.bind(1, "P");
            QVERIFY(st.step());
            QCOMPARE(st.int64(0), expected);
        }
        // Optional filters (?1 IS NULL OR …), bound as NULL or as text.
        for (const char* kind : {static_cast<const char*>(nullptr), "store"}) {
            auto st =
                m_c->prepare("SELECT COUNT(*) FROM locations WHERE (?1 IS NULL OR kind = ?1) AND (?2 IS NULL "
                             "OR id > ?2) LIMIT ?3");
            kind ? st.bind(1, kind) : st.bind(1, nullptr);
            st.bind(2, nullptr).bind(3, 10);
            QVERIFY(st.step());
            QCOMPARE(st.int64(0), 1);
        }
        auto audit =
            m_c->prepare("SELECT COUNT(*) FROM audit WHERE (?1 IS NULL OR actor = ?1) AND (?2 IS NOT NULL "
                         "AND rid < ?2 OR ?2 IS NULL) AND (?3 IS NULL) LIMIT ?4");
        audit.bind(1, nullptr).bind(2, qint64(5)).bind(3, nullptr).bind(4, 10);
        QVERIFY(audit.step());
        QCOMPARE(audit.int64(0), 0);
        // The change feed: SQLite's NOT INDEXED, and integers standing for booleans.
        m_c->prepare("INSERT INTO changes(entity, entity_id, op, data, changed_at) VALUES(?, ?, ?, ?, ?) "
                     "RETURNING seq")
            .bind(1, "promotion")
            .bind(2, "SUMMER")
            .bind(3, "upsert")
            .bind(4, "{}")
            .bind(5, qint64(1))
            .exec();
        for (int staff : {0, 1}) {
            auto st =
                m_c->prepare("SELECT COUNT(*) FROM changes NOT INDEXED WHERE seq > ?1 AND "
                             "((entity = 'promotion' AND ?2) OR (entity = 'order' AND (?3 OR scope_store = "
                             "?4))) LIMIT ?5");
            st.bind(1, qint64(0)).bind(2, staff).bind(3, 0).bind(4, "s1").bind(5, 100);
            QVERIFY(st.step());
            QCOMPARE(st.int64(0), staff);
        }
        // A parameter typed by nothing but its use in a recursive query's seed.
        m_c->execScript(
            "INSERT INTO categories(id, name, parent_id) VALUES('root', 'R', NULL), ('leaf', 'L', 'root')");
        auto tree =
            m_c->prepare("WITH RECURSIVE sub(id) AS (SELECT ? UNION ALL SELECT c.id FROM categories c "
                         "JOIN sub ON c.parent_id = sub.id) SELECT COUNT(*) FROM sub");
        tree.bind(1, "root");
        QVERIFY(tree.step());
        QCOMPARE(tree.int64(0), 2);
        // Columns named as PostgreSQL keywords (`by`, `at`, `before`, `after`).
        QCOMPARE(
            scalar("SELECT COUNT(*) FROM (SELECT id, kind, amount, reason, at, by FROM cash_movements) t"),
            u"0"_qs);
        QCOMPARE(scalar("SELECT COUNT(*) FROM (SELECT rid, at, before, after FROM audit) t"), u"0"_qs);
        // A blob parameter where the column is bytea; its bytes come back.
        m_c->prepare("INSERT INTO idempotency(scope, key, request_hash, status, body, created_at) VALUES(?, "
                     "?, ?, ?, ?, ?)")
            .bind(1, "s")
            .bind(2, "k")
            .bindBlob(3, QByteArray("\x00\x01\xff", 3))
            .bind(4, 201)
            .bindBlob(5, QByteArray("{\"id\":1}"))
            .bind(6, qint64(5))
            .exec();
        auto idem =
            m_c->prepare("SELECT request_hash, status, body FROM idempotency WHERE scope = ? AND key = ?");
        idem.bind(1, "s").bind(2, "k");
        QVERIFY(idem.step());
        QCOMPARE(idem.blob(0), QByteArray("\x00\x01\xff", 3));
        QCOMPARE(idem.text(2), u"{\"id\":1}"_qs);
    }

    void searchesWithoutAccentsInFrenchAndEnglish()
    {
        m_c->prepare("INSERT INTO products_fts(rowid, name, brand, description, codes) VALUES(?, ?, ?, ?, ?)")
            .bind(1, qint64(1))
            .bind(2, "Café moulu des Hauts-Plateaux")
            .bind(3, "Maison Éclat")
            .bind(4, "Roasted beans, ground fresh")
            .bind(5, "CAF-250 3760000000017")
            .exec();
        const auto matches = [&](const char* config, const char* query) {
            auto st = m_c->prepare(
                "SELECT COUNT(*) FROM products_fts WHERE document @@ to_tsquery(?::regconfig, ?)");
            st.bind(1, config).bind(2, query);
            return st.step() && st.int64(0) == 1;
        };
        QVERIFY(matches("comptoir_french", "cafe"));
        QVERIFY(matches("comptoir_french", "plateau")); // stemmed: Plateaux
        QVERIFY(matches("comptoir_english", "grinding") || matches("comptoir_english", "ground"));
        QVERIFY(matches("comptoir_english", "roast"));
        QVERIFY(matches("comptoir_codes", "3760000000017"));
        QVERIFY(matches("comptoir_french", "plat:*")); // a prefix while typing
        QVERIFY(!matches("comptoir_french", "the"));
        m_c->prepare("DELETE FROM products_fts WHERE rowid = ?").bind(1, qint64(1)).exec();
        QVERIFY(!matches("comptoir_french", "cafe"));
    }

    void migratesOnceAndRefusesANewerSchema()
    {
        QCOMPARE(pg::schemaVersion(*m_c), server::latestPostgresSchemaVersion());
        QCOMPARE(server::migratePostgres(*m_c), server::latestPostgresSchemaVersion()); // nothing to do
        const QString fresh = m_cluster->createDatabaseFrom(QString());
        QVERIFY(!fresh.isEmpty());
        pg::Connection c(fresh.toStdString());
        QCOMPARE(pg::schemaVersion(c), 0);
        // Two servers starting together on an empty database: one migrates, the other waits.
        pg::Connection other(fresh.toStdString());
        std::thread first([&] { server::migratePostgres(other); });
        QCOMPARE(server::migratePostgres(c), server::latestPostgresSchemaVersion());
        first.join();
        QCOMPARE(pg::schemaVersion(other), server::latestPostgresSchemaVersion());
        c.execScript("UPDATE schema_version SET version = version + 1");
        QVERIFY_THROWS_EXCEPTION(pg::NewerSchemaError, server::migratePostgres(c));
    }
};

QTEST_GUILESS_MAIN(TstPgConnection)
#include "tst_pgconnection.moc"
