// A customer attached to a till sale by the email the cashier types, end to end with the real
// window against a real server: a cash sale and a card sale are filed under the account; an email
// no account has is said in words while the customer is still there, and no order and no cash are
// taken; a typing slip is said before anything is sent; offline, the sale goes through at once and
// is filed under the account when the server gets it (an unknown email then leaves it without a
// customer: the sale happened).

#include "app/cart/cart.h"
#include "app/core/app.h"
#include "app/staff/cashdrawer.h"
#include "app/till/tillsale.h"
#include "demoaccounts.h"
#include "orderbodies.h"
#include "stafffixture.h"
#include "syncchecks.h"
#include "testserver.h"

#include <QQuickWindow>
#include <QStandardPaths>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(Comptoir_AppPlugin)
Q_IMPORT_QML_PLUGIN(Comptoir_UiPlugin)
Q_IMPORT_QML_PLUGIN(Comptoir_StaffPlugin)

using namespace comptoir;
using namespace comptoir::test;

namespace {

const QString kStaff = u"staff.paris@demo.comptoir.fr"_qs;
const QString kManager = u"manager@demo.comptoir.fr"_qs;
const QString kCustomerEmail = u"lea.moreau@example.fr"_qs;

void expectSentence(const QString& said)
{
    QVERIFY2(said.size() > 40, qPrintable(said));
    for (const char* code : {"403", "422", "HTTP", "urn:", "customer_email"})
        QVERIFY2(!said.contains(QLatin1String(code)), qPrintable(said));
}

} // namespace

class TillCustomerTest : public QObject {
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<StaffConsole> m_console;
    QString m_customerId;
    QStringList m_offlineOrders; // [filed under the customer, with an unknown email]

    app::App& app() { return m_console->app(); }
    app::TillSale& sale() { return *app().till(); }
    app::Cart& cart() { return *app().cart(); }
    WindowDriver& driver() { return m_console->driver(); }

    void ringUp(int skip)
    {
        if (sale().state() == app::TillSale::Paid)
            QVERIFY(driver().tap(u"newSale"_qs));
        QVERIFY(driver().waitForItem(u"tillSearch"_qs));
        const QString code = barcodeInStock(m_console->cache(), u"loc_paris"_qs, u"standard"_qs, 5, skip);
        QVERIFY(!code.isEmpty());
        scanInto(m_console->window(), code);
        QTRY_COMPARE_WITH_TIMEOUT(cart().rowCount(), 1, 10000);
        QVERIFY(waitFor([&] { return cart().isSellable(); }));
    }

    // The cashier types the customer's email into the sale's field, as a keyboard would.
    void typeCustomer(const QString& email)
    {
        QVERIFY(driver().typeInto(u"customerEmailField"_qs, email));
        QTRY_COMPARE(sale().customerEmail(), email.trimmed());
    }

    // Escape in the field clears it, as a cashier would.
    void clearCustomer()
    {
        QVERIFY(driver().tap(u"customerEmailField"_qs));
        QTest::keyClick(m_console->window(), Qt::Key_Escape);
        QTRY_VERIFY(sale().customerEmail().isEmpty());
    }

    void pay(const QString& button)
    {
        QVERIFY(driver().tap(u"payButton"_qs));
        QVERIFY(driver().waitForItem(button));
        QVERIFY(driver().tap(button));
    }

    QJsonObject serverOrder(const QString& id) { return orderSeenByManager(m_server, id); }
    qsizetype ordersAtParis() { return ordersOfStore(m_server, u"loc_paris"_qs); }
    bool waitSettled(int timeoutMs = 30000) { return m_console->waitSettled(timeoutMs); }

private slots:
    void initTestCase()
    {
        qputenv("COMPTOIR_SECRET_STORE", "file");
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        const RegisteredCustomer customer =
            registerCustomer(m_server, kCustomerEmail, u"Léa Moreau"_qs, u"un mot de passe sûr"_qs);
        QCOMPARE(customer.registrationStatus, 201);
        m_customerId = customer.id;

        m_console = std::make_unique<StaffConsole>(m_server);
        app().staff()->enrolRegister(kManager, QString::fromLatin1(kDemoPassword), u"loc_paris"_qs,
                                     u"Caisse clients"_qs);
        QVERIFY2(waitFor([&] { return app().staff()->registerEnrolled(); }),
                 qPrintable(app().staff()->error()));
        QVERIFY(m_console->signIn(kStaff));
        QVERIFY(driver().waitForItem(u"customerEmailField"_qs));
        app::CashDrawer& drawer = *app().drawer();
        QVERIFY(waitFor([&] { return drawer.hasRegister() && !drawer.busy(); }));
        drawer.openDrawer(u"100"_qs);
        QVERIFY2(waitFor([&] { return drawer.isOpen() && !sale().cashSessionId().isEmpty(); }),
                 qPrintable(drawer.message()));
    }

    void cleanupTestCase() { m_console.reset(); }

    void aCashSaleIsFiledUnderTheCustomersAccount()
    {
        ringUp(0);
        typeCustomer(u"  Lea.Moreau@Example.fr "_qs);
        // Trimmed as typed; the server finds the account whatever the case.
        pay(u"takeCash"_qs);
        QVERIFY2(waitFor([&] { return sale().state() == app::TillSale::Paid; }),
                 qPrintable(sale().message()));
        const QString orderId = sale().receipt().orderId;
        QVERIFY(waitSettled());
        const QJsonObject order = serverOrder(orderId);
        QCOMPARE(order.value(u"customer_id"_qs).toString(), m_customerId);
        QCOMPARE(order.value(u"status"_qs).toString(), u"completed"_qs);
        // The next sale starts without a customer.
        QVERIFY(sale().customerEmail().isEmpty());
        QCOMPARE(driver().find(u"customerEmailField"_qs)->property("text").toString(), QString());
    }

    void aCardSaleIsFiledUnderTheCustomersAccount()
    {
        ringUp(1);
        typeCustomer(kCustomerEmail);
        pay(u"payCard"_qs);
        QVERIFY2(waitFor([&] { return sale().state() == app::TillSale::Paid; }, 40000),
                 qPrintable(sale().message()));
        QVERIFY(waitSettled());
        QCOMPARE(serverOrder(sale().receipt().orderId).value(u"customer_id"_qs).toString(), m_customerId);
    }

    void anEmailNoAccountHasIsSaidAndNothingIsTaken()
    {
        const qsizetype before = ordersAtParis();
        ringUp(2);
        typeCustomer(u"personne@example.org"_qs);
        pay(u"takeCash"_qs);
        QVERIFY2(waitFor([&] { return sale().state() == app::TillSale::Failed; }),
                 qPrintable(sale().message()));
        expectSentence(sale().message());
        QVERIFY2(sale().message().contains(u"personne@example.org"_qs) &&
                     sale().message().contains(u"No customer account"_qs),
                 qPrintable(sale().message()));
        QVERIFY(driver().waitForItem(u"paymentMessage"_qs));
        QCOMPARE(cart().rowCount(), 1);    // the sale is kept for the cashier to correct
        QCOMPARE(ordersAtParis(), before); // no order, so no payment and no cash in the drawer

        // Cleared, the same sale goes through without a customer.
        QVERIFY(driver().tap(u"backToSale"_qs));
        clearCustomer();
        pay(u"takeCash"_qs);
        QVERIFY2(waitFor([&] { return sale().state() == app::TillSale::Paid; }),
                 qPrintable(sale().message()));
        QVERIFY(waitSettled());
        QCOMPARE(ordersAtParis(), before + 1);
        QVERIFY(serverOrder(sale().receipt().orderId).value(u"customer_id"_qs).toString().isEmpty());
    }

    void aTypingSlipIsSaidBeforeAnythingIsSent()
    {
        const qsizetype before = ordersAtParis();
        ringUp(3);
        typeCustomer(u"lea.moreau.example.fr"_qs);
        pay(u"takeCash"_qs);
        QVERIFY(waitFor([&] { return sale().message().contains(u"not an email address"_qs); }));
        expectSentence(sale().message());
        QCOMPARE(sale().state(), app::TillSale::Idle);
        QCOMPARE(app().session()->pendingCount(), 0);
        QCOMPARE(ordersAtParis(), before);
        QVERIFY(driver().tap(u"backToSale"_qs));
        clearCustomer();
        cart().clear();
    }

    void offlineTheSaleGoesThroughAtOnce()
    {
        m_server.stop();
        app().session()->syncNow();
        QVERIFY(waitFor([&] { return app().session()->isOffline(); }));
        for (const QString& email : {kCustomerEmail, u"inconnu@example.org"_qs}) {
            ringUp(m_offlineOrders.size());
            typeCustomer(email);
            QVERIFY(driver().waitForItem(u"customerOfflineNotice"_qs));
            pay(u"takeCash"_qs);
            QVERIFY2(waitFor([&] { return sale().state() == app::TillSale::Paid; }),
                     qPrintable(sale().message()));
            QVERIFY(sale().receipt().offline);
            m_offlineOrders << sale().receipt().orderId;
        }
        QCOMPARE(app().session()->pendingCount(), 6); // two orders, their payments, their hand-overs
    }

    void theOfflineSalesAreFiledWhenTheServerGetsThem()
    {
        QVERIFY2(m_server.restartOnSamePorts(), qPrintable(m_server.lastError()));
        QVERIFY(waitSettled(60000));
        QVERIFY(app().session()->sync()->rejectedEntries().isEmpty());
        const QJsonObject known = serverOrder(m_offlineOrders[0]);
        QCOMPARE(known.value(u"status"_qs).toString(), u"completed"_qs);
        QCOMPARE(known.value(u"customer_id"_qs).toString(), m_customerId);
        const QJsonObject unknown = serverOrder(m_offlineOrders[1]);
        QCOMPARE(unknown.value(u"status"_qs).toString(), u"completed"_qs);
        QVERIFY(unknown.value(u"customer_id"_qs).toString().isEmpty());
    }

    // Not about the customer, but the same offline till: a cash sale the server refuses once it
    // gets it (its promotion was used up meanwhile) is said on the console until dealt with.
    void anOfflineSaleTheServerRefusesIsSaidUntilDealtWith()
    {
        HttpClient c = m_server.client();
        const std::string manager = m_server.login(kManager);
        QCOMPARE(c.post("/api/v1/promotions",
                        {{u"code"_qs, u"UNEFOIS"_qs}, {u"percent_off"_qs, 10}, {u"max_uses"_qs, 1}}, manager)
                     .status,
                 201);
        ringUp(4);
        QVERIFY(waitFor([&] { return cart().applyPromoCode(u"UNEFOIS"_qs); }));
        const QString sku = cart().items().first().sku;

        m_server.stop();
        app().session()->syncNow();
        QVERIFY(waitFor([&] { return app().session()->isOffline(); }));
        pay(u"takeCash"_qs);
        QVERIFY2(waitFor([&] { return sale().state() == app::TillSale::Paid; }),
                 qPrintable(sale().message()));
        const QString reference = sale().receipt().orderId.right(6).toUpper();

        // Back up, the server takes the code's one use for another sale before the till is heard
        // (the test's calls block the console's event loop).
        QVERIFY2(m_server.restartOnSamePorts(), qPrintable(m_server.lastError()));
        HttpClient again = m_server.client();
        const QJsonObject body{{u"lines"_qs, QJsonArray{QJsonObject{{u"sku"_qs, sku}, {u"quantity"_qs, 1}}}},
                               {u"fulfillment"_qs, carryOutAt(u"loc_paris"_qs)},
                               {u"promo_code"_qs, u"UNEFOIS"_qs}};
        QCOMPARE(again.post("/api/v1/orders", body, m_server.login(kStaff), idempotencyKey("unefois")).status,
                 201);

        QVERIFY(waitSettled(30000)); // the sale, its payment and its hand-over all answered
        QVERIFY(waitFor([&] { return driver().find(u"refusedSaleText"_qs) != nullptr; }));
        QCOMPARE(m_console->app().session()->sync()->rejectedEntries().size(), 3);
        const QString said = m_console->text(u"refusedSaleText"_qs);
        QVERIFY2(said.contains(reference) && said.contains(u"refused by the server"_qs) &&
                     said.contains(u"promotion code"_qs),
                 qPrintable(said));
        for (const char* code : {"422", "HTTP", "promo_code", "urn:"})
            QVERIFY2(!said.contains(QLatin1String(code)), qPrintable(said));
        QVERIFY(driver().tap(u"dismissRefusedSale"_qs));
        QVERIFY(waitFor([&] { return driver().find(u"refusedSaleText"_qs) == nullptr; }));
        QVERIFY(app().session()->sync()->rejectedEntries().isEmpty());
    }
};

QTEST_MAIN(TillCustomerTest)
#include "tst_tillcustomer.moc"
