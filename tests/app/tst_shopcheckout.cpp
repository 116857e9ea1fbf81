// The desktop shop's cart, checkout and confirmation as a customer uses them, headless against a
// real server: keys and clicks on the real window. Pickup in Lyon paid with 4242…, a decline that
// keeps everything and then pays the same order, delivery to a new address (its refusal in
// words first), a store that lacks a line saying which, the promo code the server refuses, the
// Tab order of the checkout, and the card numbers in no file of the shop's profile.

#include "app/cart/cart.h"
#include "app/checkout/checkout.h"
#include "app/shop/cartquote.h"
#include "app/shop/shopcheckout.h"
#include "demoaccounts.h"
#include "faultyproxy.h"
#include "orderbodies.h"
#include "shopfixture.h"
#include "syncchecks.h"

#include <QDirIterator>
#include <QQuickItem>
#include <QQuickWindow>
#include <QScopeGuard>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(Comptoir_AppPlugin)
Q_IMPORT_QML_PLUGIN(Comptoir_UiPlugin)
Q_IMPORT_QML_PLUGIN(Comptoir_ShopPlugin)

using namespace comptoir;
using namespace comptoir::test;

namespace {

const QString kApproved = u"4242 4242 4242 4242"_qs;
const QString kDeclined = u"4000000000000002"_qs;

} // namespace

class ShopCheckoutTest : public QObject {
    Q_OBJECT

private:
    TestServer m_server;
    // Between the shop and the server's HTTP (the live feed goes straight to the server): passes
    // everything, but can hold an answer back.
    std::unique_ptr<FaultyProxy> m_proxy;
    std::unique_ptr<ShopFixture> m_shop;

    [[nodiscard]] QQuickItem* find(const QString& name) const { return m_shop->driver().find(name); }
    [[nodiscard]] app::Cart& cart() { return *m_shop->app().cart(); }
    [[nodiscard]] app::Checkout& checkout() { return *m_shop->app().checkout(); }
    [[nodiscard]] QString textOf(const QString& name) const
    {
        QQuickItem* item = find(name);
        return item ? item->property("text").toString() : QString();
    }

    // A fresh cart of these lines, shown on the cart page.
    void openCartWith(const QList<std::pair<QString, int>>& lines)
    {
        // Back to the home page first: the page of the last test goes (and its unpaid order).
        QMetaObject::invokeMethod(m_shop->window(), "openHome");
        QVERIFY(waitFor([&] { return m_shop->currentPage() == u"shopHomePage"; }));
        if (checkout().state() == app::Checkout::Paid)
            checkout().reset();
        cart().clear();
        for (const auto& [sku, quantity] : lines)
            QVERIFY2(cart().add(sku, quantity), qPrintable(sku));
        QMetaObject::invokeMethod(m_shop->window(), "openCart");
        QVERIFY(waitFor([&] { return m_shop->currentPage() == u"shopCartPage"; }));
    }

    void goToCheckout()
    {
        QVERIFY(waitFor([&] {
            QQuickItem* button = find(u"toCheckout"_qs);
            return button && button->isEnabled();
        }));
        QVERIFY(m_shop->tap(u"toCheckout"_qs));
        QVERIFY(waitFor([&] { return m_shop->currentPage() == u"shopCheckoutPage"; }));
    }

    // A cart of one `sku` on the checkout page, Lyon listed and open to choose.
    void openCheckoutForLyon(const QString& sku)
    {
        openCartWith({{sku, 1}});
        if (QTest::currentTestFailed())
            return;
        goToCheckout();
        if (QTest::currentTestFailed())
            return;
        QVERIFY(
            waitFor([&] { return find(u"store-loc_lyon"_qs) && find(u"store-loc_lyon"_qs)->isEnabled(); }));
    }

    // Types the card into the form and presses Enter in the last field (which pays).
    void payWith(const QString& number)
    {
        QVERIFY(m_shop->type(u"cardNumberInput"_qs, number));
        QVERIFY(m_shop->type(u"cardExpiryInput"_qs, u"12/30"_qs));
        QVERIFY(m_shop->type(u"cardCvcInput"_qs, u"123"_qs));
        m_shop->driver().press(Qt::Key_Return);
    }

    QJsonObject serverOrder(const QString& id)
    {
        HttpClient c = m_server.client();
        return orderOnServer(c, id, m_server.login(u"manager@demo.comptoir.fr"_qs));
    }

    [[nodiscard]] QString warehouse()
    {
        auto statement = m_shop->cache().prepare("SELECT id FROM locations WHERE kind = 'warehouse' LIMIT 1");
        return statement.step() ? statement.text(0) : QString();
    }

private slots:
    void initTestCase()
    {
        // No secret service in a test: the customer's token goes to the owner-only file.
        qputenv("COMPTOIR_SECRET_STORE", "file");
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        m_proxy = std::make_unique<FaultyProxy>(quint16(m_server.port()));
        m_shop = std::make_unique<ShopFixture>(m_server, QString(), m_proxy->url());
        QVERIFY2(m_shop->start(u"camille@example.fr"_qs, u"a-long-secret"_qs), qPrintable(m_shop->error()));
    }

    void cleanupTestCase()
    {
        m_shop.reset();
        m_proxy.reset();
    }

    void aCustomerChangesQuantitiesWithTheKeyboard()
    {
        const QString sku = skuAvailableAt(m_shop->cache(), u"loc_lyon"_qs, 3);
        QVERIFY(!sku.isEmpty());
        openCartWith({{sku, 1}});
        if (QTest::currentTestFailed())
            return;
        QVERIFY(m_shop->settle());
        QQuickItem* more = find(u"quantity-"_qs + sku + u"More"_qs);
        QVERIFY(more);
        more->forceActiveFocus(Qt::TabFocusReason);
        QVERIFY(waitFor([&] { return more->hasActiveFocus(); }));
        m_shop->driver().press(Qt::Key_Space);
        QVERIFY(waitFor([&] { return cart().itemCount() == 2; }));
        QQuickItem* fewer = find(u"quantity-"_qs + sku + u"Fewer"_qs);
        fewer->forceActiveFocus(Qt::TabFocusReason);
        m_shop->driver().press(Qt::Key_Space);
        QVERIFY(waitFor([&] { return cart().itemCount() == 1; }));
    }

    void aCodeTheServerRefusesIsSaidInWords()
    {
        const QString sku = skuAvailableAt(m_shop->cache(), u"loc_lyon"_qs, 3);
        openCartWith({{sku, 1}});
        if (QTest::currentTestFailed())
            return;
        QVERIFY(m_shop->type(u"promoCodeInput"_qs, u"NOPE10"_qs));
        m_shop->driver().press(Qt::Key_Return);
        QVERIFY(waitFor([&] { return find(u"promoMessage"_qs) && find(u"promoMessage"_qs)->isVisible(); }));
        const QString said = textOf(u"promoMessage"_qs);
        QVERIFY2(said.contains(u"not known"_qs), qPrintable(said));
        QVERIFY(!said.contains(u"422"_qs));
        // The demo's welcome code is taken: its discount shows in the server's totals.
        QVERIFY(m_shop->tap(u"removePromo"_qs));
        QVERIFY(waitFor([&] { return cart().promoCode().isEmpty(); }));
        QVERIFY(m_shop->type(u"promoCodeInput"_qs, u"BIENVENUE10"_qs));
        m_shop->driver().press(Qt::Key_Return);
        QObject* quote = m_shop->window()->findChild<QObject*>(u"cartQuote"_qs);
        QVERIFY(quote);
        QVERIFY(waitFor(
            [&] { return quote->property("ready").toBool() && quote->property("hasDiscount").toBool(); }));
        QVERIFY(!find(u"promoMessage"_qs)->isVisible());
        QVERIFY(m_shop->tap(u"removePromo"_qs));
        QVERIFY(waitFor([&] { return cart().promoCode().isEmpty(); }));
    }

    void aCustomerPaysForPickupInLyonByCard()
    {
        const QString sku = skuAvailableAt(m_shop->cache(), u"loc_lyon"_qs, 3);
        openCartWith({{sku, 2}});
        if (QTest::currentTestFailed())
            return;
        // A code only the server can judge (a customer's feed has no promotions): the order
        // carries it and the confirmation shows what was charged.
        cart().applyPromoCode(u"BIENVENUE10"_qs);
        goToCheckout();
        if (QTest::currentTestFailed())
            return;
        QVERIFY(
            waitFor([&] { return find(u"store-loc_lyon"_qs) && find(u"store-loc_lyon"_qs)->isEnabled(); }));
        QVERIFY(m_shop->tap(u"store-loc_lyon"_qs));
        QVERIFY(find(u"store-loc_lyon"_qs)->property("chosen").toBool());
        payWith(kApproved);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(waitFor([&] { return m_shop->currentPage() == u"shopConfirmationPage"; }),
                 qPrintable(checkout().message()));
        QCOMPARE(checkout().state(), app::Checkout::Paid);
        const QString orderId = checkout().orderId();
        const QJsonObject order = serverOrder(orderId);
        QCOMPARE(order.value(u"status"_qs).toString(), u"paid"_qs);
        const QJsonObject fulfillment = order.value(u"fulfillment"_qs).toObject();
        QCOMPARE(fulfillment.value(u"type"_qs).toString(), u"pickup"_qs);
        QCOMPARE(fulfillment.value(u"location_id"_qs).toString(), u"loc_lyon"_qs);
        QCOMPARE(order.value(u"channel"_qs).toString(), u"web"_qs);
        QVERIFY(cart().isEmpty());
        // The confirmation: the server's number, the total, the store, the QR code of the order.
        QVERIFY(waitFor(
            [&] { return textOf(u"confirmationNumber"_qs) == order.value(u"number"_qs).toString(); }));
        QCOMPARE(order.value(u"promo_code"_qs).toString(), u"BIENVENUE10"_qs);
        const qint64 total = order.value(u"totals"_qs)
                                 .toObject()
                                 .value(u"total"_qs)
                                 .toObject()
                                 .value(u"amount"_qs)
                                 .toInteger();
        QVERIFY(order.value(u"totals"_qs)
                    .toObject()
                    .value(u"discount"_qs)
                    .toObject()
                    .value(u"amount"_qs)
                    .toInteger() > 0);
        QCOMPARE(order.value(u"paid_total"_qs).toObject().value(u"amount"_qs).toInteger(), total);
        QCOMPARE(textOf(u"confirmationTotal"_qs), m_shop->app().session()->formatMoney(total));
        QVERIFY2(textOf(u"confirmationWhere"_qs).contains(u"Lyon"_qs),
                 qPrintable(textOf(u"confirmationWhere"_qs)));
        QCOMPARE(textOf(u"confirmationQr"_qs), u"comptoir:order:"_qs + orderId);
        QVERIFY(find(u"seeOrder"_qs)->isEnabled());
    }

    // The live feed can say the order is paid before the payment's own answer is back (seen under
    // load): the payment's answer is held in the proxy until the feed has told. The confirmation
    // must show what the server charged (the code's discount taken off), not the cart's total.
    void aPaymentTheFeedConfirmsFirstShowsTheServersTotal()
    {
        const QString sku = skuAvailableAt(m_shop->cache(), u"loc_lyon"_qs, 3, 2);
        openCartWith({{sku, 2}});
        if (QTest::currentTestFailed())
            return;
        cart().applyPromoCode(u"BIENVENUE10"_qs);
        goToCheckout();
        if (QTest::currentTestFailed())
            return;
        QVERIFY(
            waitFor([&] { return find(u"store-loc_lyon"_qs) && find(u"store-loc_lyon"_qs)->isEnabled(); }));
        QVERIFY(m_shop->tap(u"store-loc_lyon"_qs));
        const auto release = qScopeGuard([&] { m_proxy->releaseHeld(); });
        m_proxy->holdAnswersTo("/payments HTTP/");
        payWith(kApproved);
        if (QTest::currentTestFailed())
            return;
        // The server charged the card and answered; its answer waits in the proxy.
        QVERIFY(waitFor([&] { return m_proxy->heldBytes() > 0; }));
        QVERIFY2(waitFor([&] { return m_shop->currentPage() == u"shopConfirmationPage"; }),
                 qPrintable(checkout().message()));
        QCOMPARE(checkout().state(), app::Checkout::Paid);
        // The feed told first: the payment's answer never reached the shop (it aborts the call
        // once the order is paid, which closes that connection).
        QVERIFY(m_proxy->heldBytes() > 0);
        const QJsonObject order = serverOrder(checkout().orderId());
        QCOMPARE(order.value(u"status"_qs).toString(), u"paid"_qs);
        const QJsonObject totals = order.value(u"totals"_qs).toObject();
        QVERIFY(totals.value(u"discount"_qs).toObject().value(u"amount"_qs).toInteger() > 0);
        const qint64 total = totals.value(u"total"_qs).toObject().value(u"amount"_qs).toInteger();
        QVERIFY(waitFor(
            [&] { return textOf(u"confirmationTotal"_qs) == m_shop->app().session()->formatMoney(total); }));
    }

    void aDeclineSaysWhyKeepsEverythingAndAnotherCardPaysTheSameOrder()
    {
        const QString sku = skuAvailableAt(m_shop->cache(), u"loc_lyon"_qs, 3, 1);
        openCheckoutForLyon(sku);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(m_shop->tap(u"store-loc_lyon"_qs));
        payWith(kDeclined);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(waitFor([&] { return checkout().state() == app::Checkout::Declined; }),
                 qPrintable(checkout().message()));
        QVERIFY(waitFor([&] { return find(u"checkoutMessage"_qs)->isVisible(); }));
        const QString said = textOf(u"checkoutMessage"_qs);
        QVERIFY2(said.contains(u"declined"_qs) && said.contains(u"another card"_qs), qPrintable(said));
        QVERIFY(!said.contains(u"card_declined"_qs) && !said.contains(u"402"_qs));
        // Everything is kept: the page, the cart, the order (waiting for payment), the form.
        QCOMPARE(m_shop->currentPage(), u"shopCheckoutPage"_qs);
        QCOMPARE(cart().itemCount(), 1);
        const QString orderId = checkout().orderId();
        QVERIFY(!orderId.isEmpty());
        QCOMPARE(serverOrder(orderId).value(u"status"_qs).toString(), u"pending_payment"_qs);
        QCOMPARE(textOf(u"cardNumberInput"_qs), kDeclined);
        QCOMPARE(textOf(u"cardExpiryInput"_qs), u"12/30"_qs);

        // Another card pays the same order.
        QVERIFY(m_shop->type(u"cardNumberInput"_qs, kApproved));
        m_shop->driver().press(Qt::Key_Return);
        QVERIFY2(waitFor([&] { return m_shop->currentPage() == u"shopConfirmationPage"; }),
                 qPrintable(checkout().message()));
        QCOMPARE(checkout().orderId(), orderId);
        QCOMPARE(serverOrder(orderId).value(u"status"_qs).toString(), u"paid"_qs);
    }

    void aCustomerHasANewAddressDelivered()
    {
        const QString from = warehouse();
        QVERIFY(!from.isEmpty());
        const QString sku = skuAvailableAt(m_shop->cache(), from, 3);
        QVERIFY(!sku.isEmpty());
        openCartWith({{sku, 1}});
        if (QTest::currentTestFailed())
            return;
        goToCheckout();
        if (QTest::currentTestFailed())
            return;
        QVERIFY(m_shop->tap(u"deliveryChoice"_qs));
        QVERIFY(waitFor([&] { return find(u"newAddress"_qs) && find(u"newAddress"_qs)->isVisible(); }));
        QVERIFY(m_shop->tap(u"newAddress"_qs));
        QVERIFY(waitFor(
            [&] { return find(u"address-nameInput"_qs) && find(u"address-nameInput"_qs)->isVisible(); }));
        QVERIFY(m_shop->type(u"address-nameInput"_qs, u"Camille Martin"_qs));
        QVERIFY(m_shop->type(u"address-line1Input"_qs, u"12 rue de la Republique"_qs));
        QVERIFY(m_shop->type(u"address-postal_codeInput"_qs, u"6900"_qs));
        QVERIFY(m_shop->type(u"address-cityInput"_qs, u"Lyon"_qs));
        QVERIFY(m_shop->tap(u"saveAddress"_qs));
        // The server's 422 on the postal code, in words under the field.
        QVERIFY(waitFor([&] { return find(u"address-postal_codeError"_qs)->isVisible(); }));
        const QString said = textOf(u"address-postal_codeError"_qs);
        QVERIFY2(said.startsWith(u"This postal code"_qs),
                 qPrintable(said)); // a sentence, not the server's fragment
        QVERIFY(!said.contains(u"422"_qs));

        QVERIFY(m_shop->type(u"address-postal_codeInput"_qs, u"69002"_qs));
        QVERIFY(m_shop->tap(u"saveAddress"_qs));
        QVERIFY(
            waitFor([&] { return find(u"savedAddress-0"_qs) && find(u"savedAddress-0"_qs)->isVisible(); }));
        QVERIFY(find(u"savedAddress-0"_qs)->property("chosen").toBool());
        QVERIFY(!find(u"address-postal_codeError"_qs)->isVisible());

        payWith(kApproved);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(waitFor([&] { return m_shop->currentPage() == u"shopConfirmationPage"; }),
                 qPrintable(checkout().message()));
        const QJsonObject order = serverOrder(checkout().orderId());
        QCOMPARE(order.value(u"status"_qs).toString(), u"paid"_qs);
        const QJsonObject fulfillment = order.value(u"fulfillment"_qs).toObject();
        QCOMPARE(fulfillment.value(u"type"_qs).toString(), u"delivery"_qs);
        QVERIFY2(
            fulfillment.value(u"address"_qs).toString().contains(u"12 rue de la Republique, 69002 Lyon"_qs),
            qPrintable(fulfillment.value(u"address"_qs).toString()));
        QVERIFY(textOf(u"confirmationWhere"_qs).contains(u"69002 Lyon"_qs));
        // Saved on the account too.
        const auto saved = m_server.client().get("/api/v1/me/addresses", m_shop->customerToken()).json();
        QCOMPARE(saved.value(u"items"_qs).toArray().size(), 1);
    }

    void aStoreMissingALineSaysWhich()
    {
        // A SKU Lyon has and another store lacks.
        auto statement = m_shop->cache().prepare(
            "SELECT a.sku, l.id FROM stock a JOIN locations l ON l.kind = 'store' AND l.id <> a.location_id "
            "LEFT JOIN stock b ON b.sku = a.sku AND b.location_id = l.id "
            "JOIN variants v ON v.sku = a.sku JOIN products p ON p.id = v.product_id AND p.status = 'active' "
            "WHERE a.location_id = 'loc_lyon' AND a.on_hand - a.reserved >= 2 "
            "AND coalesce(b.on_hand - b.reserved, 0) <= 0 LIMIT 1");
        QVERIFY2(statement.step(), "no SKU that one store lacks");
        const QString sku = statement.text(0);
        const QString lacking = statement.text(1);
        openCartWith({{sku, 1}});
        if (QTest::currentTestFailed())
            return;
        const QString name = cart().items().first().name;
        goToCheckout();
        if (QTest::currentTestFailed())
            return;
        QVERIFY(waitFor([&] { return find(u"store-"_qs + lacking) != nullptr; }));
        QQuickItem* store = find(u"store-"_qs + lacking);
        QVERIFY(!store->isEnabled());
        const QString detail = store->property("detail").toString();
        QVERIFY2(detail.startsWith(u"Missing here"_qs) && detail.contains(name), qPrintable(detail));
        QVERIFY(find(u"store-loc_lyon"_qs)->isEnabled());
        QVERIFY(find(u"store-loc_lyon"_qs)
                    ->property("detail")
                    .toString()
                    .contains(u"Everything is available"_qs));
    }

    // Another buyer takes the last units at Lyon between the quote (all there) and the placement:
    // the server refuses the order (409), and the shop says what ran out in words and keeps the cart.
    void theLastUnitsTakenBetweenQuoteAndPlacementAreSaidAndTheCartKept()
    {
        const QString sku = skuAvailableAt(m_shop->cache(), u"loc_lyon"_qs, 1, 7);
        HttpClient c = m_server.client();
        const qint64 available = stockLevel(c, sku, u"loc_lyon"_qs).value(u"available"_qs).toInteger();
        QVERIFY(available >= 1);
        openCheckoutForLyon(sku);
        if (QTest::currentTestFailed())
            return;
        const QString name = cart().items().first().name;
        QVERIFY(m_shop->tap(u"store-loc_lyon"_qs));
        auto* shopCheckout = find(u"shopCheckoutPage"_qs)->findChild<app::ShopCheckout*>(u"shopCheckout"_qs);
        QVERIFY(shopCheckout && shopCheckout->quote());
        const RegisteredCustomer other = registerCustomer(m_server, u"dominique@example.fr"_qs,
                                                          u"Dominique"_qs, u"another-long-secret"_qs);
        QCOMPARE(other.registrationStatus, 201);
        // The quote's answer is seen here before the checkout acts on it (changed comes before
        // answered): the other buyer's order takes every unit left at that moment.
        int taken = 0;
        const QMetaObject::Connection hook =
            connect(shopCheckout->quote(), &app::CartQuote::changed, this, [&] {
                if (taken != 0 || !shopCheckout->busy() ||
                    shopCheckout->quote()->state() != app::CartQuote::Ready)
                    return;
                const QJsonObject body{
                    {u"lines"_qs,
                     QJsonArray{QJsonObject{{u"sku"_qs, sku}, {u"quantity"_qs, double(available)}}}},
                    {u"fulfillment"_qs, pickupAt(u"loc_lyon"_qs)}};
                taken = m_server.client()
                            .post("/api/v1/orders", body, other.token, idempotencyKey("last-units"))
                            .status;
            });
        payWith(kApproved);
        if (QTest::currentTestFailed()) {
            disconnect(hook);
            return;
        }
        QVERIFY(waitFor([&] { return taken != 0; }));
        disconnect(hook);
        QCOMPARE(taken, 201);
        QVERIFY2(
            waitFor(
                [&] { return shopCheckout->message().contains(u"ran out before your order was placed"_qs); },
                20000),
            qPrintable(shopCheckout->message()));
        QVERIFY2(shopCheckout->message().contains(name), qPrintable(shopCheckout->message()));
        QVERIFY(!shopCheckout->message().contains(u"409"_qs));
        QCOMPARE(checkout().state(), app::Checkout::Failed);
        // Nothing lost: the cart as it was, the customer still on the checkout page.
        QCOMPARE(cart().items().size(), 1);
        QCOMPARE(cart().items().first().sku, sku);
        QCOMPARE(m_shop->currentPage(), u"shopCheckoutPage"_qs);
    }

    void tabReachesEveryControlOfTheCheckoutInOrder()
    {
        const QString sku = skuAvailableAt(m_shop->cache(), u"loc_lyon"_qs, 3);
        openCheckoutForLyon(sku);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(m_shop->settle());
        QStringList expected{u"pickupChoice"_qs, u"deliveryChoice"_qs};
        QQuickItem* page = find(u"shopCheckoutPage"_qs);
        for (const QVariant& v : page->property("storeChoices").toList())
            if (v.toMap().value(u"complete"_qs).toBool())
                expected << u"store-"_qs + v.toMap().value(u"locationId"_qs).toString();
        expected << u"cardNumberInput"_qs << u"cardExpiryInput"_qs << u"cardCvcInput"_qs << u"payButton"_qs
                 << u"backToCart"_qs;

        find(u"pickupChoice"_qs)->forceActiveFocus(Qt::TabFocusReason);
        QStringList reached;
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QQuickItem* focused = m_shop->window()->activeFocusItem();
            reached << (focused ? focused->objectName() : u"(none)"_qs);
            m_shop->driver().press(Qt::Key_Tab);
        }
        QCOMPARE(reached, expected);
        // And back again with Shift+Tab.
        m_shop->driver().press(Qt::Key_Backtab);
        QCOMPARE(m_shop->window()->activeFocusItem()->objectName(), expected.last());
    }

    void theCardNumbersAreInNoFileOfTheProfile()
    {
        // After the payments above (approved and declined): the shop wrote its cache, its outbox,
        // its settings and its token; none holds a card number, spaced or not.
        const QList<QByteArray> numbers{QString(kApproved).remove(u' ').toLatin1(), kApproved.toLatin1(),
                                        kDeclined.toLatin1()};
        int files = 0;
        QDirIterator it(m_shop->profileDir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            const QByteArray bytes = file.readAll();
            ++files;
            for (const QByteArray& number : numbers)
                QVERIFY2(!bytes.contains(number), qPrintable(file.fileName() + u" holds "_qs + number));
            // SQLite may keep text as UTF-16 in another database: look for that too.
            const QByteArray utf16 =
                QByteArray(reinterpret_cast<const char*>(QString::fromLatin1(numbers[0]).utf16()),
                           numbers[0].size() * 2);
            QVERIFY2(!bytes.contains(utf16), qPrintable(file.fileName()));
        }
        QVERIFY2(files >= 2, "the profile holds the shop's files (cache, settings)");
    }
};

QTEST_MAIN(ShopCheckoutTest)
#include "tst_shopcheckout.moc"
