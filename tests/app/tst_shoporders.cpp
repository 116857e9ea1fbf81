// The shop's orders as a customer follows them, against a real server: the history newest first
// with each status in words; the store marking an order ready shows at once (no refresh), sends a
// desktop notification with the order's number (to a notification service the test runs on its
// own session bus) and puts a badge on the top bar's Orders button until the orders are opened;
// an order's page with its lines, totals and pickup code; ordering again, saying which products
// are no longer sold; and cancelling an unpaid order, with paid ones refused.

#include "app/access/customeraccess.h"
#include "app/cart/cart.h"
#include "app/shop/ordernotices.h"
#include "demoaccounts.h"
#include "kioskfixture.h"
#include "orderbodies.h"
#include "shopfixture.h"
#include "syncchecks.h"

#include <QJsonArray>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(Comptoir_AppPlugin)
Q_IMPORT_QML_PLUGIN(Comptoir_UiPlugin)
Q_IMPORT_QML_PLUGIN(Comptoir_ShopPlugin)

using namespace comptoir;
using namespace comptoir::test;

namespace {

const QString kEmail = u"alix@example.fr"_qs;
const QString kPassword = u"a-long-secret"_qs;

} // namespace

class ShopOrdersTest : public QObject {
    Q_OBJECT

private:
    NotificationSink m_notifications;
    TestServer m_server;
    DemoAccounts m_accounts;
    RegisteredCustomer m_customer;
    QTemporaryDir m_profile;
    std::unique_ptr<ShopFixture> m_shop;
    QJsonObject m_older, m_paid; // placed before the shop started: old news

    WindowDriver& driver() { return m_shop->driver(); }
    QObject* window() { return m_shop->window(); }

    // The row's status as the orders page shows it.
    QString statusShown(const QString& number)
    {
        QQuickItem* pill = driver().find(u"shopOrderStatus-"_qs + number);
        return pill ? pill->property("text").toString() : QString();
    }

    bool settleStack()
    {
        return waitFor([&] {
            QQuickItem* stack = driver().find(u"stack"_qs);
            return stack && !stack->property("busy").toBool();
        });
    }

private slots:
    void initTestCase()
    {
        qputenv("COMPTOIR_SECRET_STORE", "file");
        QVERIFY2(m_notifications.start(), "no session bus for the notification service");
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QVERIFY(m_accounts.signInStaff(m_server));
        m_customer = registerCustomer(m_server, kEmail, u"Alix"_qs, kPassword);
        QCOMPARE(m_customer.registrationStatus, 201);

        // Two orders placed while the shop is closed: one already ready (old news), one paid.
        m_shop = std::make_unique<ShopFixture>(m_server, m_profile.path());
        QVERIFY2(m_shop->signIn(kEmail, kPassword), qPrintable(m_shop->error()));
        const QString sku = skuInStock(m_shop->cache(), u"loc_paris"_qs, u"standard"_qs, 5);
        QVERIFY(!sku.isEmpty());
        m_shop.reset();
        m_older = placeOrder(m_server, m_customer.token, sku, 1, true);
        QVERIFY(!m_older.isEmpty());
        QCOMPARE(m_server.client()
                     .post(orderPath(idOf(m_older)) + "/status", {{u"status"_qs, u"ready_for_pickup"_qs}},
                           m_accounts.staffParis)
                     .status,
                 200);
        m_paid = placeOrder(m_server, m_customer.token, sku, 2, true);
        QVERIFY(!m_paid.isEmpty());
        m_shop = std::make_unique<ShopFixture>(m_server, m_profile.path());
        QVERIFY2(m_shop->signIn(kEmail, kPassword), qPrintable(m_shop->error()));
        QVERIFY(waitFor([&] {
            auto count = m_shop->cache().prepare("SELECT count(*) FROM orders");
            return count.step() && count.int64(0) == 2;
        }));
        QVERIFY(m_shop->loadWindow());
    }

    void listsOrdersNewestFirstWithStatusInWords()
    {
        QVERIFY(QMetaObject::invokeMethod(window(), "openOrders"));
        QVERIFY(waitFor([&] { return m_shop->currentPage() == u"shopOrdersPage"; }));
        const QString older = m_older.value(u"number"_qs).toString();
        const QString paid = m_paid.value(u"number"_qs).toString();
        QVERIFY(waitFor([&] { return driver().find(u"shopOrderRow-"_qs + paid) != nullptr; }));
        QTRY_COMPARE(statusShown(paid), u"Paid, being prepared"_qs);
        QTRY_COMPARE(statusShown(older), u"Ready to collect in store"_qs);
        // Newest first.
        QQuickItem* list = driver().find(u"shopOrdersList"_qs);
        QQuickItem* first = nullptr;
        QMetaObject::invokeMethod(list, "itemAtIndex", Q_RETURN_ARG(QQuickItem*, first), Q_ARG(int, 0));
        QVERIFY(first);
        QCOMPARE(first->property("number").toString(), paid);
        // What was ready before the shop started is not news.
        QCOMPARE(m_shop->app().orderNotices()->unseen(), 0);
        QVERIFY(m_notifications.received().isEmpty());
    }

    void readyOrderNotifiesAndBadgesWithoutRefresh()
    {
        QVERIFY(QMetaObject::invokeMethod(window(), "openHome"));
        QVERIFY(settleStack());
        const QString paid = m_paid.value(u"number"_qs).toString();
        // The store's staff marks it ready: the feed brings it, nobody refreshes.
        QCOMPARE(m_server.client()
                     .post(orderPath(idOf(m_paid)) + "/status", {{u"status"_qs, u"ready_for_pickup"_qs}},
                           m_accounts.staffParis)
                     .status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_notifications.received().size(), 1, 20000);
        const NotificationSink::Received notice = m_notifications.received().first();
        QCOMPARE(notice.appName, u"Comptoir"_qs);
        QVERIFY2(notice.summary.contains(paid), qPrintable(notice.summary));
        QCOMPARE(notice.body, u"Ready to collect in store"_qs);

        QQuickItem* badge = driver().find(u"shopOrdersBadge"_qs);
        QVERIFY(badge);
        QTRY_VERIFY(badge->isVisible());
        QCOMPARE(badge->property("count").toInt(), 1);

        // Opening the orders is seeing it: the badge goes, the row says ready.
        QVERIFY(driver().tap(u"shopOrdersButton"_qs));
        QVERIFY(waitFor([&] { return m_shop->currentPage() == u"shopOrdersPage"; }));
        QTRY_VERIFY(!badge->isVisible());
        QTRY_COMPARE(statusShown(paid), u"Ready to collect in store"_qs);
        QCOMPARE(m_notifications.received().size(), 1);
    }

    void orderPageShowsLinesTotalsAndPickupCode()
    {
        const QString paid = m_paid.value(u"number"_qs).toString();
        QVERIFY(settleStack());
        QVERIFY2(driver().tap(u"shopOrderRow-"_qs + paid), qPrintable(m_shop->currentPage()));
        QVERIFY(waitFor([&] { return m_shop->currentPage() == u"shopOrderPage"; }));
        QObject* order = driver().find(u"shopOrderPage"_qs)->findChild<QObject*>(u"shopOrder"_qs);
        QVERIFY(order);
        QTRY_VERIFY(order->property("known").toBool());
        QCOMPARE(order->property("number").toString(), paid);
        const QVariantList lines = order->property("lines").toList();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().toMap().value(u"quantity"_qs).toInt(), 2);
        QCOMPARE(order->property("totalText").toString(),
                 m_shop->app().session()->formatMoney(totalOf(m_paid)));
        QVERIFY(order->property("fulfillmentText").toString().startsWith(u"Click & collect at"_qs));
        QVERIFY(driver().find(u"shopOrderPickupCode"_qs)->isVisible());
        // Paid: not the customer's to cancel any more.
        QVERIFY(!order->property("canCancel").toBool());
        QVERIFY(!driver().find(u"shopCancelOrderButton"_qs)->isVisible());
    }

    void reorderPutsLinesBackAndSaysWhatIsNoLongerSold()
    {
        app::Cart& cart = *m_shop->app().cart();
        cart.clear();
        QVERIFY(settleStack());
        QVERIFY(driver().tap(u"shopReorderButton"_qs));
        QVERIFY(waitFor([&] { return m_shop->currentPage() == u"shopCartPage"; }));
        QTRY_COMPARE(cart.itemCount(), 2);

        // The product is archived: ordering the same again says so and adds nothing.
        cart.clear();
        const QString sku =
            m_paid.value(u"lines"_qs).toArray().first().toObject().value(u"sku"_qs).toString();
        auto product = m_shop->cache().prepare("SELECT product_id FROM variants WHERE sku = ?");
        product.bind(1, sku);
        QVERIFY(product.step());
        const QString productId = product.text(0);
        QCOMPARE(
            m_server.client().del("/api/v1/products/" + productId.toStdString(), m_accounts.manager).status,
            204);
        QVERIFY(waitFor([&] {
            auto st = m_shop->cache().prepare("SELECT status FROM products WHERE id = ?");
            st.bind(1, productId);
            return st.step() && st.text(0) == u"archived";
        }));
        QVERIFY(QMetaObject::invokeMethod(window(), "openOrder", Q_ARG(QVariant, idOf(m_paid))));
        QVERIFY(waitFor([&] { return m_shop->currentPage() == u"shopOrderPage"; }));
        QVERIFY(settleStack());
        QVERIFY(driver().tap(u"shopReorderButton"_qs));
        QQuickItem* notice = driver().find(u"shopOrderNotice"_qs);
        QTRY_VERIFY(notice->property("text").toString().contains(u"no longer sold"_qs, Qt::CaseInsensitive) ||
                    notice->property("text").toString().contains(u"not sold"_qs, Qt::CaseInsensitive) ||
                    notice->property("text").toString().contains(u"sold any more"_qs));
        QVERIFY(notice->property("refused").toBool());
        QCOMPARE(m_shop->currentPage(), u"shopOrderPage"_qs);
        QCOMPARE(cart.itemCount(), 0);
    }

    void cancelsAnUnpaidOrder()
    {
        const QString sku = skuInStock(m_shop->cache(), u"loc_paris"_qs, u"standard"_qs, 2, 3);
        const QJsonObject unpaid = placeOrder(m_server, m_customer.token, sku, 1, false);
        QVERIFY(!unpaid.isEmpty());
        QVERIFY(waitFor([&] {
            auto st = m_shop->cache().prepare("SELECT 1 FROM orders WHERE id = ?");
            st.bind(1, idOf(unpaid));
            return st.step();
        }));
        QVERIFY(QMetaObject::invokeMethod(window(), "openOrder", Q_ARG(QVariant, idOf(unpaid))));
        QVERIFY(waitFor([&] { return m_shop->currentPage() == u"shopOrderPage"; }));
        QVERIFY(settleStack());
        QObject* order = driver().find(u"shopOrderPage"_qs)->findChild<QObject*>(u"shopOrder"_qs);
        QTRY_VERIFY(order->property("canCancel").toBool());
        QVERIFY(driver().tap(u"shopCancelOrderButton"_qs));
        QTRY_COMPARE_WITH_TIMEOUT(order->property("status").toString(), u"cancelled"_qs, 20000);
        QCOMPARE(order->property("statusText").toString(), u"Cancelled"_qs);
        QCOMPARE(
            orderOnServer(*std::make_unique<HttpClient>(m_server.client()), idOf(unpaid), m_customer.token)
                .value(u"status"_qs)
                .toString(),
            u"cancelled"_qs);
        QVERIFY(!order->property("refused").toBool());
    }

    void cleanupTestCase() { m_shop.reset(); }
};

QTEST_MAIN(ShopOrdersTest)
#include "tst_shoporders.moc"
