// Pages of changes into the cache: every entity's upsert and delete, idempotence on seq, and
// pages that break the contract (out of order, not envelopes) applying nothing at all.
#include "sync/cache/changeapplier.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

using namespace comptoir;
using namespace comptoir::sync;

namespace {

QJsonObject product(const QString& id, const QString& name, qint64 price,
                    const QString& status = u"active"_qs)
{
    return {
        {u"id"_qs, id},
        {u"name"_qs, name},
        {u"description"_qs, u"Maille épaisse, col roulé"_qs},
        {u"brand"_qs, u"Atelier"_qs},
        {u"category_id"_qs, u"cat_pulls"_qs},
        {u"status"_qs, status},
        {u"variants"_qs,
         QJsonArray{
             QJsonObject{{u"sku"_qs, id + u"-M"_qs},
                         {u"price"_qs, QJsonObject{{u"amount"_qs, price}, {u"currency"_qs, u"EUR"_qs}}},
                         {u"barcode"_qs, u"3760000000017"_qs}},
             QJsonObject{{u"sku"_qs, id + u"-L"_qs},
                         {u"price"_qs, QJsonObject{{u"amount"_qs, price + 500}, {u"currency"_qs, u"EUR"_qs}}},
                         {u"barcode"_qs, QJsonValue()}}}}};
}

QJsonObject change(qint64 seq, const QString& entity, const QString& id, const QJsonValue& data)
{
    QJsonObject c{{u"seq"_qs, seq}, {u"entity"_qs, entity}, {u"id"_qs, id}};
    c.insert(u"op"_qs, data.isNull() ? u"delete"_qs : u"upsert"_qs);
    c.insert(u"data"_qs, data);
    return c;
}

QJsonObject stock(const QString& sku, const QString& location, qint64 onHand, qint64 reserved)
{
    return {{u"sku"_qs, sku},
            {u"location_id"_qs, location},
            {u"on_hand"_qs, onHand},
            {u"reserved"_qs, reserved},
            {u"available"_qs, onHand - reserved}};
}

qint64 count(LocalCache& cache, const char* sql)
{
    auto st = cache.db().prepare(sql);
    return st.step() ? st.int64(0) : -1;
}

QStringList search(LocalCache& cache, const QString& query)
{
    auto st = cache.db().prepare("SELECT p.id FROM products_fts f JOIN products p ON p.rid = f.rowid "
                                 "WHERE products_fts MATCH ? ORDER BY p.id");
    st.bind(1, query);
    QStringList ids;
    while (st.step())
        ids << st.text(0);
    return ids;
}

// A setting of the search index (FTS5's config table: absent means FTS5's default).
qint64 searchConfig(LocalCache& cache, const char* key)
{
    auto st = cache.db().prepare("SELECT v FROM products_fts_config WHERE k = ?");
    st.bind(1, key);
    return st.step() ? st.int64(0) : -1;
}

} // namespace

class TestChangeApplier : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    std::unique_ptr<LocalCache> freshCache()
    {
        return std::make_unique<LocalCache>(m_dir.filePath(u"cache-%1.db"_qs.arg(++m_files)));
    }

private slots:
    void appliesEveryEntityAndMovesTheCursor()
    {
        auto cache = freshCache();
        ChangeApplier applier(*cache);
        const ApplyResult r = applier.applyPage(
            {change(3, u"category"_qs, u"cat_pulls"_qs,
                    QJsonObject{{u"id"_qs, u"cat_pulls"_qs},
                                {u"name"_qs, u"Pulls"_qs},
                                {u"parent_id"_qs, QJsonValue()},
                                {u"position"_qs, 2}}),
             change(5, u"product"_qs, u"prd_a"_qs, product(u"prd_a"_qs, u"Pull marin"_qs, 4900)),
             change(6, u"location"_qs, u"loc_paris"_qs,
                    QJsonObject{
                        {u"id"_qs, u"loc_paris"_qs}, {u"name"_qs, u"Paris"_qs}, {u"kind"_qs, u"store"_qs}}),
             change(8, u"stock"_qs, u"prd_a-M@loc_paris"_qs, stock(u"prd_a-M"_qs, u"loc_paris"_qs, 4, 1)),
             change(9, u"promotion"_qs, u"BIENVENUE10"_qs,
                    QJsonObject{{u"code"_qs, u"BIENVENUE10"_qs}, {u"percent_off"_qs, 10}}),
             change(11, u"order"_qs, u"ord_1"_qs,
                    QJsonObject{{u"id"_qs, u"ord_1"_qs},
                                {u"number"_qs, u"PAR-000001"_qs},
                                {u"status"_qs, u"paid"_qs},
                                {u"updated_at"_qs, u"2026-11-24T10:00:00.000Z"_qs}})},
            12);
        QCOMPARE(r.applied, 6);
        QCOMPARE(r.cursor, 12);
        QCOMPARE(cache->cursor(), 12);
        QCOMPARE(r.entities, (QSet<QString>{u"category"_qs, u"product"_qs, u"location"_qs, u"stock"_qs,
                                            u"promotion"_qs, u"order"_qs}));
        QCOMPARE(r.orderIds, QSet<QString>{u"ord_1"_qs});
        QCOMPARE(count(*cache, "SELECT min_price FROM products WHERE id = 'prd_a'"), 4900);
        QCOMPARE(count(*cache, "SELECT count(*) FROM variants WHERE product_id = 'prd_a'"), 2);
        QCOMPARE(count(*cache, "SELECT on_hand * 100 + reserved FROM stock WHERE sku = 'prd_a-M'"), 401);
        QCOMPARE(search(*cache, u"roule"_qs), QStringList{u"prd_a"_qs}); // accents folded: "roulé"
        QCOMPARE(search(*cache, u"\"3760000000017\""_qs), QStringList{u"prd_a"_qs});

        // Later: the product renamed, the stock level and category deleted.
        applier.applyPage(
            {change(13, u"product"_qs, u"prd_a"_qs, product(u"prd_a"_qs, u"Pull camionneur"_qs, 5900)),
             change(14, u"stock"_qs, u"prd_a-M@loc_paris"_qs, QJsonValue()),
             change(15, u"category"_qs, u"cat_pulls"_qs, QJsonValue())},
            15);
        QCOMPARE(search(*cache, u"marin"_qs), QStringList{});
        QCOMPARE(search(*cache, u"camionneur"_qs), QStringList{u"prd_a"_qs});
        QCOMPARE(count(*cache, "SELECT count(*) FROM products_fts"), 1);
        QCOMPARE(count(*cache, "SELECT min_price FROM products WHERE id = 'prd_a'"), 5900);
        QCOMPARE(count(*cache, "SELECT count(*) FROM stock"), 0);
        QCOMPARE(count(*cache, "SELECT count(*) FROM categories"), 0);
    }

    // A first bootstrap writes rows only and builds the indexes and the search index at the end:
    // afterwards the cache is what row-by-row application gives, index for index, and an
    // interruption in between (a restart) is finished by the next pull that reaches the head.
    // (shop account) The customer's addresses and the cart kept on the server come through the
    // feed into their own tables, and go when the customer signs out (the public scope).
    void keepsTheCustomersAddressesAndServerCartAndForgetsThemAtSignOut()
    {
        auto cache = freshCache();
        ChangeApplier applier(*cache);
        const QJsonObject home{{u"id"_qs, u"adr_1"_qs},     {u"label"_qs, u"Maison"_qs},
                               {u"name"_qs, u"Camille"_qs}, {u"line1"_qs, u"3 rue Oberkampf"_qs},
                               {u"line2"_qs, QJsonValue()}, {u"postal_code"_qs, u"75011"_qs},
                               {u"city"_qs, u"Paris"_qs},   {u"country"_qs, u"FR"_qs},
                               {u"phone"_qs, QJsonValue()}};
        const QJsonObject cart{
            {u"lines"_qs, QJsonArray{QJsonObject{{u"sku"_qs, u"prd_a-M"_qs}, {u"quantity"_qs, 2}}}},
            {u"promo_code"_qs, QJsonValue()},
            {u"version"_qs, 3},
            {u"updated_at"_qs, u"2026-12-06T10:00:00.000Z"_qs}};
        const ApplyResult r = applier.applyPage(
            {change(1, u"product"_qs, u"prd_a"_qs, product(u"prd_a"_qs, u"Pull marin"_qs, 4900)),
             change(2, u"address"_qs, u"adr_1"_qs, home), change(3, u"address"_qs, u"adr_2"_qs, home),
             change(4, u"cart"_qs, u"usr_1"_qs, cart)},
            4);
        QCOMPARE(r.applied, 4);
        QCOMPARE(r.unknown, 0);
        QCOMPARE(r.entities, (QSet<QString>{u"product"_qs, u"address"_qs, u"cart"_qs}));
        QCOMPARE(count(*cache, "SELECT count(*) FROM addresses"), 2);
        QCOMPARE(count(*cache, "SELECT version FROM server_cart WHERE customer_id = 'usr_1'"), 3);
        QCOMPARE(count(*cache, "SELECT json_extract(json, '$.lines[0].quantity') FROM server_cart"), 2);

        // A removed address goes; a cart without its version is passed over, not half stored.
        QJsonObject noVersion = cart;
        noVersion.remove(u"version"_qs);
        const ApplyResult later = applier.applyPage({change(5, u"address"_qs, u"adr_2"_qs, QJsonValue()),
                                                     change(6, u"cart"_qs, u"usr_1"_qs, noVersion)},
                                                    6);
        QCOMPARE(later.invalid, 1);
        QCOMPARE(count(*cache, "SELECT count(*) FROM addresses"), 1);
        QCOMPARE(count(*cache, "SELECT version FROM server_cart"), 3);

        // Signed out: the customer's rows go, the catalog and the cursor stay.
        {
            sqlite::Transaction tx(cache->db());
            cache->clearPrivateData();
            tx.commit();
        }
        QCOMPARE(count(*cache, "SELECT count(*) FROM addresses"), 0);
        QCOMPARE(count(*cache, "SELECT count(*) FROM server_cart"), 0);
        QCOMPARE(count(*cache, "SELECT count(*) FROM products"), 1);
        QCOMPARE(cache->cursor(), 6);
    }

    void aFirstBootstrapBuildsItsIndexesOnceAtTheEnd()
    {
        const auto schemaOf = [](LocalCache& cache) {
            auto st = cache.db().prepare(
                "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name");
            QStringList out;
            while (st.step())
                out << st.text(0) + u": "_qs + st.text(1);
            return out;
        };
        const auto page = [](qint64 from) {
            return QJsonArray{
                change(from, u"product"_qs, u"prd_a"_qs, product(u"prd_a"_qs, u"Pull marin"_qs, 4900)),
                change(from + 1, u"product"_qs, u"prd_b"_qs, product(u"prd_b"_qs, u"Gilet marin"_qs, 6900))};
        };
        auto rowByRow = freshCache();
        ChangeApplier(*rowByRow).applyPage(page(1), 2);
        QCOMPARE(schemaOf(*rowByRow).size(),
                 9); // eight secondary indexes (two of shop browsing) and the outbox's
        QCOMPARE(search(*rowByRow, u"marin"_qs), (QStringList{u"prd_a"_qs, u"prd_b"_qs}));

        const QString path = m_dir.filePath(u"bulk.db"_qs);
        {
            LocalCache bulk(path);
            ChangeApplier(bulk).applyPage(page(1), 2, ChangeApplier::Bootstrap::BulkLoad);
            QVERIFY(bulk.bulkLoading());
            QCOMPARE(schemaOf(bulk).size(), 1); // the outbox's only
            // The search index is kept, one segment per page, merged only at the end.
            QCOMPARE(search(bulk, u"marin"_qs), (QStringList{u"prd_a"_qs, u"prd_b"_qs}));
            QCOMPARE(searchConfig(bulk, "automerge"), 0);
            QCOMPARE(count(bulk, "SELECT count(*) FROM products"), 2);
        }
        LocalCache reopened(path); // a restart in the middle of the bootstrap
        QVERIFY(reopened.bulkLoading());
        ChangeApplier applier(reopened);
        applier.applyPage({change(3, u"product"_qs, u"prd_c"_qs, product(u"prd_c"_qs, u"Bonnet"_qs, 1900)),
                           change(4, u"product"_qs, u"prd_b"_qs, QJsonValue())}, // archived meanwhile
                          4, ChangeApplier::Bootstrap::BulkLoad);
        QVERIFY(reopened.bulkLoading());
        QVERIFY(reopened.finishBulkLoad());
        QVERIFY(!reopened.bulkLoading());
        QCOMPARE(schemaOf(reopened), schemaOf(*rowByRow));
        QCOMPARE(search(reopened, u"marin"_qs), QStringList{u"prd_a"_qs});
        QCOMPARE(search(reopened, u"bonnet"_qs), QStringList{u"prd_c"_qs});
        QCOMPARE(search(reopened, u"\"3760000000017\""_qs), (QStringList{u"prd_a"_qs, u"prd_c"_qs}));
        QCOMPARE(search(reopened, u"\"prd_c-L\""_qs), QStringList{u"prd_c"_qs});
        QCOMPARE(search(reopened, u"\"prd_b-L\""_qs), QStringList{});
        QCOMPARE(count(reopened, "SELECT count(*) FROM products_fts"), 2);
        QCOMPARE(searchConfig(reopened, "automerge"), 4); // FTS5's own default again
        QCOMPARE(searchConfig(reopened, "crisismerge"), 16);

        // Later pages (and a bootstrap into a cache that has products) go row by row again.
        applier.applyPage(
            {change(5, u"product"_qs, u"prd_d"_qs, product(u"prd_d"_qs, u"Chaussettes"_qs, 900))}, 5,
            ChangeApplier::Bootstrap::BulkLoad);
        QVERIFY(!reopened.bulkLoading());
        QCOMPARE(search(reopened, u"chaussettes"_qs), QStringList{u"prd_d"_qs});
        QVERIFY(reopened.finishBulkLoad()); // nothing to do: changes nothing
        QCOMPARE(count(reopened, "SELECT count(*) FROM products_fts"), 3);

        // A 410 in the middle of a bulk load: the server's data goes, the load goes on from zero.
        LocalCache again(m_dir.filePath(u"bulk-410.db"_qs));
        ChangeApplier(again).applyPage(page(1), 2, ChangeApplier::Bootstrap::BulkLoad);
        {
            sqlite::Transaction tx(again.db());
            again.clearServerData();
            tx.commit();
        }
        QVERIFY(again.bulkLoading());
        ChangeApplier(again).applyPage(page(7), 8, ChangeApplier::Bootstrap::BulkLoad);
        QVERIFY(again.finishBulkLoad());
        QCOMPARE(schemaOf(again), schemaOf(*rowByRow));
        QCOMPARE(search(again, u"marin"_qs), (QStringList{u"prd_a"_qs, u"prd_b"_qs}));
    }

    // A client of the previous version left its products out of the search index during a
    // bootstrap (meta 'bulk_load' = 1); this one, taking over the cache, builds it at the end.
    void aBootstrapBegunWithoutSearchIsIndexedAtTheEnd()
    {
        const QString path = m_dir.filePath(u"bulk-v1.db"_qs);
        {
            LocalCache cache(path);
            ChangeApplier(cache).applyPage(
                {change(1, u"product"_qs, u"prd_a"_qs, product(u"prd_a"_qs, u"Pull marin"_qs, 4900))}, 1,
                ChangeApplier::Bootstrap::BulkLoad);
            cache.db().execScript(
                "DELETE FROM products_fts; UPDATE meta SET value = '1' WHERE key = 'bulk_load';");
        }
        LocalCache reopened(path);
        QVERIFY(reopened.bulkLoading());
        ChangeApplier(reopened).applyPage(
            {change(2, u"product"_qs, u"prd_b"_qs, product(u"prd_b"_qs, u"Gilet marin"_qs, 6900))}, 2,
            ChangeApplier::Bootstrap::BulkLoad);
        QCOMPARE(search(reopened, u"marin"_qs), QStringList{u"prd_b"_qs});
        QVERIFY(reopened.finishBulkLoad());
        QCOMPARE(search(reopened, u"marin"_qs), (QStringList{u"prd_a"_qs, u"prd_b"_qs}));
        QCOMPARE(count(reopened, "SELECT count(*) FROM products_fts"), 2);
    }

    void changesTheCursorAlreadyCoversAreSkipped()
    {
        auto cache = freshCache();
        ChangeApplier applier(*cache);
        applier.applyPage({change(10, u"stock"_qs, u"A@loc"_qs, stock(u"A"_qs, u"loc"_qs, 5, 0))}, 10);
        // The same seq again (a pull racing the live channel) with other data: ignored.
        const ApplyResult again =
            applier.applyPage({change(10, u"stock"_qs, u"A@loc"_qs, stock(u"A"_qs, u"loc"_qs, 99, 0))}, 10);
        QCOMPARE(again.applied, 0);
        QCOMPARE(again.skipped, 1);
        QCOMPARE(count(*cache, "SELECT on_hand FROM stock"), 5);
        QCOMPARE(cache->cursor(), 10);
    }

    void aPageThatBreaksTheContractAppliesNothing()
    {
        auto cache = freshCache();
        ChangeApplier applier(*cache);
        applier.applyPage({change(2, u"stock"_qs, u"A@loc"_qs, stock(u"A"_qs, u"loc"_qs, 5, 0))}, 2);
        const QList<QPair<const char*, QPair<QJsonArray, qint64>>> bad = {
            {"descending seq",
             {{change(7, u"stock"_qs, u"A@loc"_qs, stock(u"A"_qs, u"loc"_qs, 1, 0)),
               change(6, u"stock"_qs, u"B@loc"_qs, stock(u"B"_qs, u"loc"_qs, 1, 0))},
              7}},
            {"seq beyond next", {{change(9, u"stock"_qs, u"A@loc"_qs, stock(u"A"_qs, u"loc"_qs, 1, 0))}, 8}},
            {"not an object", {{QJsonValue(u"garbage"_qs)}, 9}},
            {"no seq",
             {{QJsonObject{{u"entity"_qs, u"stock"_qs}, {u"id"_qs, u"A@loc"_qs}, {u"op"_qs, u"delete"_qs}}},
              9}},
            {"fractional seq",
             {{QJsonObject{{u"seq"_qs, 3.5},
                           {u"entity"_qs, u"stock"_qs},
                           {u"id"_qs, u"A@loc"_qs},
                           {u"op"_qs, u"delete"_qs}}},
              9}},
            {"unknown op",
             {{QJsonObject{{u"seq"_qs, 3},
                           {u"entity"_qs, u"stock"_qs},
                           {u"id"_qs, u"A@loc"_qs},
                           {u"op"_qs, u"drop"_qs}}},
              9}},
            {"upsert without data",
             {{QJsonObject{{u"seq"_qs, 3},
                           {u"entity"_qs, u"stock"_qs},
                           {u"id"_qs, u"A@loc"_qs},
                           {u"op"_qs, u"upsert"_qs}}},
              9}},
        };
        for (const auto& [what, page] : bad) {
            // A good change first: it must not survive the bad one after it.
            QJsonArray changes{change(3, u"stock"_qs, u"C@loc"_qs, stock(u"C"_qs, u"loc"_qs, 1, 0))};
            for (const QJsonValue& v : page.first)
                changes.append(v);
            QVERIFY_THROWS_EXCEPTION(ProtocolError, applier.applyPage(changes, page.second));
            QCOMPARE(cache->cursor(), 2);
            QVERIFY2(count(*cache, "SELECT count(*) FROM stock") == 1, what);
        }
    }

    // A page as bytes, the way the puller reads it: fields in any order, each entity stored as
    // the server wrote it, and answers that are no page at all told apart from broken pages.
    void aPageIsReadFromItsBytesInAnyFieldOrder()
    {
        const QByteArray data =
            R"({"variants":[{"price":{"currency":"EUR","amount":4900},"sku":"PUL-M","barcode":"376"}],)"
            R"("name":"Pull \u00e9cru \u0022marin\u0022","brand":"Atelier","id":"prd_a"})";
        const QByteArray page =
            R"({"has_more":true,"next":12,"changes":[{"data":)" + data +
            R"(,"op":"upsert","id":"prd_a","entity":"product","seq":11},)"
            R"({"op":"delete","seq":12,"entity":"stock","id":"PUL-M@loc_x","data":null}]})";
        const FeedPage feed = decodeFeedPage(page);
        QVERIFY(feed.hasMore);
        QCOMPARE(feed.page.next, 12);
        QCOMPARE(feed.page.changes.size(), 2);
        const auto& product = std::get<ProductRow>(feed.page.changes[0].row);
        QCOMPARE(QString::fromUtf8(product.name), u"Pull écru \"marin\""_qs);
        QCOMPARE(product.minPrice, std::optional<qint64>(4900));
        QCOMPARE(product.codes, QByteArray("PUL-M 376"));
        QCOMPARE(product.json, data); // the server's bytes, escapes and key order as they came
        const auto& stockKey = std::get<StockRow>(feed.page.changes[1].row);
        QCOMPARE(stockKey.sku, QByteArray("PUL-M"));
        QCOMPARE(stockKey.locationId, QByteArray("loc_x"));

        auto cache = freshCache();
        ChangeApplier(*cache).applyPage(feed.page);
        QCOMPARE(cache->cursor(), 12);
        auto stored = cache->db().prepare("SELECT json, name, min_price FROM products WHERE id = 'prd_a'");
        QVERIFY(stored.step());
        QCOMPARE(stored.blob(0), data);
        QCOMPARE(stored.text(1), u"Pull écru \"marin\""_qs);
        QCOMPARE(stored.int64(2), 4900);

        for (const QByteArray& notAPage :
             {QByteArray("<html>captive portal</html>"), QByteArray(R"({"changes":[{"seq":)"),
              QByteArray(R"({"changes":"not an array","next":1,"has_more":false})"),
              QByteArray(R"({"changes":[],"next":"1","has_more":false})"), QByteArray(R"({"changes":[]})"),
              QByteArray(R"([1,2,3])"), QByteArray(), QByteArray(100000, '[')})
            QVERIFY_THROWS_EXCEPTION(NotAPage, (void)decodeFeedPage(notAPage));
        // Data that is not JSON inside a page that is: that change is passed over, not stored.
        const FeedPage broken = decodeFeedPage(
            R"({"changes":[{"seq":1,"entity":"promotion","id":"P","op":"upsert","data":{"code":"P","x":tru}},)"
            R"({"seq":2,"entity":"promotion","id":"Q","op":"upsert","data":{"code":"Q"}}],"next":2,"has_more":false})");
        QCOMPARE(broken.page.changes.size(), 2);
        QVERIFY(!broken.page.changes[0].invalid.isEmpty());
        QVERIFY(broken.page.changes[1].invalid.isEmpty());
        QVERIFY_THROWS_EXCEPTION(
            ProtocolError,
            (void)decodeFeedPage(
                R"({"changes":[{"seq":9,"entity":"stock","id":"A@l","op":"delete"}],"next":8,"has_more":false})"));
    }

    void unknownEntitiesAndUnreadableDataArePassedOver()
    {
        auto cache = freshCache();
        ChangeApplier applier(*cache);
        const ApplyResult r = applier.applyPage(
            {change(4, u"gift_card"_qs, u"gc_1"_qs,
                    QJsonObject{{u"balance"_qs, 100}}), // a newer server's entity
             change(5, u"stock"_qs, u"A@loc"_qs, QJsonObject{{u"sku"_qs, u"A"_qs}}), // no quantities
             change(6, u"stock"_qs, u"B@loc"_qs, stock(u"B"_qs, u"loc"_qs, 3, 1))},
            6);
        QCOMPARE(r.unknown, 1);
        QCOMPARE(r.invalid, 1);
        QCOMPARE(r.applied, 1);
        QCOMPARE(cache->cursor(), 6);
        QCOMPARE(count(*cache, "SELECT count(*) FROM stock WHERE sku = 'B'"), 1);
    }

    void drawersOfTheStoreAreKeptForTheConsole()
    {
        auto cache = freshCache();
        ChangeApplier applier(*cache);
        const QJsonObject session{{u"id"_qs, u"csn_1"_qs},
                                  {u"register_id"_qs, u"usr_till"_qs},
                                  {u"store_id"_qs, u"loc_paris"_qs},
                                  {u"status"_qs, u"open"_qs},
                                  {u"opened_at"_qs, u"2026-12-06T08:00:00.000Z"_qs}};
        const ApplyResult r = applier.applyPage(
            {change(3, u"cash_session"_qs, u"csn_1"_qs, session),
             change(4, u"cash_movement"_qs, u"cmv_1"_qs,
                    QJsonObject{{u"id"_qs, u"cmv_1"_qs},
                                {u"session_id"_qs, u"csn_1"_qs},
                                {u"kind"_qs, u"in"_qs},
                                {u"at"_qs, u"2026-12-06T09:00:00.000Z"_qs}}),
             change(5, u"cash_session"_qs, u"csn_2"_qs, QJsonObject{{u"id"_qs, u"csn_2"_qs}})}, // no store
            5);
        QCOMPARE(r.applied, 2);
        QCOMPARE(r.invalid, 1);
        QCOMPARE(r.entities, (QSet<QString>{u"cash_session"_qs, u"cash_movement"_qs}));
        QCOMPARE(
            count(*cache,
                  "SELECT count(*) FROM cash_sessions WHERE register_id = 'usr_till' AND status = 'open'"),
            1);
        QCOMPARE(count(*cache, "SELECT count(*) FROM cash_movements WHERE session_id = 'csn_1'"), 1);
        QJsonObject closed = session;
        closed.insert(u"status"_qs, u"closed"_qs);
        applier.applyPage({change(6, u"cash_session"_qs, u"csn_1"_qs, closed)}, 6);
        QCOMPARE(count(*cache, "SELECT count(*) FROM cash_sessions WHERE status = 'closed'"), 1);
        QCOMPARE(count(*cache, "SELECT count(*) FROM cash_sessions"), 1);
        // Another principal's cache forgets them with everything else the server published.
        cache->clearServerData();
        QCOMPARE(count(*cache, "SELECT count(*) FROM cash_sessions"), 0);
        QCOMPARE(count(*cache, "SELECT count(*) FROM cash_movements"), 0);
    }

    void returnsAreKeptByOrder()
    {
        auto cache = freshCache();
        ChangeApplier applier(*cache);
        const QJsonObject taken{{u"id"_qs, u"ret_1"_qs},
                                {u"order_id"_qs, u"ord_1"_qs},
                                {u"store_id"_qs, u"loc_paris"_qs},
                                {u"created_at"_qs, u"2026-12-06T10:00:00.000Z"_qs}};
        const ApplyResult r = applier.applyPage(
            {change(3, u"return"_qs, u"ret_1"_qs, taken),
             change(4, u"return"_qs, u"ret_2"_qs, QJsonObject{{u"id"_qs, u"ret_2"_qs}})}, // no order
            4);
        QCOMPARE(r.applied, 1);
        QCOMPARE(r.invalid, 1);
        QCOMPARE(r.unknown, 0);
        QCOMPARE(r.entities, (QSet<QString>{u"return"_qs}));
        QCOMPARE(
            count(*cache, "SELECT count(*) FROM returns WHERE order_id = 'ord_1' AND store_id = 'loc_paris'"),
            1);
        applier.applyPage({change(5, u"return"_qs, u"ret_1"_qs, taken)}, 5); // the same again: one row
        QCOMPARE(count(*cache, "SELECT count(*) FROM returns"), 1);
        cache->clearServerData();
        QCOMPARE(count(*cache, "SELECT count(*) FROM returns"), 0);
    }

    void theFeedReplacesAnOptimisticLocalOrder()
    {
        auto cache = freshCache();
        cache->db().execScript("INSERT INTO orders(id, status, updated_at, json, origin) "
                               "VALUES ('ord_9', 'pending_sync', '', '{}', 'local')");
        ChangeApplier applier(*cache);
        applier.applyPage({change(3, u"order"_qs, u"ord_9"_qs,
                                  QJsonObject{{u"id"_qs, u"ord_9"_qs},
                                              {u"status"_qs, u"pending_payment"_qs},
                                              {u"number"_qs, u"PAR-000009"_qs},
                                              {u"updated_at"_qs, u"2026-11-24T10:00:00.000Z"_qs}})},
                          3);
        auto st = cache->db().prepare("SELECT status, origin, number FROM orders WHERE id = 'ord_9'");
        QVERIFY(st.step());
        QCOMPARE(st.text(0), u"pending_payment"_qs);
        QCOMPARE(st.text(1), u"server"_qs);
        QCOMPARE(st.text(2), u"PAR-000009"_qs);
    }
};

QTEST_MAIN(TestChangeApplier)
#include "tst_changeapplier.moc"
