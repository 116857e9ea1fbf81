// Checkout against a real server: a card payment on the simulated terminal reaches the server as
// one paid order; a declined card keeps the cart and the order; a sale paid at the counter while
// the server is down arrives exactly once when it is back.

#include "app/cart/cart.h"
#include "app/checkout/checkout.h"
#include "kioskfixture.h"
#include "orderbodies.h"
#include "syncchecks.h"

#include <QtTest>

using namespace comptoir;
using namespace comptoir::test;
using app::Checkout;

class CheckoutTest : public QObject {
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<Kiosk> m_kiosk;
    std::string m_manager;

    Checkout& checkout() { return *m_kiosk->app().checkout(); }
    app::Cart& cart() { return *m_kiosk->app().cart(); }

    QJsonObject serverOrder(const QString& id)
    {
        HttpClient c = m_server.client();
        return orderOnServer(c, id, m_manager);
    }

    int serverCountOf(const QString& id)
    {
        int n = 0;
        for (const QJsonObject& o : allItems(m_server, "/api/v1/orders?store_id=loc_paris", m_manager))
            n += o.value(u"id"_qs).toString() == id ? 1 : 0;
        return n;
    }

    QJsonObject stockLevel(const QString& sku, const QString& location)
    {
        const auto levels = m_server.client().get("/api/v1/inventory?sku=" + sku.toStdString() +
                                                  "&location_id=" + location.toStdString());
        return levels.items().isEmpty() ? QJsonObject() : levels.items().first().toObject();
    }

    bool waitForState(Checkout::State state, int timeoutMs = 20000)
    {
        return waitFor([&] { return checkout().state() == state; }, timeoutMs);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        m_manager = m_server.login(u"manager@demo.comptoir.fr"_qs);
        m_kiosk = std::make_unique<Kiosk>(m_server);
        QVERIFY(m_kiosk->waitUntilReady());
    }

    void init()
    {
        checkout().reset();
        cart().clear();
        QVERIFY(m_kiosk->waitUntilSettled());
    }

    void paysByCardAndTheOrderArrivesPaid()
    {
        const QString sku = skuInStock(m_kiosk->cache(), u"loc_paris"_qs, u"standard"_qs, 2);
        QVERIFY(cart().add(sku, 2));
        const qint64 total = cart().totals().total;
        checkout().payHere();
        QVERIFY(waitForState(Checkout::AwaitingCard));
        checkout().presentCard(u"4242 4242 4242 4242"_qs);
        QVERIFY(waitForState(Checkout::Paid));
        QVERIFY(cart().isEmpty());

        const QJsonObject order = serverOrder(checkout().orderId());
        QCOMPARE(order.value(u"status"_qs).toString(), u"paid"_qs);
        QCOMPARE(order.value(u"channel"_qs).toString(), u"kiosk"_qs);
        QCOMPARE(order.value(u"paid_total"_qs).toObject().value(u"amount"_qs).toInteger(), total);
        QCOMPARE(order.value(u"totals"_qs)
                     .toObject()
                     .value(u"total"_qs)
                     .toObject()
                     .value(u"amount"_qs)
                     .toInteger(),
                 total);
        QVERIFY(waitFor([&] { return checkout().orderNumber().startsWith(u"PAR-"_qs); }));
        QCOMPARE(checkout().orderReference(), order.value(u"number"_qs).toString());
        QCOMPARE(serverCountOf(checkout().orderId()), 1);
    }

    void aDeclinedCardKeepsTheCartAndTheOrder()
    {
        const QString sku = skuInStock(m_kiosk->cache(), u"loc_paris"_qs, u"reduced"_qs, 1);
        QVERIFY(cart().add(sku, 1));
        const qint64 total = cart().totals().total;
        checkout().payHere();
        QVERIFY(waitForState(Checkout::AwaitingCard));
        checkout().presentCard(u"4000000000000002"_qs);
        QVERIFY(waitForState(Checkout::Declined));
        QVERIFY(!checkout().message().isEmpty());
        QVERIFY(!checkout().message().contains(u"402"_qs)); // words, not a status code
        QCOMPARE(cart().itemCount(), 1);
        const QString orderId = checkout().orderId();
        QCOMPARE(serverOrder(orderId).value(u"status"_qs).toString(), u"pending_payment"_qs);

        checkout().presentCard(u"4000000000009995"_qs); // insufficient funds: another sentence
        QVERIFY(waitForState(Checkout::Declined));
        checkout().presentCard(u"4242424242424242"_qs);
        QVERIFY(waitForState(Checkout::Paid));
        QCOMPARE(checkout().orderId(), orderId); // the same order, paid once
        const QJsonObject order = serverOrder(orderId);
        QCOMPARE(order.value(u"status"_qs).toString(), u"paid"_qs);
        QCOMPARE(order.value(u"paid_total"_qs).toObject().value(u"amount"_qs).toInteger(), total);
        QCOMPARE(serverCountOf(orderId), 1);
    }

    void givingUpReleasesTheReservedStock()
    {
        const QString sku = skuInStock(m_kiosk->cache(), u"loc_paris"_qs, u"zero"_qs, 1);
        QVERIFY(!sku.isEmpty());
        const qint64 reservedBefore = stockLevel(sku, u"loc_paris"_qs).value(u"reserved"_qs).toInteger();
        QVERIFY(cart().add(sku, 1));
        checkout().payHere();
        QVERIFY(waitForState(Checkout::AwaitingCard));
        QCOMPARE(stockLevel(sku, u"loc_paris"_qs).value(u"reserved"_qs).toInteger(), reservedBefore + 1);
        const QString orderId = checkout().orderId();
        checkout().cancelPayment();
        QCOMPARE(checkout().state(), Checkout::Idle);
        QCOMPARE(cart().itemCount(), 1); // the shopper may still pay at the counter
        QVERIFY(waitFor([&] { return serverOrder(orderId).value(u"status"_qs).toString() == u"cancelled"; }));
        QCOMPARE(stockLevel(sku, u"loc_paris"_qs).value(u"reserved"_qs).toInteger(), reservedBefore);
    }

    void pickupInAnotherStoreReservesThere()
    {
        const QString sku = skuInStock(m_kiosk->cache(), u"loc_lyon"_qs, u"standard"_qs, 1, 5);
        QVERIFY(cart().add(sku, 1));
        const qint64 reservedBefore = stockLevel(sku, u"loc_lyon"_qs).value(u"reserved"_qs).toInteger();
        checkout().payHere(u"loc_lyon"_qs);
        QVERIFY(waitForState(Checkout::AwaitingCard));
        QVERIFY(checkout().pickupElsewhere());
        checkout().presentCard(u"4242424242424242"_qs);
        QVERIFY(waitForState(Checkout::Paid));
        const QJsonObject order = serverOrder(checkout().orderId());
        QCOMPARE(order.value(u"fulfillment"_qs).toObject().value(u"type"_qs).toString(), u"pickup"_qs);
        QCOMPARE(order.value(u"fulfillment"_qs).toObject().value(u"location_id"_qs).toString(),
                 u"loc_lyon"_qs);
        QCOMPARE(stockLevel(sku, u"loc_lyon"_qs).value(u"reserved"_qs).toInteger(), reservedBefore + 1);
    }

    void moreThanTheStoreHasIsRefusedInWords()
    {
        const QString sku = skuInStock(m_kiosk->cache(), u"loc_paris"_qs, u"standard"_qs, 1, 11);
        const qint64 available = stockLevel(sku, u"loc_paris"_qs).value(u"available"_qs).toInteger();
        QVERIFY(available < app::Cart::kMaxQuantity);
        QVERIFY(cart().add(sku, int(available + 1)));
        checkout().payHere();
        QVERIFY(waitForState(Checkout::Failed));
        QVERIFY(!checkout().message().isEmpty());
        QCOMPARE(cart().itemCount(), int(available + 1));
        QVERIFY(serverOrder(checkout().orderId()).isEmpty()); // nothing was created
    }

    void payAtTheCounterWhileTheServerIsDownArrivesOnce()
    {
        const QString sku = skuInStock(m_kiosk->cache(), u"loc_paris"_qs, u"standard"_qs, 1, 2);
        QVERIFY(cart().add(sku, 1));
        m_server.stop();
        m_kiosk->app().session()->syncNow();
        QVERIFY(waitFor([&] { return m_kiosk->app().session()->isOffline(); }));

        // Card payment says plainly it needs the network, and keeps the cart.
        checkout().payHere();
        QCOMPARE(checkout().state(), Checkout::NeedsNetwork);
        QCOMPARE(cart().itemCount(), 1);

        checkout().payAtCounter();
        QCOMPARE(checkout().state(), Checkout::SentToCounter);
        QVERIFY(cart().isEmpty());
        QCOMPARE(m_kiosk->app().session()->pendingCount(), 1);
        const QString orderId = checkout().orderId();
        QVERIFY(!checkout().orderReference().isEmpty()); // a code for the counter before any number

        QVERIFY2(m_server.restartOnSamePorts(), qPrintable(m_server.lastError()));
        m_manager = m_server.login(u"manager@demo.comptoir.fr"_qs);
        QVERIFY(m_kiosk->waitUntilSettled(60000));
        const QJsonObject order = serverOrder(orderId);
        QCOMPARE(order.value(u"status"_qs).toString(), u"pending_payment"_qs);
        QCOMPARE(order.value(u"fulfillment"_qs).toObject().value(u"type"_qs).toString(), u"carry_out"_qs);
        QCOMPARE(serverCountOf(orderId), 1);
        QVERIFY(waitFor([&] { return checkout().orderNumber().startsWith(u"PAR-"_qs); }));
    }
};

QTEST_GUILESS_MAIN(CheckoutTest)
#include "tst_checkout.moc"
