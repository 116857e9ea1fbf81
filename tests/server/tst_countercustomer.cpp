// A counter sale attached to a customer by the email the cashier types (`"customer_email"` on a
// staff order, an addition to API.md): the order joins the customer's history and feed; an
// address with no customer account is refused in words and leaves no order, unless the sale was
// made offline (it happened: kept without a customer); customers and kiosks may not name someone.
#include "demoaccounts.h"
#include "orderbodies.h"

#include <QtTest>

using namespace comptoir::test;

namespace {

const QString kShirt = u"TSH-0001-S-GRIS-CHINE"_qs;

QJsonObject counterSale(const QString& customerEmail, bool offline = false)
{
    QJsonObject body{{u"lines"_qs, QJsonArray{QJsonObject{{u"sku"_qs, kShirt}, {u"quantity"_qs, 1}}}},
                     {u"fulfillment"_qs, carryOutAt(u"loc_paris"_qs)}};
    if (!customerEmail.isNull())
        body.insert(u"customer_email"_qs, customerEmail);
    if (offline)
        body.insert(u"offline"_qs, true);
    return body;
}

} // namespace

class TestCounterCustomer : public QObject {
    Q_OBJECT

private:
    TestServer m_server;
    DemoAccounts m_accounts;
    RegisteredCustomer m_customer;
    int m_keys = 0;

    Reply sell(const QJsonObject& body, const std::string& token)
    {
        auto c = m_server.client();
        return c.post("/api/v1/orders", body, token, idempotencyKey("customer-" + std::to_string(++m_keys)));
    }

    int ordersOfStore()
    {
        auto c = m_server.client();
        return everyItem(c, "/api/v1/orders?store_id=loc_paris&limit=100", m_accounts.manager).size();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QVERIFY(m_accounts.signInStaff(m_server));
        QVERIFY(m_accounts.signInKiosks(m_server));
        m_customer = registerCustomer(m_server, u"claire.martin@example.fr"_qs, u"Claire Martin"_qs,
                                      u"un mot de passe sûr"_qs);
        QCOMPARE(m_customer.registrationStatus, 201);
    }

    void saleJoinsTheCustomersHistory()
    {
        // Typed as a cashier would: spaces and capitals do not matter.
        const Reply placed = sell(counterSale(u"  Claire.Martin@Example.FR "_qs), m_accounts.staffParis);
        QCOMPARE(placed.status, 201);
        QCOMPARE(placed.json().value(u"customer_id"_qs).toString(), m_customer.id);
        const QString id = placed.json().value(u"id"_qs).toString();

        auto c = m_server.client();
        const Reply seen = c.get("/api/v1/orders/" + id.toStdString(), m_customer.token);
        QCOMPARE(seen.status, 200);
        const QJsonArray mine = everyItem(c, "/api/v1/orders?limit=100", m_customer.token);
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine.first().toObject().value(u"id"_qs).toString(), id);
    }

    void withoutAnEmailTheSaleHasNoCustomer()
    {
        const Reply placed = sell(counterSale(QString()), m_accounts.staffParis);
        QCOMPARE(placed.status, 201);
        QVERIFY(placed.json().value(u"customer_id"_qs).isNull());
        const Reply blank = sell(counterSale(u"   "_qs), m_accounts.staffParis);
        QCOMPARE(blank.status, 201);
        QVERIFY(blank.json().value(u"customer_id"_qs).isNull());
    }

    void anUnknownAddressIsRefusedAndLeavesNoOrder()
    {
        const int before = ordersOfStore();
        const Reply unknown = sell(counterSale(u"nobody@example.fr"_qs), m_accounts.staffParis);
        QCOMPARE(unknown.status, 422);
        QCOMPARE(unknown.errorFields(), QStringList{u"customer_email"_qs});
        // A staff account is not a customer: the sale is not filed in a colleague's history.
        const Reply colleague = sell(counterSale(u"staff.lyon@demo.comptoir.fr"_qs), m_accounts.staffParis);
        QCOMPARE(colleague.status, 422);
        QCOMPARE(ordersOfStore(), before);
    }

    void anOfflineSaleIsKeptWithoutAnUnknownCustomer()
    {
        const Reply unknown = sell(counterSale(u"nobody@example.fr"_qs, true), m_accounts.staffParis);
        QCOMPARE(unknown.status, 201);
        QVERIFY(unknown.json().value(u"customer_id"_qs).isNull());
        const Reply known = sell(counterSale(u"claire.martin@example.fr"_qs, true), m_accounts.staffParis);
        QCOMPARE(known.status, 201);
        QCOMPARE(known.json().value(u"customer_id"_qs).toString(), m_customer.id);
    }

    void onlyStaffNameACustomer()
    {
        const int before = ordersOfStore();
        QJsonObject pickup = counterSale(u"claire.martin@example.fr"_qs);
        pickup.insert(u"fulfillment"_qs, pickupAt(u"loc_paris"_qs));
        QCOMPARE(sell(pickup, m_accounts.kioskParis).status, 403);
        const RegisteredCustomer other =
            registerCustomer(m_server, u"autre@example.fr"_qs, u"Autre"_qs, u"un autre mot de passe"_qs);
        QCOMPARE(other.registrationStatus, 201);
        QCOMPARE(sell(pickup, other.token).status, 403);
        QCOMPARE(ordersOfStore(), before);
    }

    void hostileAddressesAreRefusedInWords()
    {
        const QString tooLong = QString(300, u'a') + u"@example.fr"_qs;
        QCOMPARE(sell(counterSale(tooLong), m_accounts.staffParis).status, 422);
        QJsonObject notText = counterSale(QString());
        notText.insert(u"customer_email"_qs, 42);
        QCOMPARE(sell(notText, m_accounts.staffParis).status, 422);
        QCOMPARE(sell(counterSale(u"' OR 1=1 --"_qs), m_accounts.staffParis).status, 422);
        auto c = m_server.client();
        QCOMPARE(c.get("/readyz").status, 200);
    }
};

QTEST_GUILESS_MAIN(TestCounterCustomer)
#include "tst_countercustomer.moc"
