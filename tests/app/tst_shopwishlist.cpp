// The shop's wishlist and recently viewed, against a real server: the heart puts a product in and
// takes it out through the outbox (PUT/DELETE /me/wishlist/{id}), at once on screen and offline
// too, reaching the server when the link is back; an archived product stays, flagged "no longer
// sold"; the products the customer opened are remembered on this computer across restarts.

#include "app/access/customeraccess.h"
#include "app/shop/storechoice.h"
#include "demoaccounts.h"
#include "kioskfixture.h"
#include "shopfixture.h"
#include "syncchecks.h"

#include <QJsonArray>
#include <QPointer>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(Comptoir_AppPlugin)
Q_IMPORT_QML_PLUGIN(Comptoir_UiPlugin)
Q_IMPORT_QML_PLUGIN(Comptoir_ShopPlugin)

using namespace comptoir;
using namespace comptoir::test;

namespace {

const QString kEmail = u"sacha@example.fr"_qs;
const QString kPassword = u"a-long-secret"_qs;

} // namespace

class ShopWishlistTest : public QObject {
    Q_OBJECT

private:
    TestServer m_server;
    DemoAccounts m_accounts;
    RegisteredCustomer m_customer;
    QTemporaryDir m_profile;
    std::unique_ptr<ShopFixture> m_shop;

    // The product ids of GET /me/wishlist.
    QStringList onServer()
    {
        QStringList ids;
        for (const QJsonValue& item : m_server.client().get("/api/v1/me/wishlist", m_customer.token).items())
            ids.append(item.toObject().value(u"product_id"_qs).toString());
        return ids;
    }

    QString activeProduct(int skip)
    {
        auto st = m_shop->cache().prepare(
            "SELECT id FROM products WHERE status = 'active' ORDER BY id LIMIT 1 OFFSET ?");
        st.bind(1, skip);
        return st.step() ? st.text(0) : QString();
    }

private slots:
    void initTestCase()
    {
        qputenv("COMPTOIR_SECRET_STORE", "file");
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QVERIFY(m_accounts.signInStaff(m_server));
        m_customer = registerCustomer(m_server, kEmail, u"Sacha"_qs, kPassword);
        QCOMPARE(m_customer.registrationStatus, 201);
        m_shop = std::make_unique<ShopFixture>(m_server, m_profile.path());
        QVERIFY2(m_shop->signIn(kEmail, kPassword), qPrintable(m_shop->error()));
        QVERIFY(m_shop->loadWindow());
    }

    void heartAddsAndRemovesThroughTheOutbox()
    {
        app::Wishlist& wishlist = *m_shop->app().wishlist();
        const QString product = activeProduct(0);
        QVERIFY(!wishlist.contains(product));
        QVERIFY(wishlist.toggle(product));
        QVERIFY(wishlist.contains(product)); // at once, before the server answers
        QTRY_VERIFY_WITH_TIMEOUT(onServer().contains(product), 20000);

        QVERIFY(wishlist.toggle(product));
        QVERIFY(!wishlist.contains(product));
        QTRY_VERIFY_WITH_TIMEOUT(!onServer().contains(product), 20000);
    }

    void heartWorksOffline()
    {
        app::Wishlist& wishlist = *m_shop->app().wishlist();
        const QString product = activeProduct(1);
        m_server.stop();
        QTRY_COMPARE_WITH_TIMEOUT(m_shop->app().session()->connectivity(), sync::SyncClient::Offline, 30000);
        QVERIFY(wishlist.toggle(product));
        QVERIFY(wishlist.contains(product));
        QVERIFY(m_shop->app().session()->pendingCount() > 0);
        QVERIFY(m_server.restartOnSamePorts());
        QTRY_VERIFY_WITH_TIMEOUT(onServer().contains(product), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(m_shop->app().session()->pendingCount(), 0, 30000);
        QVERIFY(wishlist.contains(product));
    }

    void pageShowsArchivedProductsAsNoLongerSold()
    {
        app::Wishlist& wishlist = *m_shop->app().wishlist();
        const QString product = activeProduct(1); // in the list since the offline test
        QVERIFY(wishlist.contains(product));
        QVERIFY(QMetaObject::invokeMethod(m_shop->window(), "openWishlist"));
        QVERIFY(waitFor([&] { return m_shop->currentPage() == u"shopWishlistPage"; }));
        QVERIFY(
            waitFor([&] { return m_shop->driver().find(u"shopWishlistState-"_qs + product) != nullptr; }));
        QQuickItem* state = m_shop->driver().find(u"shopWishlistState-"_qs + product);
        QVERIFY(state->property("text").toString() != u"No longer sold"_qs);

        QCOMPARE(
            m_server.client().del("/api/v1/products/" + product.toStdString(), m_accounts.manager).status,
            204);
        QTRY_COMPARE_WITH_TIMEOUT(m_shop->driver().find(u"shopWishlistState-"_qs + product)->property("text"),
                                  QVariant(u"No longer sold"_qs), 20000);
        QVERIFY(wishlist.contains(product)); // kept
        QVERIFY(onServer().contains(product));

        // The heart says what it does, and takes it off.
        QQuickItem* heart = m_shop->driver().find(u"shopWishlistHeart-"_qs + product);
        QVERIFY(heart);
        QCOMPARE(heart->property("inWishlist").toBool(), true);
        // From the keyboard (Tab to it, Space), as a shopper who does not use a mouse.
        heart->forceActiveFocus(Qt::TabFocusReason);
        QTRY_VERIFY(heart->hasActiveFocus());
        m_shop->driver().press(Qt::Key_Space);
        QTRY_VERIFY(!wishlist.contains(product));
        QTRY_VERIFY_WITH_TIMEOUT(!onServer().contains(product), 20000);
    }

    void heartInTheListTakesAProductOffByMouse()
    {
        app::Wishlist& wishlist = *m_shop->app().wishlist();
        const QString product = activeProduct(4), kept = activeProduct(5);
        QVERIFY(wishlist.toggle(kept));
        QVERIFY(wishlist.toggle(product));
        QTRY_VERIFY_WITH_TIMEOUT(onServer().contains(product) && onServer().contains(kept), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(m_shop->app().session()->pendingCount(), 0, 20000);
        QVERIFY(QMetaObject::invokeMethod(m_shop->window(), "openWishlist"));
        QVERIFY(waitFor([&] { return m_shop->currentPage() == u"shopWishlistPage"; }));
        const QString heartName = u"shopWishlistHeart-"_qs + product;
        QVERIFY(m_shop->driver().waitForItem(heartName));
        QVERIFY(m_shop->driver().waitForItem(u"shopWishlistHeart-"_qs + kept));
        const QPointer<QQuickItem> keptHeart = m_shop->driver().find(u"shopWishlistHeart-"_qs + kept);
        QQuickItem* heart = m_shop->driver().find(heartName);
        QCOMPARE(heart->property("inWishlist").toBool(), true);
        // A click of the mouse, as on a card's heart. The page came in by a push a moment ago:
        // the driver waits for the stack to stop sliding, as the stack takes every press meanwhile.
        QVERIFY(m_shop->driver().tap(heart));
        QTRY_VERIFY(!wishlist.contains(product));
        QTRY_VERIFY_WITH_TIMEOUT(!onServer().contains(product), 20000);
        QVERIFY(onServer().contains(kept));
        // The list changed under the customer's pointer, and again when the feed confirmed it: the
        // row left keeps its delegate (a reset recreated them all, and a click across it was lost).
        QTRY_COMPARE_WITH_TIMEOUT(m_shop->app().session()->pendingCount(), 0, 20000);
        QVERIFY(keptHeart);
        QCOMPARE(m_shop->driver().find(u"shopWishlistHeart-"_qs + kept), keptHeart.data());
    }

    void remembersRecentlyViewedAndTheStoreAcrossRestarts()
    {
        const QString first = activeProduct(2), second = activeProduct(3);
        QVERIFY(QMetaObject::invokeMethod(m_shop->window(), "openProduct", Q_ARG(QVariant, first)));
        QVERIFY(QMetaObject::invokeMethod(m_shop->window(), "openProduct", Q_ARG(QVariant, second)));
        QVERIFY(QMetaObject::invokeMethod(m_shop->window(), "openProduct", Q_ARG(QVariant, first)));
        QCOMPARE(m_shop->app().recentlyViewed()->productIds(), (QStringList{first, second}));
        // "My store" chosen in the facets is kept too.
        {
            app::StoreChoice store;
            store.setSession(m_shop->app().session());
            const QString other =
                m_shop->app().session()->storeId() == u"loc_lyon" ? u"loc_paris"_qs : u"loc_lyon"_qs;
            store.choose(other);
            QCOMPARE(m_shop->app().session()->storeId(), other);
        }
        const QString chosenStore = m_shop->app().session()->storeId();

        m_shop.reset();
        m_shop = std::make_unique<ShopFixture>(m_server, m_profile.path());
        QVERIFY2(m_shop->signIn(kEmail, kPassword), qPrintable(m_shop->error()));
        QTRY_COMPARE(m_shop->app().recentlyViewed()->productIds(), (QStringList{first, second}));
        QTRY_COMPARE(m_shop->app().session()->storeId(), chosenStore);
    }

    void cleanupTestCase() { m_shop.reset(); }
};

QTEST_MAIN(ShopWishlistTest)
#include "tst_shopwishlist.moc"
