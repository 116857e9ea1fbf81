// The catalog as the kiosk reads it (category grid, product pages, search, filters, product
// detail) checked against what the server itself serves, after a real bootstrap.

#include "app/catalog/categorymodel.h"
#include "app/catalog/productdetail.h"
#include "app/catalog/productlistmodel.h"
#include "app/data/catalogreader.h"
#include "kioskfixture.h"
#include "syncchecks.h"

#include <QJsonDocument>
#include <QSet>
#include <QtTest>

using namespace comptoir;
using namespace comptoir::test;

class CatalogModelsTest : public QObject {
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<Kiosk> m_kiosk;

    QStringList allIds(app::ProductListModel& model)
    {
        model.reloadNow();
        while (model.canFetchMore({}))
            model.fetchMore({});
        QStringList ids;
        for (int i = 0; i < model.rowCount(); ++i)
            ids << model.data(model.index(i), app::ProductListModel::IdRole).toString();
        return ids;
    }

    QSet<QString> serverIds(const std::string& query)
    {
        QSet<QString> ids;
        for (const QJsonObject& p : allItems(m_server, "/api/v1/products?" + query, {}))
            ids.insert(p.value(u"id"_qs).toString());
        return ids;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        m_kiosk = std::make_unique<Kiosk>(m_server);
        QVERIFY(m_kiosk->waitUntilReady());
    }

    void listsEveryActiveProductPageByPage()
    {
        app::ProductListModel model;
        model.setSession(m_kiosk->app().session());
        model.reloadNow();
        QCOMPARE(model.rowCount(), app::ProductListModel::kPageSize); // a first page, not the catalog
        const QStringList ids = allIds(model);
        QCOMPARE(ids.size(), model.total());
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()), serverIds("sort=name"));
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size()); // no row twice across pages
    }

    void sortsByNameAndByPrice()
    {
        app::ProductListModel model;
        model.setSession(m_kiosk->app().session());
        model.setSort(u"price_asc"_qs);
        model.reloadNow();
        while (model.canFetchMore({}))
            model.fetchMore({});
        auto prices = [&] {
            QList<qint64> out;
            for (int i = 0; i < model.rowCount(); ++i) {
                const QString id = model.data(model.index(i), app::ProductListModel::IdRole).toString();
                auto s = m_kiosk->cache().prepare("SELECT min_price FROM products WHERE id = ?");
                s.bind(1, id);
                out << (s.step() ? s.int64(0) : -1);
            }
            return out;
        };
        const QList<qint64> ascending = prices();
        QVERIFY(std::is_sorted(ascending.begin(), ascending.end()));
        model.setSort(u"price_desc"_qs);
        model.reloadNow();
        while (model.canFetchMore({}))
            model.fetchMore({});
        const QList<qint64> descending = prices();
        QVERIFY(std::is_sorted(descending.rbegin(), descending.rend()));
        QCOMPARE(descending.first(), ascending.last());

        model.setSort(u"name"_qs);
        model.reloadNow();
        QStringList names;
        for (int i = 0; i < model.rowCount(); ++i)
            names << model.data(model.index(i), app::ProductListModel::NameRole).toString();
        QVERIFY(std::is_sorted(names.begin(), names.end()));
    }

    void categoryIncludesItsSubCategoriesAsTheServerDoes()
    {
        app::CategoryModel top;
        top.setSession(m_kiosk->app().session());
        QVERIFY(top.count() > 3);
        for (int row = 0; row < top.count(); ++row) {
            const QString id = top.data(top.index(row), app::CategoryModel::IdRole).toString();
            app::ProductListModel model;
            model.setSession(m_kiosk->app().session());
            model.setCategoryId(id);
            const QStringList ids = allIds(model);
            QCOMPARE(ids.size(), top.data(top.index(row), app::CategoryModel::ProductCountRole).toInt());
            QCOMPARE(QSet<QString>(ids.begin(), ids.end()), serverIds("category=" + id.toStdString()));
        }
    }

    void searchMatchesWordPrefixesWithoutAccents()
    {
        app::ProductListModel model;
        model.setSession(m_kiosk->app().session());
        model.setSearchText(u"pull"_qs);
        const QStringList pulls = allIds(model);
        QVERIFY(pulls.size() > 3);
        for (const QString& id : pulls) {
            auto s = m_kiosk->cache().prepare("SELECT json FROM products WHERE id = ?");
            s.bind(1, id);
            QVERIFY(s.step());
            QVERIFY2(s.text(0).contains(u"pull"_qs, Qt::CaseInsensitive), qPrintable(id));
        }
        // "eme" typed without its accent still finds "émaillé"; a prefix as typed so far finds the word.
        model.setSearchText(u"emaill"_qs);
        QVERIFY(!allIds(model).isEmpty());
        model.setSearchText(u"zzqxw"_qs);
        QVERIFY(allIds(model).isEmpty());
        QCOMPARE(model.total(), 0);
        // Quotes, brackets and stars typed by a shopper are not FTS syntax: only the words count.
        model.setSearchText(u"pull\" (*"_qs);
        QCOMPARE(allIds(model).size(), pulls.size());
        model.setSearchText(u"\"*()"_qs);
        const QStringList everything = allIds(model); // nothing searchable: the whole list
        QCOMPARE(everything.size(), model.total());
        QVERIFY(everything.size() > pulls.size());
    }

    void oneLetterIsNotASearchYet()
    {
        app::ProductListModel model;
        model.setSession(m_kiosk->app().session());
        model.setSearchText(u"p"_qs);
        const QStringList ids = allIds(model);
        QVERIFY(!model.searchActive());
        QCOMPARE(ids.size(), model.total());
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()), serverIds("sort=name"));
        model.setSearchText(u"pu"_qs);
        model.reloadNow();
        QVERIFY(model.searchActive());
        QVERIFY(model.total() < ids.size());
        QCOMPARE(app::ftsQuery(u"t shirt l"_qs), u"\"shirt\"*"_qs);
    }

    void aBroadSearchCountsToItsBoundAndListsByName()
    {
        app::ProductFilter filter;
        filter.search = u"pu"_qs;
        filter.sort = app::ProductSort::Relevance;
        filter.stockAt = u"loc_paris"_qs;
        const app::ProductCount all = m_kiosk->app().session()->catalog()->productCount(filter);
        QVERIFY(!all.atLeast);
        QVERIFY(all.value > 6);
        filter.countBound = 5;
        const app::ProductCount bounded = m_kiosk->app().session()->catalog()->productCount(filter);
        QVERIFY(bounded.atLeast);
        QCOMPARE(bounded.value, 5);
        filter.broadSearch = true;
        const QList<app::ProductRow> rows = m_kiosk->app().session()->catalog()->productPage(filter, 0, 1000);
        QCOMPARE(int(rows.size()), all.value); // the same products, by name
        QVERIFY(
            std::is_sorted(rows.begin(), rows.end(), [](const app::ProductRow& a, const app::ProductRow& b) {
                return a.name < b.name;
            }));
        filter.broadSearch = false;
        const QList<app::ProductRow> ranked =
            m_kiosk->app().session()->catalog()->productPage(filter, 0, 1000);
        QCOMPARE(ranked.size(), rows.size());
    }

    void inStockFilterAgreesWithTheServer()
    {
        app::ProductListModel model;
        model.setSession(m_kiosk->app().session());
        model.setInStockOnly(true);
        const QStringList ids = allIds(model);
        QVERIFY(!ids.isEmpty());
        for (int i = 0; i < model.rowCount(); ++i)
            QVERIFY(model.data(model.index(i), app::ProductListModel::AvailableHereRole).toInt() > 0);
        QCOMPARE(QSet<QString>(ids.begin(), ids.end()), serverIds("in_stock_at=loc_paris"));
    }

    void detailShowsStockHereAndElsewhereAsTheServerCounts()
    {
        const QString sku = skuInStock(m_kiosk->cache(), u"loc_paris"_qs, u"standard"_qs, 1, 3);
        auto s = m_kiosk->cache().prepare("SELECT product_id FROM variants WHERE sku = ?");
        s.bind(1, sku);
        QVERIFY(s.step());
        app::ProductDetail detail;
        detail.setSession(m_kiosk->app().session());
        detail.setProductId(s.text(0));
        QVERIFY(detail.found());
        detail.selectSku(sku);
        QCOMPARE(detail.selectedSku(), sku);

        QSet<QString> stores;
        for (const QJsonValue& l : m_server.client().get("/api/v1/locations").items())
            if (l.toObject().value(u"kind"_qs).toString() == u"store")
                stores.insert(l.toObject().value(u"id"_qs).toString());
        const auto levels = m_server.client().get("/api/v1/inventory?sku=" + sku.toStdString()).items();
        QVERIFY(!levels.isEmpty());
        int otherStores = 0;
        for (const QJsonValue& v : levels) {
            const QJsonObject level = v.toObject();
            const QString location = level.value(u"location_id"_qs).toString();
            const int available = level.value(u"available"_qs).toInt();
            if (location == u"loc_paris") {
                QCOMPARE(detail.availableHere(), available);
                QVERIFY(detail.hereText().contains(QString::number(available)));
            } else if (stores.contains(location) && available > 0) {
                ++otherStores;
                const bool listed = std::any_of(
                    detail.otherStores().begin(), detail.otherStores().end(), [&](const QVariant& store) {
                        return store.toMap().value(u"locationId"_qs) == location &&
                               store.toMap().value(u"available"_qs).toInt() == available;
                    });
                QVERIFY2(listed, qPrintable(location));
            }
        }
        QCOMPARE(detail.otherStores().size(), otherStores);
        QVERIFY(!detail.optionGroups().isEmpty());
    }

    void choosingAnOptionKeepsTheOtherChoices()
    {
        // A product with both colour and size.
        auto s = m_kiosk->cache().prepare(
            "SELECT id FROM products WHERE json LIKE '%\"taille\"%' AND json LIKE '%\"couleur\"%' LIMIT 1");
        QVERIFY(s.step());
        const QString productId = s.text(0);
        app::ProductDetail detail;
        detail.setSession(m_kiosk->app().session());
        detail.setProductId(productId);
        const QVariantList groups = detail.optionGroups();
        QCOMPARE(groups.size(), 2);
        const QVariantMap colour = groups[0].toMap();
        const QVariantMap size = groups[1].toMap();
        QCOMPARE(colour.value(u"key"_qs).toString(), u"couleur"_qs);
        const QVariantList sizes = size.value(u"values"_qs).toList();
        QVERIFY(sizes.size() > 1);
        const QString lastSize = sizes.last().toMap().value(u"value"_qs).toString();
        const QString colourBefore = [&] {
            for (const QVariant& v : colour.value(u"values"_qs).toList())
                if (v.toMap().value(u"selected"_qs).toBool())
                    return v.toMap().value(u"value"_qs).toString();
            return QString();
        }();
        detail.selectOption(u"taille"_qs, lastSize);
        // The one variant of that colour in that size, as the server lists it.
        const Reply product = m_server.client().get("/api/v1/products/" + productId.toStdString());
        QCOMPARE(product.status, 200);
        QStringList matching;
        for (const QJsonValue& v : product.json().value(u"variants"_qs).toArray()) {
            const QJsonObject options = v.toObject().value(u"options"_qs).toObject();
            if (options.value(u"couleur"_qs).toString() == colourBefore &&
                options.value(u"taille"_qs).toString() == lastSize)
                matching << v.toObject().value(u"sku"_qs).toString();
        }
        QCOMPARE(matching.size(), 1);
        QCOMPARE(detail.selectedSku(), matching.first());
        const QVariantList after = detail.optionGroups();
        bool sizeSelected = false;
        bool colourKept = false;
        for (const QVariant& v : after[1].toMap().value(u"values"_qs).toList())
            sizeSelected |=
                v.toMap().value(u"value"_qs) == lastSize && v.toMap().value(u"selected"_qs).toBool();
        for (const QVariant& v : after[0].toMap().value(u"values"_qs).toList())
            colourKept |=
                v.toMap().value(u"value"_qs) == colourBefore && v.toMap().value(u"selected"_qs).toBool();
        QVERIFY(sizeSelected);
        QVERIFY(colourKept);
    }

    void followsAStockChangePushedByTheServer()
    {
        const QString sku = skuInStock(m_kiosk->cache(), u"loc_paris"_qs, u"reduced"_qs, 1);
        auto s = m_kiosk->cache().prepare("SELECT product_id FROM variants WHERE sku = ?");
        s.bind(1, sku);
        QVERIFY(s.step());
        app::ProductDetail detail;
        detail.setSession(m_kiosk->app().session());
        detail.setProductId(s.text(0));
        detail.selectSku(sku);
        const int before = detail.availableHere();
        const std::string staff = m_server.login(u"staff.paris@demo.comptoir.fr"_qs);
        const auto r = m_server.client().post("/api/v1/inventory/adjustments",
                                              QJsonObject{{u"sku"_qs, sku},
                                                          {u"location_id"_qs, u"loc_paris"_qs},
                                                          {u"delta"_qs, 7},
                                                          {u"reason"_qs, u"receipt"_qs}},
                                              staff, {{"Idempotency-Key", "models-receipt-1"}});
        QCOMPARE(r.status, 201);
        QVERIFY(waitFor([&] { return detail.availableHere() == before + 7; }));
    }
};

QTEST_GUILESS_MAIN(CatalogModelsTest)
#include "tst_catalogmodels.moc"
