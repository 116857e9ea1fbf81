// The kiosk as a shopper uses it, headless against a real server: taps on the real window
// (attract screen, search on the on-screen keyboard, a product, add to cart, pay here, a test
// card on the terminal) until the receipt, with the order paid on the server; and an idle
// shopper's cart emptied by the timeout.

#include "app/cart/cart.h"
#include "app/checkout/checkout.h"
#include "kioskfixture.h"
#include "orderbodies.h"
#include "syncchecks.h"
#include "windowdriver.h"

#include <QPointer>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(Comptoir_AppPlugin)
Q_IMPORT_QML_PLUGIN(Comptoir_UiPlugin)
Q_IMPORT_QML_PLUGIN(Comptoir_KioskPlugin)

using namespace comptoir;
using namespace comptoir::test;

class KioskWindowTest : public QObject {
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<Kiosk> m_kiosk;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow* m_window = nullptr;

    std::unique_ptr<WindowDriver> m_driver;

    [[nodiscard]] QQuickItem* find(const QString& name) const { return m_driver->find(name); }

    // Waits for the stack's page transition to end (a StackView ignores taps while it animates),
    // then for the items to take their places at the next polish: a tap before it lands where
    // they were.
    void settle()
    {
        QVERIFY(waitFor([&] {
            QQuickItem* stack = find(u"stack"_qs);
            return stack && !stack->property("busy").toBool();
        }));
        m_driver->settle();
    }

    // Found after settling, so the item tapped is the one on screen now.
    bool tap(const QString& name)
    {
        settle();
        return m_driver->tap(find(name));
    }

    bool tap(QQuickItem* item)
    {
        const QPointer<QQuickItem> alive(item);
        settle();
        return alive && m_driver->tap(alive);
    }

    QString currentPage()
    {
        auto* stack = find(u"stack"_qs);
        auto* page = stack ? stack->property("currentItem").value<QQuickItem*>() : nullptr;
        return page ? page->objectName() : QString();
    }

    // From wherever the kiosk is: search `text` on the on-screen keyboard, open the first product,
    // add its default variant (one in stock here) and open the cart.
    void searchAddAndOpenCart(const QString& text)
    {
        QMetaObject::invokeMethod(m_window, "restart");
        QVERIFY(waitFor([&] { return currentPage() == u"attractPage"; }));
        QVERIFY(tap(u"attractPage"_qs));
        QVERIFY(waitFor([&] { return find(u"searchButton"_qs) && find(u"searchButton"_qs)->isVisible(); }));
        QVERIFY(tap(u"searchButton"_qs));

        QVERIFY(waitFor([&] { return find(u"keyboard"_qs) != nullptr; }));
        QObject* keyboard = find(u"keyboard"_qs);
        for (const QChar c : text)
            QVERIFY(QMetaObject::invokeMethod(keyboard, "typed", Q_ARG(QString, QString(c))));
        auto* grid = find(u"productGrid"_qs);
        QVERIFY(grid);
        QVERIFY(waitFor([&] { return grid->property("count").toInt() > 0; }));
        QMetaObject::invokeMethod(keyboard, "accepted");
        QVERIFY(waitFor([&] { return !keyboard->property("visible").toBool(); }));
        // The grid takes the keyboard's room at the next polish, and lays its cells out again.
        QVERIFY(QQuickTest::qWaitForPolish(m_window, 20000));

        // A change arriving from the server (the live channel is on) can rebuild the grid's cells
        // while the tap settles: then tap() clicks nothing and the first cell is looked up again.
        QVERIFY(waitFor([&] {
            QQuickItem* first = nullptr;
            QMetaObject::invokeMethod(grid, "itemAtIndex", Q_RETURN_ARG(QQuickItem*, first), Q_ARG(int, 0));
            return first && tap(first);
        }));

        const int before = m_kiosk->app().cart()->itemCount();
        QVERIFY(waitFor([&] { return find(u"addToCart"_qs) && find(u"addToCart"_qs)->isVisible(); }));
        QVERIFY(tap(u"addToCart"_qs));
        QVERIFY(waitFor([&] { return m_kiosk->app().cart()->itemCount() == before + 1; }));

        QVERIFY(tap(u"cartButton"_qs));
        QVERIFY(waitFor([&] { return currentPage() == u"cartPage"; }));
        QVERIFY(waitFor([&] { return find(u"payHere"_qs) && find(u"payHere"_qs)->isVisible(); }));
    }

    void payHereAndPresent(const QString& card)
    {
        QVERIFY(tap(u"payHere"_qs));
        QVERIFY2(waitFor([&] {
                     auto* button = find(u"card-"_qs + card);
                     return button && button->isVisible() &&
                            m_kiosk->app().checkout()->state() == app::Checkout::AwaitingCard;
                 }),
                 qPrintable(m_kiosk->app().checkout()->message()));
        QVERIFY(tap(u"card-"_qs + card));
    }

    QJsonObject serverOrder(const QString& id)
    {
        HttpClient c = m_server.client();
        return orderOnServer(c, id, m_server.login(u"manager@demo.comptoir.fr"_qs));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        m_kiosk = std::make_unique<Kiosk>(m_server);
        QVERIFY(m_kiosk->waitUntilReady());
        m_engine = std::make_unique<QQmlApplicationEngine>();
        m_engine->addImportPath(u"qrc:/qt/qml"_qs);
        m_engine->load(QUrl(u"qrc:/qt/qml/Comptoir/Kiosk/KioskWindow.qml"_qs));
        QCOMPARE(m_engine->rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow*>(m_engine->rootObjects().first());
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_driver = std::make_unique<WindowDriver>(m_window);
        QCOMPARE(currentPage(), u"attractPage"_qs);
    }

    void cleanupTestCase()
    {
        // Hidden first, the window hands its scene graph back before it is destroyed.
        if (m_window)
            m_window->close();
        QCoreApplication::processEvents();
        m_driver.reset();
        m_engine.reset();
        m_kiosk.reset();
    }

    void aShopperSearchesAddsAVariantAndPaysByCard()
    {
        searchAddAndOpenCart(u"pull"_qs);
        if (QTest::currentTestFailed())
            return;
        const qint64 total = m_kiosk->app().cart()->totals().total;
        payHereAndPresent(u"4242424242424242"_qs);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(waitFor([&] { return currentPage() == u"receiptPage"; }));
        QCOMPARE(m_kiosk->app().checkout()->state(), app::Checkout::Paid);

        const QJsonObject order = serverOrder(m_kiosk->app().checkout()->orderId());
        QCOMPARE(order.value(u"status"_qs).toString(), u"paid"_qs);
        QCOMPARE(order.value(u"paid_total"_qs).toObject().value(u"amount"_qs).toInteger(), total);
        QVERIFY(m_kiosk->app().cart()->isEmpty());
        auto* reference = find(u"orderReference"_qs);
        QVERIFY(reference);
        QVERIFY(waitFor([&] { return reference->property("text").toString().startsWith(u"PAR-"_qs); }));
        QVERIFY(!find(u"orderStatus"_qs)->property("text").toString().isEmpty());
    }

    void aDeclinedCardSaysWhyAndKeepsTheCart()
    {
        searchAddAndOpenCart(u"mug"_qs);
        if (QTest::currentTestFailed())
            return;
        payHereAndPresent(u"4000000000000002"_qs);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(waitFor([&] { return m_kiosk->app().checkout()->state() == app::Checkout::Declined; }));
        auto* message = find(u"checkoutMessage"_qs);
        QVERIFY(message && message->isVisible());
        const QString said = message->property("text").toString();
        QVERIFY(said.size() > 20); // a sentence
        QVERIFY(!said.contains(u"402"_qs) && !said.contains(u"card_declined"_qs));
        QCOMPARE(m_kiosk->app().cart()->itemCount(), 1);
        const QString orderId = m_kiosk->app().checkout()->orderId();

        // The shopper leaves the terminal: back to the cart, which is intact; the order is cancelled.
        QVERIFY(tap(u"leaveCheckout"_qs));
        QVERIFY(waitFor([&] { return currentPage() == u"cartPage"; }));
        QCOMPARE(m_kiosk->app().cart()->itemCount(), 1);
        QVERIFY(waitFor([&] { return serverOrder(orderId).value(u"status"_qs).toString() == u"cancelled"; }));
    }

    void payAtTheCounterWhileTheServerIsDownArrivesOnce()
    {
        searchAddAndOpenCart(u"veste"_qs);
        if (QTest::currentTestFailed())
            return;
        m_server.stop();
        m_kiosk->app().session()->syncNow();
        QVERIFY(
            waitFor([&] { return m_kiosk->app().session()->connectivity() == sync::SyncClient::Offline; }));
        QVERIFY(tap(u"payAtCounter"_qs));
        QVERIFY(waitFor([&] { return currentPage() == u"receiptPage"; }));
        const QString orderId = m_kiosk->app().checkout()->orderId();
        auto* reference = find(u"orderReference"_qs);
        QVERIFY(!reference->property("text").toString().isEmpty()); // a code for the counter already
        QCOMPARE(m_kiosk->app().session()->pendingCount(), 1);

        QVERIFY2(m_server.restartOnSamePorts(), qPrintable(m_server.lastError()));
        QVERIFY(m_kiosk->waitUntilSettled(60000));
        QCOMPARE(serverOrder(orderId).value(u"status"_qs).toString(), u"pending_payment"_qs);
        const std::string manager = m_server.login(u"manager@demo.comptoir.fr"_qs);
        int copies = 0;
        for (const QJsonObject& o : allItems(m_server, "/api/v1/orders?store_id=loc_paris", manager))
            copies += o.value(u"id"_qs).toString() == orderId ? 1 : 0;
        QCOMPARE(copies, 1);
        // The receipt follows: the server's number replaces the code.
        QVERIFY(waitFor([&] { return reference->property("text").toString().startsWith(u"PAR-"_qs); }));
    }

    void theShoppersStepsReachTheFunnel()
    {
        // A product opened, added to the cart, checkout begun and paid, all by taps: one session of
        // the kiosk channel, converted (its order carries the session id).
        const QDateTime from = QDateTime::currentDateTimeUtc();
        searchAddAndOpenCart(u"pull"_qs);
        if (QTest::currentTestFailed())
            return;
        payHereAndPresent(u"4242424242424242"_qs);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(waitFor([&] { return currentPage() == u"receiptPage"; }));
        const QDateTime to = QDateTime::currentDateTimeUtc().addSecs(1);
        const std::string manager = m_server.login(u"manager@demo.comptoir.fr"_qs);
        const auto iso = [](const QDateTime& t) { return urlEncode(t.toString(Qt::ISODateWithMs)); };
        const std::string path = "/api/v1/reports/funnel?channel=kiosk&from=" + iso(from) + "&to=" + iso(to);
        QJsonObject funnel;
        QVERIFY2(waitFor([&] {
                     funnel = m_server.client().get(path, manager).json();
                     return funnel.value(u"orders"_qs).toInteger() == 1;
                 }),
                 QJsonDocument(funnel).toJson().constData());
        QCOMPARE(funnel.value(u"sessions"_qs).toInteger(), 1);
        QCOMPARE(funnel.value(u"product_views"_qs).toInteger(), 1);
        QCOMPARE(funnel.value(u"carts"_qs).toInteger(), 1);
        QCOMPARE(funnel.value(u"checkouts"_qs).toInteger(), 1);
        QCOMPARE(funnel.value(u"conversion_rate"_qs).toDouble(), 1.0);
    }

    void anIdleShopperIsTimedOutAndTheCartEmptied()
    {
        QObject* idle = m_window->findChild<QObject*>(u"idleWatcher"_qs);
        QVERIFY(idle);
        // A receipt left on screen (the last test's) goes too: its QR code is the shopper's.
        QCOMPARE(currentPage(), u"receiptPage"_qs);
        QVERIFY(idle->property("enabled").toBool());
        idle->setProperty("warningSeconds", 1);
        idle->setProperty("timeoutSeconds", 2);
        QVERIFY(waitFor([&] { return currentPage() == u"attractPage"; }, 10000));
        idle->setProperty("timeoutSeconds", 90);
        // Back to shopping with something in the cart.
        QMetaObject::invokeMethod(m_window, "openHome");
        const QString sku = skuInStock(m_kiosk->cache(), u"loc_paris"_qs, u"standard"_qs);
        QVERIFY(m_kiosk->app().cart()->add(sku, 1));
        QVERIFY(idle->property("enabled").toBool());
        idle->setProperty("warningSeconds", 1);
        idle->setProperty("timeoutSeconds", 2);
        QVERIFY(waitFor([&] { return m_kiosk->app().cart()->isEmpty(); }, 10000));
        QCOMPARE(currentPage(), u"attractPage"_qs);
        QCOMPARE(m_kiosk->app().checkout()->state(), app::Checkout::Idle);
        idle->setProperty("timeoutSeconds", 90);
    }
};

QTEST_MAIN(KioskWindowTest)
#include "tst_kioskwindow.moc"
