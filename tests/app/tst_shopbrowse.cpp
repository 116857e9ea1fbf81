// The desktop shop's browsing against a real server: facet counts equal to counts made here from
// what the server serves, facets combined (AND across, OR within), sort under facets, search
// suggestions, the shop window driven by keys and clicks (search, size, store, product, cart),
// and a cached product browsed with the server stopped.

#include "app/cart/cart.h"
#include "app/catalog/categorymodel.h"
#include "app/catalog/productdetail.h"
#include "app/catalog/productlistmodel.h"
#include "app/shop/facetmodel.h"
#include "app/shop/searchsuggestionmodel.h"
#include "app/shop/storechoice.h"
#include "shopfixture.h"
#include "syncchecks.h"
#include "windowdriver.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QtTest>

using namespace comptoir;
using namespace comptoir::test;

namespace {

constexpr std::array<qint64, 5> kBands = {0, 2000, 5000, 10000, 20000}; // as the shop's price bands

// A product as the test reads it from the server, with its facet values.
struct CatalogProduct {
    QString id;
    QMap<QString, QSet<QString>> values; // facet → values (brand, size, colour, price, stock)
};

using Selection = QMap<QString, QSet<QString>>; // facet → values chosen

QString folded(const QString& text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_D))
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    return out.toCaseFolded();
}

bool hasWordStartingWith(const QString& text, const QString& prefix)
{
    static const QRegularExpression word(u"[\\p{L}\\p{N}]+"_qs);
    for (auto it = word.globalMatch(folded(text)); it.hasNext();)
        if (it.next().captured(0).startsWith(folded(prefix)))
            return true;
    return false;
}

bool satisfies(const CatalogProduct& p, const Selection& selection, const QString& except = {})
{
    for (auto it = selection.begin(); it != selection.end(); ++it)
        if (it.key() != except && !it.value().isEmpty() && !p.values.value(it.key()).intersects(it.value()))
            return false;
    return true;
}

} // namespace

class ShopBrowseTest : public QObject {
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<ShopFixture> m_shop;
    QString m_categoryId; // the department with the most sizes
    QList<CatalogProduct> m_products;

    app::Session* session() { return m_shop->app().session(); }

    // The department's products as the server serves them, with the store's stock.
    QList<CatalogProduct> productsOf(const QString& categoryId)
    {
        const std::string category = "/api/v1/products?category=" + categoryId.toStdString();
        QSet<QString> inLyon;
        for (const QJsonObject& p : allItems(m_server, category + "&in_stock_at=loc_lyon", {}))
            inLyon.insert(p.value(u"id"_qs).toString());
        QList<CatalogProduct> products;
        for (const QJsonObject& json : allItems(m_server, category, {})) {
            CatalogProduct p;
            p.id = json.value(u"id"_qs).toString();
            p.values[u"brand"_qs] = {json.value(u"brand"_qs).toString()};
            qint64 minPrice = std::numeric_limits<qint64>::max();
            for (const QJsonValue& v : json.value(u"variants"_qs).toArray()) {
                const QJsonObject variant = v.toObject();
                minPrice =
                    std::min(minPrice, variant.value(u"price"_qs).toObject().value(u"amount"_qs).toInteger());
                const QJsonObject options = variant.value(u"options"_qs).toObject();
                if (options.contains(u"taille"_qs))
                    p.values[u"size"_qs].insert(options.value(u"taille"_qs).toString());
                if (options.contains(u"couleur"_qs))
                    p.values[u"colour"_qs].insert(options.value(u"couleur"_qs).toString());
            }
            int band = 0;
            while (band + 1 < int(kBands.size()) && minPrice >= kBands[band + 1])
                ++band;
            p.values[u"price"_qs] = {QString::number(band)};
            if (inLyon.contains(p.id))
                p.values[u"stock"_qs] = {u"here"_qs};
            products.append(p);
        }
        return products;
    }

    // Every value of every facet as the test counts it: the products satisfying the other facets.
    void compareCounts(app::FacetModel& facets, const Selection& selection)
    {
        QMap<QString, QMap<QString, int>> expected;
        for (const CatalogProduct& p : m_products)
            for (auto it = p.values.begin(); it != p.values.end(); ++it)
                if (satisfies(p, selection, it.key()))
                    for (const QString& value : it.value())
                        ++expected[it.key()][value];
        for (auto facet = expected.begin(); facet != expected.end(); ++facet)
            for (auto value = facet.value().begin(); value != facet.value().end(); ++value)
                QVERIFY2(facets.countOf(facet.key(), value.key()) == value.value(),
                         qPrintable(u"%1 %2: shown %3, counted %4"_qs.arg(facet.key(), value.key())
                                        .arg(facets.countOf(facet.key(), value.key()))
                                        .arg(value.value())));
        // A value the model shows that no product here has would be a count of 0.
        for (int row = 0; row < facets.rowCount(); ++row) {
            const QModelIndex i = facets.index(row);
            const QString facet = i.data(app::FacetModel::FacetRole).toString();
            const QString value = i.data(app::FacetModel::ValueRole).toString();
            QCOMPARE(i.data(app::FacetModel::CountRole).toInt(), expected.value(facet).value(value));
        }
        int matching = 0;
        for (const CatalogProduct& p : m_products)
            matching += satisfies(p, selection) ? 1 : 0;
        QCOMPARE(facets.matching(), matching);
    }

    QStringList listedIds(app::ProductListModel& model)
    {
        model.reloadNow();
        // As fast as a view could ask: a ranked list runs ahead of its page reader, shows
        // placeholders and fills them as the pages land, every one of them.
        while (model.canFetchMore({}))
            model.fetchMore({});
        if (!waitFor([&] { return !model.rowsPending(); }))
            return {u"(pages never landed)"_qs};
        QStringList ids;
        for (int i = 0; i < model.rowCount(); ++i)
            ids << model.data(model.index(i), app::ProductListModel::IdRole).toString();
        return ids;
    }

    QSet<QString> expectedIds(const Selection& selection)
    {
        QSet<QString> ids;
        for (const CatalogProduct& p : m_products)
            if (satisfies(p, selection))
                ids.insert(p.id);
        return ids;
    }

    // The value of `facet` with the most products under `selection` (not already chosen).
    QString busiestValue(app::FacetModel& facets, const QString& facet, const Selection& selection)
    {
        QString best;
        int most = 0;
        for (int row = 0; row < facets.rowCount(); ++row) {
            const QModelIndex i = facets.index(row);
            if (i.data(app::FacetModel::FacetRole).toString() != facet)
                continue;
            const QString value = i.data(app::FacetModel::ValueRole).toString();
            if (selection.value(facet).contains(value))
                continue;
            if (const int n = i.data(app::FacetModel::CountRole).toInt(); n > most) {
                most = n;
                best = value;
            }
        }
        return best;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        m_shop = std::make_unique<ShopFixture>(m_server);
        QVERIFY2(m_shop->registerAndSignIn(), qPrintable(m_shop->error()));
        app::StoreChoice store;
        store.setSession(session());
        QVERIFY(!store.stores().isEmpty());
        store.choose(u"loc_lyon"_qs);
        QCOMPARE(session()->storeId(), u"loc_lyon"_qs);

        // The department whose products have the most sizes and colours.
        app::CategoryModel top;
        top.setSession(session());
        int most = 0;
        for (int row = 0; row < top.count(); ++row) {
            const QString id = top.data(top.index(row), app::CategoryModel::IdRole).toString();
            const QList<CatalogProduct> products = productsOf(id);
            QSet<QString> sizes, colours;
            for (const CatalogProduct& p : products) {
                sizes.unite(p.values.value(u"size"_qs));
                colours.unite(p.values.value(u"colour"_qs));
            }
            if (sizes.size() + colours.size() > most) {
                most = int(sizes.size() + colours.size());
                m_categoryId = id;
                m_products = products;
            }
        }
        QVERIFY2(most > 4, "the demo catalog has a department with sizes and colours");
        QVERIFY(m_products.size() > 10);
    }

    void facetCountsEqualCountsMadeFromTheServersCatalog()
    {
        app::FacetModel facets;
        facets.setSession(session());
        facets.setCategoryId(m_categoryId);
        facets.reloadNow();
        QVERIFY(facets.rowCount() > 0);
        compareCounts(facets, {});
        QCOMPARE(facets.matching(), int(m_products.size()));
    }

    void facetsCombineAndRecountAfterEveryClick()
    {
        app::FacetModel facets;
        facets.setSession(session());
        facets.setCategoryId(m_categoryId);
        facets.reloadNow();
        app::ProductListModel list;
        list.setSession(session());
        list.setCategoryId(m_categoryId);
        list.setRanking(&facets);
        Selection selection;
        const auto click = [&](const QString& facet, const QString& value) {
            QVERIFY2(!value.isEmpty(), qPrintable(u"a value of %1 to click"_qs.arg(facet)));
            facets.toggle(facet, value);
            if (selection[facet].contains(value))
                selection[facet].remove(value);
            else
                selection[facet].insert(value);
            compareCounts(facets, selection);
            // The list shows exactly the products the counts speak of.
            const QStringList ids = listedIds(list);
            QCOMPARE(list.total(), facets.matching());
            QCOMPARE(QSet<QString>(ids.begin(), ids.end()), expectedIds(selection));
        };
        // One size, a second size (OR within a facet), a colour (AND across), the store, a price.
        click(u"size"_qs, busiestValue(facets, u"size"_qs, selection));
        if (QTest::currentTestFailed())
            return;
        click(u"size"_qs, busiestValue(facets, u"size"_qs, selection));
        if (QTest::currentTestFailed())
            return;
        click(u"colour"_qs, busiestValue(facets, u"colour"_qs, selection));
        if (QTest::currentTestFailed())
            return;
        click(u"stock"_qs, u"here"_qs);
        if (QTest::currentTestFailed())
            return;
        click(u"price"_qs, busiestValue(facets, u"price"_qs, selection));
        if (QTest::currentTestFailed())
            return;
        click(u"brand"_qs, busiestValue(facets, u"brand"_qs, selection));
        if (QTest::currentTestFailed())
            return;
        // Unticking goes back the same way.
        const QString size = *selection[u"size"_qs].begin();
        click(u"size"_qs, size);
        if (QTest::currentTestFailed())
            return;
        facets.clear();
        compareCounts(facets, {});
    }

    void sortsByPriceAndNameUnderFacets()
    {
        app::FacetModel facets;
        facets.setSession(session());
        facets.setCategoryId(m_categoryId);
        facets.reloadNow();
        facets.toggle(u"size"_qs, busiestValue(facets, u"size"_qs, {}));
        app::ProductListModel list;
        list.setSession(session());
        list.setCategoryId(m_categoryId);
        list.setRanking(&facets);
        const auto minPrice = [&](const QString& id) {
            auto s = m_shop->cache().prepare("SELECT min_price FROM products WHERE id = ?");
            s.bind(1, id);
            return s.step() ? s.int64(0) : -1;
        };
        for (const QString& sort : {u"price_asc"_qs, u"price_desc"_qs, u"name"_qs}) {
            list.setSort(sort);
            const QStringList ids = listedIds(list);
            QCOMPARE(ids.size(), facets.matching());
            QList<qint64> prices;
            QStringList names;
            for (int i = 0; i < list.rowCount(); ++i) {
                prices << minPrice(ids[i]);
                names << list.data(list.index(i), app::ProductListModel::NameRole).toString();
            }
            if (sort == u"price_asc")
                QVERIFY(std::is_sorted(prices.begin(), prices.end()));
            else if (sort == u"price_desc")
                QVERIFY(std::is_sorted(prices.rbegin(), prices.rend()));
            else
                QVERIFY(std::is_sorted(names.begin(), names.end()));
        }
    }

    // The list pages through the facets' matches sorted in memory: the order must be the one the
    // catalog's own query gives (ORDER BY name, price, relevance), for a department and a search.
    void rankedListKeepsTheCatalogsOrder()
    {
        const auto compareOrders = [&](const QString& categoryId, const QString& search) {
            app::FacetModel facets;
            facets.setSession(session());
            facets.setCategoryId(categoryId);
            facets.setSearchText(search);
            facets.reloadNow();
            app::ProductListModel ranked;
            ranked.setSession(session());
            ranked.setRanking(&facets);
            app::ProductListModel queried; // no ranking: SQL filters and sorts
            queried.setSession(session());
            for (app::ProductListModel* list : {&ranked, &queried}) {
                list->setCategoryId(categoryId);
                list->setSearchText(search);
            }
            for (const QString& sort : {u"relevance"_qs, u"name"_qs, u"price_asc"_qs, u"price_desc"_qs}) {
                ranked.setSort(sort);
                queried.setSort(sort);
                const QStringList expected = listedIds(queried);
                QVERIFY(!expected.isEmpty());
                QCOMPARE(listedIds(ranked), expected);
                QCOMPARE(ranked.total(), queried.total());
            }
        };
        compareOrders(m_categoryId, {});
        if (QTest::currentTestFailed())
            return;
        // A search ranks by bm25, ties by name.
        compareOrders({}, session()->catalog()->productPage({}, 0, 1).value(0).name.split(u' ').first());
    }

    void suggestsCategoriesBrandsAndProductsAsTheCustomerTypes()
    {
        app::SearchSuggestionModel suggestions;
        suggestions.setSession(session());
        const auto kinds = [&](const QString& kind) {
            QStringList texts;
            for (int i = 0; i < suggestions.rowCount(); ++i)
                if (suggestions.index(i).data(app::SearchSuggestionModel::KindRole).toString() == kind)
                    texts << suggestions.index(i).data(app::SearchSuggestionModel::TextRole).toString();
            return texts;
        };
        // One letter says nothing yet.
        suggestions.setText(u"p"_qs);
        QCOMPARE(suggestions.count(), 0);

        // The department by the first letters of its name, without its accents.
        app::CategoryModel top;
        top.setSession(session());
        const QString department = top.data(top.index(0), app::CategoryModel::NameRole).toString();
        suggestions.setText(folded(department).left(4));
        QVERIFY2(kinds(u"category"_qs).contains(department), qPrintable(kinds(u"category"_qs).join(u", ")));

        // A brand by its name; the products by a word of theirs.
        const QString brand = *m_products.first().values.value(u"brand"_qs).begin();
        suggestions.setText(brand);
        QVERIFY2(kinds(u"brand"_qs).contains(brand), qPrintable(kinds(u"brand"_qs).join(u", ")));

        suggestions.setText(u"pul"_qs);
        const QStringList products = kinds(u"product"_qs);
        QVERIFY(!products.isEmpty());
        QVERIFY(products.size() <= 2 * app::SearchSuggestionModel::kPerKind);
        for (const QString& name : products)
            QVERIFY2(hasWordStartingWith(name, u"pul"_qs), qPrintable(name));
        // Each product suggested opens that product.
        for (int i = 0; i < suggestions.rowCount(); ++i) {
            const QModelIndex row = suggestions.index(i);
            if (row.data(app::SearchSuggestionModel::KindRole).toString() != u"product")
                continue;
            auto s = m_shop->cache().prepare("SELECT name FROM products WHERE id = ?");
            s.bind(1, row.data(app::SearchSuggestionModel::TargetRole).toString());
            QVERIFY(s.step());
            QCOMPARE(s.text(0), row.data(app::SearchSuggestionModel::TextRole).toString());
        }
    }

    void windowSearchesFiltersBySizeAndStoreOpensAProductAndAddsIt()
    {
        QQmlApplicationEngine engine;
        engine.addImportPath(u"qrc:/qt/qml"_qs);
        engine.load(QUrl(u"qrc:/qt/qml/Comptoir/Shop/ShopWindow.qml"_qs));
        QCOMPARE(engine.rootObjects().size(), 1);
        auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().first());
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        WindowDriver driver(window);
        // The store is chosen in the window, as the customer does.
        session()->setStoreId({});

        // Ctrl+F, then type: suggestions open under the field; Enter opens the results.
        QVERIFY(driver.waitForItem(u"shopHomePage"_qs));
        driver.press(Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(driver.find(u"shopSearchField"_qs)->hasActiveFocus());
        for (const QChar c : u"pull"_qs)
            QTest::keyClick(window, c.toLatin1());
        QVERIFY(driver.waitForItem(u"suggestion_0"_qs, 5000));
        driver.press(Qt::Key_Return);
        QVERIFY(driver.waitForItem(u"shopSearchPage"_qs));
        // A page sliding in takes no clicks.
        QQuickItem* stack = driver.find(u"stack"_qs);
        QTRY_VERIFY(!stack->property("busy").toBool());
        QQuickItem* page = driver.find(u"shopSearchPage"_qs);
        auto* facets = page->findChild<app::FacetModel*>(u"facetModel"_qs);
        auto* products = page->findChild<app::ProductListModel*>(u"productList"_qs);
        QVERIFY(facets && products);
        QTRY_VERIFY(products->total() > 0);
        QTRY_VERIFY(facets->rowCount() > 0);

        // A size, ticked with the mouse.
        const QString size = busiestValue(*facets, u"size"_qs, {});
        QVERIFY(!size.isEmpty());
        const int before = products->total();
        QVERIFY2(driver.waitForItem(u"facet_size_"_qs + size, 5000), qPrintable(size));
        QVERIFY(driver.tap(u"facet_size_"_qs + size));
        QTRY_COMPARE(facets->selection().value(u"size"_qs).toStringList(), QStringList{size});
        QTRY_COMPARE(products->total(), facets->matching());
        QVERIFY(products->total() > 0 && products->total() <= before);

        // My store, chosen with the keys in its menu, then "in stock at Lyon" ticked.
        QQuickItem* picker = driver.find(u"storePicker"_qs);
        QVERIFY(picker);
        picker->forceActiveFocus();
        for (int i = 0; i < 5 && session()->storeId() != u"loc_lyon"; ++i)
            driver.press(Qt::Key_Down);
        QCOMPARE(session()->storeId(), u"loc_lyon"_qs);
        QVERIFY(driver.waitForItem(u"facet_stock_here"_qs));
        QTRY_VERIFY(facets->countOf(u"stock"_qs, u"here"_qs) > 0);
        QVERIFY(driver.tap(u"facet_stock_here"_qs));
        QTRY_VERIFY(facets->selection().value(u"stock"_qs).toBool());
        QTRY_COMPARE(products->total(), facets->matching());
        QVERIFY(products->total() > 0);
        QTRY_VERIFY(products->rowCount() > 0);

        // The grid by the keys: the second card, Enter opens it.
        auto* grid = driver.find(u"productGrid"_qs);
        grid->forceActiveFocus();
        QTRY_VERIFY(grid->hasActiveFocus());
        const int start = grid->property("currentIndex").toInt();
        driver.press(Qt::Key_Right);
        if (start + 1 < products->rowCount())
            QTRY_COMPARE(grid->property("currentIndex").toInt(), start + 1);
        const QString chosen =
            products
                ->data(products->index(grid->property("currentIndex").toInt()), app::ProductListModel::IdRole)
                .toString();
        driver.press(Qt::Key_Return);
        QVERIFY(driver.waitForItem(u"shopProductPage"_qs));
        QTRY_VERIFY(!stack->property("busy").toBool());
        auto* detail =
            driver.find(u"shopProductPage"_qs)->findChild<app::ProductDetail*>(u"productDetail"_qs);
        QVERIFY(detail);
        QCOMPARE(detail->productId(), chosen);
        QTRY_VERIFY(detail->found());
        // In stock in Lyon: the page says it can be picked up there today.
        QVERIFY(driver.waitForItem(u"pickupToday"_qs, 5000));

        const int items = m_shop->app().cart()->itemCount();
        QVERIFY(driver.tap(u"addToCart"_qs));
        QTRY_COMPARE(m_shop->app().cart()->itemCount(), items + 1);
        QVERIFY(driver.waitForItem(u"addedNotice"_qs, 5000));
    }

    // Last: the server goes away for good.
    void browsesACachedProductWithTheServerStopped()
    {
        QQmlApplicationEngine engine;
        engine.addImportPath(u"qrc:/qt/qml"_qs);
        engine.load(QUrl(u"qrc:/qt/qml/Comptoir/Shop/ShopWindow.qml"_qs));
        auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().value(0));
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        WindowDriver driver(window);
        QVERIFY(driver.find(u"shopOfflineBanner"_qs));
        QVERIFY(!driver.find(u"shopOfflineBanner"_qs)->isVisible());

        m_server.stop();
        QTRY_COMPARE_WITH_TIMEOUT(session()->connectivity(), sync::SyncClient::Offline, 20000);
        QVERIFY(driver.waitForItem(u"shopOfflineBanner"_qs, 5000));

        // A department, its facets, and a product from it: all from the cache.
        QVERIFY(driver.tap(u"department_"_qs + m_categoryId));
        QVERIFY(driver.waitForItem(u"shopCategoryPage"_qs));
        QTRY_VERIFY(!driver.find(u"stack"_qs)->property("busy").toBool());
        auto* facets = driver.find(u"shopCategoryPage"_qs)->findChild<app::FacetModel*>(u"facetModel"_qs);
        QTRY_COMPARE(facets->matching(), int(m_products.size()));
        const CatalogProduct& product = m_products.first();
        QMetaObject::invokeMethod(window, "openProduct", Q_ARG(QVariant, product.id));
        QVERIFY(driver.waitForItem(u"shopProductPage"_qs));
        auto* detail =
            driver.find(u"shopProductPage"_qs)->findChild<app::ProductDetail*>(u"productDetail"_qs);
        QTRY_VERIFY(detail->found());
        QVERIFY(!detail->priceText().isEmpty());
        QVERIFY(driver.waitForItem(u"addToCart"_qs, 5000));
        QVERIFY(driver.find(u"shopOfflineBanner"_qs)->isVisible());
    }
};

QTEST_MAIN(ShopBrowseTest)
#include "tst_shopbrowse.moc"
