// What a till's own token reaches (API.md, "Staff at a shared till"; docs/architecture.md, "PIN
// sign-in at a till"): it signs its staff in by PIN and reads what a kiosk reads. Selling, taking
// money, moving stock and running the store need the token of the person signed in at the till:
// each of those routes answers the bare register 403 problem+json and changes nothing, and the
// same sale made with the PIN token of the staff member on that till goes through.
#include "demoaccounts.h"
#include "orderbodies.h"
#include "tills.h"

#include <QtTest>

using namespace comptoir::test;

namespace {

const QString kShirt = u"TSH-0001-S-GRIS-CHINE"_qs;
const QString kParis = u"loc_paris"_qs;

QJsonObject oneShirt(const QJsonObject& fulfillment)
{
    return {{u"lines"_qs, QJsonArray{QJsonObject{{u"sku"_qs, kShirt}, {u"quantity"_qs, 1}}}},
            {u"fulfillment"_qs, fulfillment}};
}

} // namespace

class TestRegisterReach : public QObject {
    Q_OBJECT

private:
    TestServer m_server;
    std::string m_manager, m_staffParis, m_pinToken;
    EnrolledRegister m_till;
    int m_keys = 0;

    Reply send(const std::string& method, const std::string& path, const QJsonObject& body,
               const std::string& token)
    {
        auto c = m_server.client();
        const httplib::Headers key = idempotencyKey("reach-" + std::to_string(++m_keys));
        if (method == "GET")
            return c.get(path, token);
        if (method == "PUT")
            return c.put(path, body, token, key);
        return c.post(path, body, token, key);
    }

    // What the refused calls would have changed: the shirt's level at Paris, the store's orders
    // with their states and totals, its cash sessions, its movements.
    QByteArray storeState()
    {
        auto c = m_server.client();
        const QJsonArray orders = everyItem(c, "/api/v1/orders?store_id=loc_paris&limit=200", m_manager);
        QJsonArray states;
        for (const QJsonValue& o : orders)
            states.append(
                QJsonArray{o[u"id"_qs], o[u"status"_qs], o[u"paid_total"_qs], o[u"refunded_total"_qs]});
        const QJsonObject state{
            {u"stock"_qs, stockLevel(c, kShirt, kParis)},
            {u"orders"_qs, states},
            {u"sessions"_qs, everyItem(c, "/api/v1/cash-sessions?store_id=loc_paris", m_manager)},
            {u"movements"_qs, everyItem(c,
                                        "/api/v1/inventory/movements?sku=" + kShirt.toStdString() +
                                            "&location_id=loc_paris&limit=200",
                                        m_manager)}};
        return QJsonDocument(state).toJson(QJsonDocument::Compact);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        m_manager = m_server.login(u"manager@demo.comptoir.fr"_qs);
        m_staffParis = m_server.login(u"staff.paris@demo.comptoir.fr"_qs);
        QVERIFY(!m_manager.empty() && !m_staffParis.empty());
        auto c = m_server.client();
        QCOMPARE(setPin(c, m_staffParis, u"2468"_qs), 204);
        m_till = enrolRegister(c, m_manager, kParis);
        QVERIFY(!m_till.token.empty());
        const Reply signedIn = pinSignIn(c, m_till.token, u"staff.paris@demo.comptoir.fr"_qs, u"2468"_qs);
        QCOMPARE(signedIn.status, 200);
        m_pinToken = signedIn.json().value(u"token"_qs).toString().toStdString();
        QCOMPARE(c.post("/api/v1/inventory/adjustments",
                        {{u"sku"_qs, kShirt},
                         {u"location_id"_qs, kParis},
                         {u"delta"_qs, 50},
                         {u"reason"_qs, u"receipt"_qs}},
                        m_manager, idempotencyKey("reach-stock"))
                     .status,
                 201);
    }

    void aBareRegisterTokenSellsNothingTakesNoMoneyAndMovesNoStock()
    {
        auto c = m_server.client();
        // What a till would act on: a pending sale of its store and a paid one with its payment,
        // both rung up by the staff member signed in on it; a card token; an open drawer.
        const Reply pending = send("POST", "/api/v1/orders", oneShirt(carryOutAt(kParis)), m_pinToken);
        QCOMPARE(pending.status, 201);
        const std::string pendingPath =
            "/api/v1/orders/" + pending.json().value(u"id"_qs).toString().toStdString();
        const Reply paid = send("POST", "/api/v1/orders", oneShirt(carryOutAt(kParis)), m_pinToken);
        QCOMPARE(paid.status, 201);
        const std::string paidPath = "/api/v1/orders/" + paid.json().value(u"id"_qs).toString().toStdString();
        const Reply payment =
            send("POST", paidPath + "/payments", {{u"method"_qs, u"terminal"_qs}}, m_pinToken);
        QCOMPARE(payment.status, 201);
        QCOMPARE(payment.json().value(u"status"_qs).toString(), u"captured"_qs);
        const std::string paymentId = payment.json().value(u"id"_qs).toString().toStdString();
        const QString card = c.post("/api/v1/payments/tokens", {{u"number"_qs, u"4242424242424242"_qs},
                                                                {u"exp_month"_qs, 12},
                                                                {u"exp_year"_qs, 2030},
                                                                {u"cvc"_qs, u"123"_qs}})
                                 .json()
                                 .value(u"token"_qs)
                                 .toString();
        QVERIFY(!card.isEmpty());
        const QByteArray before = storeState();

        struct Case {
            const char* what;
            std::string method;
            std::string path;
            QJsonObject body;
        };
        const QJsonObject shirtAtParis{{u"sku"_qs, kShirt},
                                       {u"location_id"_qs, kParis},
                                       {u"delta"_qs, 5},
                                       {u"reason"_qs, u"receipt"_qs}};
        QJsonObject offline = oneShirt(carryOutAt(kParis));
        offline.insert(u"offline"_qs, true);
        const QList<Case> cases = {
            // Selling: the routes its rank shared with customers and kiosks let it reach.
            {"a counter sale", "POST", "/api/v1/orders", oneShirt(carryOutAt(kParis))},
            {"an offline sale", "POST", "/api/v1/orders", offline},
            {"a pickup order", "POST", "/api/v1/orders", oneShirt(pickupAt(kParis))},
            {"a terminal payment", "POST", pendingPath + "/payments", {{u"method"_qs, u"terminal"_qs}}},
            {"a card payment",
             "POST",
             pendingPath + "/payments",
             {{u"method"_qs, u"card"_qs}, {u"token"_qs, card}}},
            {"a cash payment",
             "POST",
             pendingPath + "/payments",
             {{u"method"_qs, u"cash"_qs},
              {u"tendered"_qs, eur(5000)},
              {u"cash_session_id"_qs, u"cs_any"_qs}}},
            {"a cancellation", "POST", pendingPath + "/cancel", {}},
            // Staff's and managers' routes, which its rank already kept it from.
            {"an order's hand-over", "POST", paidPath + "/status", {{u"status"_qs, u"completed"_qs}}},
            {"a refund", "POST", "/api/v1/payments/" + paymentId + "/refunds", {{u"amount"_qs, eur(100)}}},
            {"a stock adjustment", "POST", "/api/v1/inventory/adjustments", shirtAtParis},
            {"a stock transfer",
             "POST",
             "/api/v1/inventory/transfers",
             {{u"sku"_qs, kShirt}, {u"from"_qs, kParis}, {u"to"_qs, u"loc_lyon"_qs}, {u"quantity"_qs, 1}}},
            {"a drawer opened",
             "POST",
             "/api/v1/cash-sessions",
             {{u"register_id"_qs, m_till.userId}, {u"opening_float"_qs, eur(10000)}}},
            {"a device enrolled",
             "POST",
             "/api/v1/devices",
             {{u"name"_qs, u"Caisse 9"_qs}, {u"store_id"_qs, kParis}, {u"kind"_qs, u"register"_qs}}},
            {"a promotion",
             "POST",
             "/api/v1/promotions",
             {{u"code"_qs, u"TILL50"_qs}, {u"percent_off"_qs, 50}}},
            {"a PIN set", "PUT", "/api/v1/me/pin", {{u"pin"_qs, u"1234"_qs}}},
            {"the movements", "GET", "/api/v1/inventory/movements?sku=" + kShirt.toStdString(), {}},
            {"the cash sessions", "GET", "/api/v1/cash-sessions?store_id=loc_paris", {}},
            {"the low-stock report", "GET", "/api/v1/reports/low-stock?location_id=loc_paris", {}},
            {"the sales report", "GET", "/api/v1/reports/sales?group_by=day", {}},
        };
        // Every case is tried before judging, so one run names every route that let the till in.
        QStringList admitted;
        for (const Case& k : cases) {
            const Reply r = send(k.method, k.path, k.body, m_till.token);
            if (r.status != 403 || r.header("Content-Type").rfind("application/problem+json", 0) != 0)
                admitted.append(u"%1 (%2)"_qs.arg(QString::fromLatin1(k.what)).arg(r.status));
        }
        QVERIFY2(admitted.isEmpty(), qPrintable(admitted.join(u", "_qs)));
        QCOMPARE(storeState(), before);
    }

    void theStaffMemberSignedInByPinOnTheTillSells()
    {
        // PIN sign-in still works with the till's token, and its token rings up, takes payment
        // and cancels on the routes the till's own token was refused.
        auto c = m_server.client();
        const Reply signedIn = pinSignIn(c, m_till.token, u"staff.paris@demo.comptoir.fr"_qs, u"2468"_qs);
        QCOMPARE(signedIn.status, 200);
        const std::string token = signedIn.json().value(u"token"_qs).toString().toStdString();
        const qint64 onHand = stockLevel(c, kShirt, kParis).value(u"on_hand"_qs).toInteger();
        const Reply sale = send("POST", "/api/v1/orders", oneShirt(carryOutAt(kParis)), token);
        QCOMPARE(sale.status, 201);
        const std::string path = "/api/v1/orders/" + sale.json().value(u"id"_qs).toString().toStdString();
        QCOMPARE(send("POST", path + "/payments", {{u"method"_qs, u"terminal"_qs}}, token).status, 201);
        QCOMPARE(c.get(path, token).json().value(u"status"_qs).toString(), u"paid"_qs);
        QCOMPARE(send("POST", path + "/status", {{u"status"_qs, u"completed"_qs}}, token).status, 200);
        QCOMPARE(stockLevel(c, kShirt, kParis).value(u"on_hand"_qs).toInteger(), onHand - 1);
        const Reply other = send("POST", "/api/v1/orders", oneShirt(carryOutAt(kParis)), token);
        QCOMPARE(other.status, 201);
        const std::string otherPath =
            "/api/v1/orders/" + other.json().value(u"id"_qs).toString().toStdString();
        const Reply cancelled = send("POST", otherPath + "/cancel", {}, token);
        QCOMPARE(cancelled.status, 200);
        QCOMPARE(cancelled.json().value(u"status"_qs).toString(), u"cancelled"_qs);
    }

    void aBareRegisterTokenReadsWhatAKioskReads()
    {
        auto c = m_server.client();
        const Reply me = c.get("/api/v1/me", m_till.token);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json().value(u"role"_qs).toString(), u"register"_qs);
        QCOMPARE(c.get("/api/v1/products?limit=1", m_till.token).status, 200);
        QCOMPARE(c.get("/api/v1/locations", m_till.token).status, 200);
        QCOMPARE(c.get("/api/v1/inventory?sku=" + kShirt.toStdString(), m_till.token).status, 200);
        QCOMPARE(c.get("/api/v1/sync/changes?since=0&limit=1", m_till.token).status, 200);
        // A quote has no side effect and is anyone's: a till prices a cart before anyone signs in.
        QCOMPARE(c.post("/api/v1/quotes", oneShirt(carryOutAt(kParis)), m_till.token).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestRegisterReach)
#include "tst_registerreach.moc"
