// The catalog API: listing, search, filters, sorting, cursor pagination, conditional requests,
// and product writes with their validation, versions and change-log entries.
#include "databaseprobe.h"
#include "testserver.h"

#include <QSet>
#include <QtTest>

using namespace comptoir::test;

namespace {

QJsonObject money(qint64 amount, const QString& currency = u"EUR"_qs)
{
    return {{u"amount"_qs, double(amount)}, {u"currency"_qs, currency}};
}

QJsonObject newProduct(const QString& sku, const QString& barcode = {})
{
    QJsonObject variant{{u"sku"_qs, sku},
                        {u"options"_qs, QJsonObject{{u"couleur"_qs, u"ocre"_qs}}},
                        {u"price"_qs, money(2490)}};
    if (!barcode.isEmpty())
        variant.insert(u"barcode"_qs, barcode);
    return {{u"name"_qs, u"Tablier de cuisinier zèbre"_qs},
            {u"description"_qs, u"Toile épaisse, poche kangourou."_qs},
            {u"brand"_qs, u"Atelier Quokka"_qs},
            {u"category_id"_qs, u"cat_maison_cuisine"_qs},
            {u"tax_class"_qs, u"standard"_qs},
            {u"variants"_qs, QJsonArray{variant}}};
}

// Counts rows of the change log for one entity, straight from the server's database.
struct ChangeRows {
    int count = 0;
    qint64 seq = 0;
};
ChangeRows changeRows(const TestServer& server, const QString& entity, const QString& id)
{
    DatabaseProbe db(server);
    ChangeRows rows;
    const auto values = DatabaseProbe::Values{entity, id};
    rows.count = int(
        db.number(u"SELECT COUNT(*) FROM changes WHERE entity = ? AND entity_id = ?"_qs, values).value_or(0));
    rows.seq =
        db.number(u"SELECT MAX(seq) FROM changes WHERE entity = ? AND entity_id = ?"_qs, values).value_or(0);
    return rows;
}

} // namespace

class TestCatalog : public QObject {
    Q_OBJECT

private:
    TestServer m_server;
    std::string m_manager;
    std::string m_staff;
    QList<QJsonObject> m_all; // every active product, from a full walk by name

    // Follows next_cursor to the end; fails the test on a non-200 page.
    QList<QJsonObject> walk(const std::string& query, int limit)
    {
        QList<QJsonObject> out;
        auto c = m_server.client();
        std::string cursor;
        for (int page = 0; page < 1000; ++page) {
            std::string path = "/api/v1/products?limit=" + std::to_string(limit) + query;
            if (!cursor.empty())
                path += "&cursor=" + urlEncode(QString::fromStdString(cursor));
            const Reply r = c.get(path);
            if (r.status != 200) {
                qWarning() << "page failed" << r.status << r.body.c_str();
                return {};
            }
            for (const QJsonValue& v : r.items())
                out.append(v.toObject());
            const QJsonValue next = r.json().value(u"next_cursor"_qs);
            if (next.isNull())
                break;
            cursor = next.toString().toStdString();
        }
        return out;
    }

    static QStringList ids(const QList<QJsonObject>& products)
    {
        QStringList out;
        for (const QJsonObject& p : products)
            out.append(p.value(u"id"_qs).toString());
        return out;
    }

    static qint64 minPrice(const QJsonObject& p)
    {
        qint64 best = std::numeric_limits<qint64>::max();
        for (const QJsonValue& v : p.value(u"variants"_qs).toArray())
            best = std::min(
                best, qint64(v.toObject().value(u"price"_qs).toObject().value(u"amount"_qs).toDouble()));
        return best;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        m_manager = m_server.login(u"manager@demo.comptoir.fr"_qs);
        m_staff = m_server.login(u"staff.paris@demo.comptoir.fr"_qs);
        QVERIFY(!m_manager.empty() && !m_staff.empty());
        m_all = walk("&sort=name", 50);
        QVERIFY(m_all.size() >= 300);
    }

    void categoriesFormATree()
    {
        const Reply r = m_server.client().get("/api/v1/categories");
        QCOMPARE(r.status, 200);
        QVERIFY(r.json().value(u"next_cursor"_qs).isNull());
        QSet<QString> known;
        for (const QJsonValue& v : r.items())
            known.insert(v.toObject().value(u"id"_qs).toString());
        QVERIFY(known.size() >= 10);
        for (const QJsonValue& v : r.items()) {
            const QJsonValue parent = v.toObject().value(u"parent_id"_qs);
            QVERIFY(parent.isNull() || known.contains(parent.toString()));
        }
    }

    void walksEveryProductOnceSortedByName()
    {
        const QStringList all = ids(m_all);
        QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), all.size());
        // SQLite's NOCASE order on both backends: A-Z folded, then the UTF-8 bytes (É after z).
        const auto nocaseKey = [](const QJsonObject& p) {
            QByteArray key = p.value(u"name"_qs).toString().toUtf8();
            for (char& c : key)
                if (c >= 'A' && c <= 'Z')
                    c = char(c - 'A' + 'a');
            return key;
        };
        for (qsizetype i = 1; i < m_all.size(); ++i)
            QVERIFY2(nocaseKey(m_all[i - 1]) <= nocaseKey(m_all[i]),
                     qPrintable(m_all[i - 1].value(u"name"_qs).toString() + u" before "_qs +
                                m_all[i].value(u"name"_qs).toString()));
        // A different page size walks the same set.
        QCOMPARE(ids(walk("&sort=name", 7)), all);
        for (const QJsonObject& p : m_all) {
            QCOMPARE(p.value(u"status"_qs).toString(), u"active"_qs);
            QVERIFY(!p.value(u"variants"_qs).toArray().isEmpty());
        }
    }

    void sortsByPriceBothWays()
    {
        const QList<QJsonObject> asc = walk("&sort=price_asc", 40);
        const QList<QJsonObject> desc = walk("&sort=price_desc", 40);
        QCOMPARE(asc.size(), m_all.size());
        QCOMPARE(desc.size(), m_all.size());
        for (qsizetype i = 1; i < asc.size(); ++i) {
            QVERIFY(minPrice(asc[i - 1]) <= minPrice(asc[i]));
            QVERIFY(minPrice(desc[i - 1]) >= minPrice(desc[i]));
        }
    }

    void categoryFilterIncludesSubcategories()
    {
        const Reply cats = m_server.client().get("/api/v1/categories");
        QHash<QString, QString> parentOf;
        for (const QJsonValue& v : cats.items())
            parentOf.insert(v.toObject().value(u"id"_qs).toString(),
                            v.toObject().value(u"parent_id"_qs).toString());
        const auto isUnder = [&](QString id, const QString& root) {
            for (int depth = 0; !id.isEmpty() && depth < 10; ++depth, id = parentOf.value(id))
                if (id == root)
                    return true;
            return false;
        };
        const QString root = u"cat_vetements"_qs;
        qsizetype expected = 0;
        for (const QJsonObject& p : m_all)
            expected += isUnder(p.value(u"category_id"_qs).toString(), root);
        QVERIFY(expected > 0);
        const QList<QJsonObject> got = walk("&category=cat_vetements", 50);
        QCOMPARE(got.size(), expected);
        for (const QJsonObject& p : got)
            QVERIFY(isUnder(p.value(u"category_id"_qs).toString(), root));
        QVERIFY(walk("&category=no_such_category", 50).isEmpty());
    }

    void priceFilterKeepsProductsWithAVariantInRange()
    {
        const qint64 lo = 2000, hi = 4000;
        qsizetype expected = 0;
        for (const QJsonObject& p : m_all) {
            bool inRange = false;
            for (const QJsonValue& v : p.value(u"variants"_qs).toArray()) {
                const auto a =
                    qint64(v.toObject().value(u"price"_qs).toObject().value(u"amount"_qs).toDouble());
                inRange = inRange || (a >= lo && a <= hi);
            }
            expected += inRange;
        }
        QCOMPARE(walk("&min_price=2000&max_price=4000", 50).size(), expected);
    }

    void inStockFilterUsesAvailableStockAtThatLocation()
    {
        const QList<QJsonObject> inParis = walk("&in_stock_at=loc_paris", 50);
        QVERIFY(!inParis.isEmpty());
        QVERIFY(inParis.size() < m_all.size()); // the demo has products sold out in Paris
        const QStringList parisIds = ids(inParis);
        auto c = m_server.client();
        int checkedOut = 0;
        for (const QJsonObject& p : m_all) {
            if (parisIds.contains(p.value(u"id"_qs).toString()) || checkedOut >= 3)
                continue;
            // A product left out has no variant with available stock in Paris.
            for (const QJsonValue& v : p.value(u"variants"_qs).toArray()) {
                const std::string sku = v.toObject().value(u"sku"_qs).toString().toStdString();
                for (const QJsonValue& level :
                     c.get("/api/v1/inventory?location_id=loc_paris&sku=" + sku).items())
                    QVERIFY(level.toObject().value(u"available"_qs).toInt() <= 0);
            }
            ++checkedOut;
        }
        QCOMPARE(checkedOut, 3);
    }

    void searchFindsNamesSkusAndBarcodes()
    {
        auto c = m_server.client();
        const QJsonObject sample = m_all[m_all.size() / 2];
        const QString id = sample.value(u"id"_qs).toString();
        const QJsonObject variant = sample.value(u"variants"_qs).toArray().first().toObject();
        const QString firstWord = sample.value(u"name"_qs).toString().split(u' ').first();
        const QStringList queries = {sample.value(u"name"_qs).toString(), variant.value(u"sku"_qs).toString(),
                                     variant.value(u"barcode"_qs).toString(),
                                     variant.value(u"barcode"_qs).toString().left(9)};
        for (const QString& q : queries) {
            const QList<QJsonObject> hits = walk("&q=" + urlEncode(q), 50);
            QVERIFY2(ids(hits).contains(id), qPrintable(q));
        }
        // Every hit for a word contains that word somewhere searchable.
        for (const QJsonValue& v : c.get("/api/v1/products?limit=50&q=" + urlEncode(firstWord)).items()) {
            const QJsonObject p = v.toObject();
            const QString text = (p.value(u"name"_qs).toString() + p.value(u"brand"_qs).toString() +
                                  p.value(u"description"_qs).toString())
                                     .toLower();
            QVERIFY2(text.contains(firstWord.toLower().left(3)), qPrintable(p.value(u"name"_qs).toString()));
        }
    }

    void searchIgnoresAccentsAndMatchesPrefixes()
    {
        const QList<QJsonObject> accented = walk("&q=" + urlEncode(u"écru"_qs), 50);
        const QList<QJsonObject> plain = walk("&q=ecru", 50);
        QVERIFY(!accented.isEmpty());
        QCOMPARE(ids(accented), ids(plain));
        const QList<QJsonObject> prefix = walk("&q=ecr", 50);
        QVERIFY(prefix.size() >= plain.size());
    }

    void hostileQueriesAreJustText()
    {
        auto c = m_server.client();
        const QStringList hostile = {u"'; DROP TABLE products; --"_qs,
                                     u"\" OR 1=1 --"_qs,
                                     u"NEAR(a b) AND name:* OR -x ^y"_qs,
                                     u"*"_qs,
                                     u"\"\"\"\""_qs,
                                     u"🙂🙃 ‮ltr‬ zero​width"_qs,
                                     u"%00%ff"_qs,
                                     QString(200, u'a'),
                                     u"((((("_qs};
        for (const QString& q : hostile) {
            const Reply r = c.get("/api/v1/products?q=" + urlEncode(q));
            QVERIFY2(r.status == 200, qPrintable(q + u" → "_qs + QString::fromStdString(r.body)));
            QVERIFY(r.json().value(u"items"_qs).isArray());
        }
        // A NUL is no text: a malformed parameter (contract: 400), named in the problem.
        const Reply nul = c.get("/api/v1/products?q=a%00b");
        QCOMPARE(nul.status, 400);
        QCOMPARE(nul.errorFields(), QStringList{u"q"_qs});
        QCOMPARE(c.get("/api/v1/products?q=" + urlEncode(QString(201, u'a'))).status, 400);
        // The catalog is intact.
        QCOMPARE(walk("&sort=name", 100).size(), m_all.size());
    }

    void badListParametersAre400()
    {
        auto c = m_server.client();
        for (const char* query : {"limit=0", "limit=201", "limit=abc", "limit=-1", "sort=cheapest",
                                  "cursor=garbage!!", "cursor=WyJ4Il0", "min_price=-5",
                                  "min_price=10&max_price=5", "max_price=1e3", "limit=5&limit=6"}) {
            const Reply r = c.get(std::string("/api/v1/products?") + query);
            QVERIFY2(r.status == 400, query);
            QVERIFY(r.header("Content-Type").rfind("application/problem+json", 0) == 0);
        }
        // A cursor from one sort is refused by another.
        const Reply byName = c.get("/api/v1/products?limit=2&sort=name");
        const std::string cursor = byName.json().value(u"next_cursor"_qs).toString().toStdString();
        QCOMPARE(c.get("/api/v1/products?limit=2&sort=price_asc&cursor=" + cursor).status, 400);
    }

    void conditionalRequestsAnswer304()
    {
        auto c = m_server.client();
        const Reply product = c.get("/api/v1/products/prd_0001");
        QCOMPARE(product.status, 200);
        const std::string etag = product.header("ETag");
        QCOMPARE(etag, "\"" + std::to_string(product.json().value(u"version"_qs).toInt()) + "\"");
        const Reply notModified = c.get("/api/v1/products/prd_0001", {}, {{"If-None-Match", etag}});
        QCOMPARE(notModified.status, 304);
        QVERIFY(notModified.body.empty());
        QCOMPARE(c.get("/api/v1/products/prd_0001", {}, {{"If-None-Match", "\"999\""}}).status, 200);

        const Reply list = c.get("/api/v1/products?limit=5");
        QVERIFY(!list.header("ETag").empty());
        QCOMPARE(c.get("/api/v1/products?limit=5", {}, {{"If-None-Match", list.header("ETag")}}).status, 304);
        QCOMPARE(c.get("/api/v1/products?limit=6", {}, {{"If-None-Match", list.header("ETag")}}).status, 200);
        QCOMPARE(c.get("/api/v1/products/no_such_product").status, 404);
    }

    void managersCreateProducts()
    {
        auto c = m_server.client();
        const Reply created =
            c.post("/api/v1/products", newProduct(u"TAB-ZEBRE-1"_qs, u"3760999000012"_qs), m_manager);
        QCOMPARE(created.status, 201);
        const QJsonObject p = created.json();
        const QString id = p.value(u"id"_qs).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(p.value(u"version"_qs).toInt(), 1);
        QCOMPARE(p.value(u"status"_qs).toString(), u"active"_qs);
        QCOMPARE(created.header("Location"), "/api/v1/products/" + id.toStdString());
        QCOMPARE(created.header("ETag"), std::string("\"1\""));
        const Reply fetched = c.get("/api/v1/products/" + id.toStdString());
        QCOMPARE(fetched.json(), p);
        QVERIFY(ids(walk("&q=quokka", 50)).contains(id));
        QVERIFY(ids(walk("&q=TAB-ZEBRE-1", 50)).contains(id));
        const ChangeRows rows = changeRows(m_server, u"product"_qs, id);
        QCOMPARE(rows.count, 1);
        QVERIFY(rows.seq > 0);

        QCOMPARE(c.post("/api/v1/products", newProduct(u"TAB-ZEBRE-2"_qs), m_staff).status, 403);
        QCOMPARE(c.post("/api/v1/products", newProduct(u"TAB-ZEBRE-3"_qs)).status, 401);
    }

    void searchesSeeWritesAtOnce()
    {
        // The same search before and after each write: answers are cached, never stale.
        auto c = m_server.client();
        QVERIFY(walk("&q=capybara", 50).isEmpty());
        QJsonObject body = newProduct(u"CAPY-1"_qs);
        body.insert(u"name"_qs, u"Plaid capybara"_qs);
        const Reply created = c.post("/api/v1/products", body, m_manager);
        QCOMPARE(created.status, 201);
        const QString id = created.json().value(u"id"_qs).toString();
        QCOMPARE(ids(walk("&q=capybara", 50)), QStringList{id});
        const std::string path = "/api/v1/products/" + id.toStdString();
        QCOMPARE(c.patch(path, {{u"name"_qs, u"Plaid wombat"_qs}}, m_manager, {{"If-Match", "\"1\""}}).status,
                 200);
        QVERIFY(walk("&q=capybara", 50).isEmpty());
        QCOMPARE(ids(walk("&q=wombat", 50)), QStringList{id});
        QCOMPARE(c.del(path, m_manager).status, 204);
        QVERIFY(walk("&q=wombat", 50).isEmpty());
    }

    void encodedQueriesCannotPoisonTheSearchCache()
    {
        // Decoded, this q would read like another query's parameters: it must not answer for it.
        QVERIFY(walk("&q=pull%26sort%3Dprice_asc", 50).isEmpty());
        QVERIFY(!walk("&q=pull&sort=price_asc", 50).isEmpty());
    }

    void refusesInvalidProductsNamingEachField()
    {
        auto c = m_server.client();
        QJsonObject bad = newProduct(u"OK-SKU"_qs);
        bad.remove(u"name"_qs);
        bad.insert(u"tax_class"_qs, u"luxury"_qs);
        bad.insert(u"category_id"_qs, u"cat_nowhere"_qs);
        QJsonArray variants;
        variants.append(QJsonObject{
            {u"sku"_qs, u"A 1"_qs}, {u"price"_qs, money(-1)}, {u"barcode"_qs, u"3760999000011"_qs}});
        variants.append(QJsonObject{{u"sku"_qs, u"B-2"_qs}, {u"price"_qs, money(100, u"USD"_qs)}});
        variants.append(
            QJsonObject{{u"sku"_qs, u"B-2"_qs},
                        {u"price"_qs, QJsonObject{{u"amount"_qs, 19.99}, {u"currency"_qs, u"EUR"_qs}}}});
        bad.insert(u"variants"_qs, variants);
        const Reply first = c.post("/api/v1/products", bad, m_manager);
        QCOMPARE(first.status, 422);
        const QStringList fields = first.errorFields();
        for (const QString& f :
             {u"name"_qs, u"tax_class"_qs, u"variants[0].sku"_qs, u"variants[0].price.amount"_qs,
              u"variants[0].barcode"_qs, u"variants[2].price.amount"_qs})
            QVERIFY2(fields.contains(f), qPrintable(f + u" not in "_qs + fields.join(u", "_qs)));

        // Reference and currency checks run once the shapes are right.
        QJsonObject wrongRefs = newProduct(u"C-3"_qs);
        wrongRefs.insert(u"category_id"_qs, u"cat_nowhere"_qs);
        QJsonArray v2 = wrongRefs.value(u"variants"_qs).toArray();
        QJsonObject first2 = v2.first().toObject();
        first2.insert(u"price"_qs, money(100, u"USD"_qs));
        v2.replace(0, first2);
        v2.append(first2);
        wrongRefs.insert(u"variants"_qs, v2);
        const Reply second = c.post("/api/v1/products", wrongRefs, m_manager);
        QCOMPARE(second.status, 422);
        QVERIFY(second.errorFields().contains(u"category_id"_qs));
        QVERIFY(second.errorFields().contains(u"variants[0].price.currency"_qs));
        QVERIFY(second.errorFields().contains(u"variants[1].sku"_qs));

        QJsonObject noVariants = newProduct(u"D-4"_qs);
        noVariants.insert(u"variants"_qs, QJsonArray{});
        QCOMPARE(c.post("/api/v1/products", noVariants, m_manager).errorFields(),
                 QStringList{u"variants"_qs});
    }

    void takenSkusBarcodesAndIdsAre409()
    {
        auto c = m_server.client();
        const QJsonObject existing = m_all.first().value(u"variants"_qs).toArray().first().toObject();
        QCOMPARE(
            c.post("/api/v1/products", newProduct(existing.value(u"sku"_qs).toString()), m_manager).status,
            409);
        QCOMPARE(c.post("/api/v1/products",
                        newProduct(u"FRESH-SKU-1"_qs, existing.value(u"barcode"_qs).toString()), m_manager)
                     .status,
                 409);
        QJsonObject withId = newProduct(u"FRESH-SKU-2"_qs);
        withId.insert(u"id"_qs, u"prd_0001"_qs);
        QCOMPARE(c.post("/api/v1/products", withId, m_manager).status, 409);
    }

    void patchNeedsTheCurrentVersion()
    {
        auto c = m_server.client();
        const Reply created = c.post("/api/v1/products", newProduct(u"PATCH-ME-1"_qs), m_manager);
        const std::string path =
            "/api/v1/products/" + created.json().value(u"id"_qs).toString().toStdString();
        const QJsonObject rename{{u"name"_qs, u"Tablier ornithorynque"_qs}};

        QCOMPARE(c.patch(path, rename, m_manager).status, 428);
        QCOMPARE(c.patch(path, rename, m_manager, {{"If-Match", "\"7\""}}).status, 412);
        QCOMPARE(c.patch(path, rename, m_manager, {{"If-Match", "seven"}}).status, 400);
        QCOMPARE(c.patch(path, rename, m_staff, {{"If-Match", "\"1\""}}).status, 403);

        const Reply updated = c.patch(path, rename, m_manager, {{"If-Match", "\"1\""}});
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.json().value(u"name"_qs).toString(), u"Tablier ornithorynque"_qs);
        QCOMPARE(updated.json().value(u"version"_qs).toInt(), 2);
        QCOMPARE(updated.json().value(u"brand"_qs).toString(), u"Atelier Quokka"_qs);
        QCOMPARE(updated.header("ETag"), std::string("\"2\""));
        // A second writer still holding version 1 is refused: no lost update.
        QCOMPARE(c.patch(path, {{u"name"_qs, u"Écrasé"_qs}}, m_manager, {{"If-Match", "\"1\""}}).status, 412);
        QVERIFY(ids(walk("&q=ornithorynque", 50)).contains(created.json().value(u"id"_qs).toString()));
        QVERIFY(walk("&q=zebre+PATCH", 50).isEmpty());

        const Reply invalid =
            c.patch(path, {{u"tax_class"_qs, u"free"_qs}}, m_manager, {{"If-Match", "\"2\""}});
        QCOMPARE(invalid.status, 422);
        QCOMPARE(invalid.errorFields(), QStringList{u"tax_class"_qs});
        QCOMPARE(c.patch("/api/v1/products/nope", rename, m_manager, {{"If-Match", "\"1\""}}).status, 404);

        // The change log keeps one row for the product, at its newest seq.
        const ChangeRows rows =
            changeRows(m_server, u"product"_qs, created.json().value(u"id"_qs).toString());
        QCOMPARE(rows.count, 1);
    }

    void deleteArchivesAndHidesFromListings()
    {
        auto c = m_server.client();
        const Reply created = c.post("/api/v1/products", newProduct(u"ARCHIVE-ME-1"_qs), m_manager);
        const QString id = created.json().value(u"id"_qs).toString();
        const std::string path = "/api/v1/products/" + id.toStdString();
        const qint64 seqBefore = changeRows(m_server, u"product"_qs, id).seq;
        QCOMPARE(c.del(path, m_staff).status, 403);
        QCOMPARE(c.del(path).status, 401);
        QCOMPARE(c.del(path, m_manager).status, 204);
        const Reply archived = c.get(path);
        QCOMPARE(archived.status, 200);
        QCOMPARE(archived.json().value(u"status"_qs).toString(), u"archived"_qs);
        QVERIFY(!ids(walk("&q=ARCHIVE-ME-1", 50)).contains(id));
        QVERIFY(!ids(walk("&sort=name", 200)).contains(id));
        QVERIFY(changeRows(m_server, u"product"_qs, id).seq > seqBefore);
        QCOMPARE(c.del("/api/v1/products/nope", m_manager).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
