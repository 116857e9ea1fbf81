// Payments: the simulator's test cards, cash at the counter, the store's terminal, refunds
// bounded by the capture, refunds the processor refuses or answers too late, one payment per
// Idempotency-Key, signed processor webhooks, and a card number that is never written anywhere.
#include "cashdrawers.h"
#include "concurrentposts.h"
#include "databaseprobe.h"
#include "demoaccounts.h"
#include "faultyproxy.h"
#include "orderbodies.h"
#include "testserver.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QtTest>
#include <atomic>
#include <mutex>
#include <thread>

using namespace comptoir::test;

namespace {

constexpr auto kWebhookSecret = "0123456789abcdef0123456789abcdef"; // 32 characters

// A money object in another currency than the store's, which the server must refuse.
QJsonObject foreignMoney(qint64 amount, const QString& currency)
{
    return {{u"amount"_qs, double(amount)}, {u"currency"_qs, currency}};
}

// The Comptoir-Signature header the processor would send for `body` at `timestamp`.
std::string signature(const QByteArray& body, qint64 timestamp, const QByteArray& secret = kWebhookSecret)
{
    const QByteArray payload = QByteArray::number(timestamp) + '.' + body;
    const QByteArray mac =
        QMessageAuthenticationCode::hash(payload, secret, QCryptographicHash::Sha256).toHex();
    return "t=" + std::to_string(timestamp) + ",v1=" + mac.toStdString();
}

// The first column of the first row `sql` gives on the server's database (either backend), or -1.
qint64 queryNumber(const TestServer& server, const char* sql)
{
    return DatabaseProbe(server).number(QString::fromUtf8(sql)).value_or(-1);
}

} // namespace

class TestPayments : public QObject {
    Q_OBJECT

private:
    TestServer m_server{TestServer::Options{
        true,
        {u"--webhook-secret"_qs, QString::fromLatin1(kWebhookSecret), u"--terminal-delay-ms"_qs, u"50"_qs}}};
    DemoAccounts m_accounts;
    std::string m_alice, m_bob;
    QString m_drawer;   // an open cash session at Paris, which cash goes through
    QStringList m_skus; // standard-rate SKUs, stocked at Paris
    int m_keys = 0;
    int m_skuTurn = 0;

    std::string nextKey() { return "pay-" + std::to_string(++m_keys); }

    QString cardToken(const QString& number = u"4242424242424242"_qs)
    {
        const Reply r = m_server.client().post("/api/v1/payments/tokens",
                                               {{u"number"_qs, number},
                                                {u"exp_month"_qs, 12},
                                                {u"exp_year"_qs, QDate::currentDate().year() + 3},
                                                {u"cvc"_qs, u"123"_qs}});
        return r.status == 201 ? r.json().value(u"token"_qs).toString() : QString();
    }

    // A fresh pending order: carry-out for staff and kiosks, pickup at Paris for customers.
    QJsonObject newOrder(const std::string& token, qint64 quantity = 2)
    {
        QJsonObject body{
            {u"lines"_qs, QJsonArray{QJsonObject{{u"sku"_qs, m_skus[m_skuTurn++ % m_skus.size()]},
                                                 {u"quantity"_qs, double(quantity)}}}}};
        if (token == m_alice || token == m_bob)
            body.insert(u"fulfillment"_qs, pickupAt(u"loc_paris"_qs));
        const Reply r = m_server.client().post("/api/v1/orders", body, token, idempotencyKey(nextKey()));
        return r.status == 201 ? r.json() : QJsonObject();
    }

    static QString skuOf(const QJsonObject& o)
    {
        return o.value(u"lines"_qs).toArray().first().toObject().value(u"sku"_qs).toString();
    }
    qint64 reservedAtParis(const QString& sku)
    {
        const Reply r =
            m_server.client().get("/api/v1/inventory?sku=" + urlEncode(sku) + "&location_id=loc_paris");
        return r.items().isEmpty() ? -1 : r.items().first().toObject().value(u"reserved"_qs).toInteger();
    }
    QJsonObject getOrder(const QString& id, const std::string& token)
    {
        return m_server.client().get(orderPath(id), token).json();
    }

    Reply pay(const QString& orderId, const QJsonObject& body, const std::string& token,
              const std::string& k = {})
    {
        return m_server.client().post(orderPath(orderId) + "/payments", body, token,
                                      idempotencyKey(k.empty() ? nextKey() : k));
    }
    // Cash handed over at the Paris counter (`tendered` left out when empty), into its drawer.
    QJsonObject cash(const QJsonObject& tendered) const
    {
        QJsonObject body{{u"method"_qs, u"cash"_qs}, {u"cash_session_id"_qs, m_drawer}};
        if (!tendered.isEmpty())
            body.insert(u"tendered"_qs, tendered);
        return body;
    }
    Reply payByCard(const QString& orderId, const std::string& token,
                    const QString& number = u"4242424242424242"_qs)
    {
        return pay(orderId, {{u"method"_qs, u"card"_qs}, {u"token"_qs, cardToken(number)}}, token);
    }
    Reply refund(const QString& paymentId, qint64 amount, const std::string& token, const std::string& k = {})
    {
        return m_server.client().post("/api/v1/payments/" + paymentId.toStdString() + "/refunds",
                                      {{u"amount"_qs, eur(amount)}, {u"reason"_qs, u"damaged"_qs}}, token,
                                      idempotencyKey(k.empty() ? nextKey() : k));
    }
    Reply webhook(const QByteArray& body, const std::string& signatureHeader)
    {
        httplib::Headers headers;
        if (!signatureHeader.empty())
            headers.emplace("Comptoir-Signature", signatureHeader);
        return m_server.client().raw("POST", "/api/v1/webhooks/payments", body.toStdString(),
                                     "application/json", {}, headers);
    }
    static QByteArray event(const QString& id, const QString& type, const QString& paymentId, qint64 amount)
    {
        return QJsonDocument(QJsonObject{{u"id"_qs, id},
                                         {u"type"_qs, type},
                                         {u"data"_qs, QJsonObject{{u"payment_id"_qs, paymentId},
                                                                  {u"amount"_qs, eur(amount)}}}})
            .toJson(QJsonDocument::Compact);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QVERIFY(m_accounts.signInStaff(m_server));
        QVERIFY(m_accounts.signInKiosks(m_server));
        m_drawer = openDrawer(m_server, m_accounts.manager, m_accounts.staffParis, u"loc_paris"_qs);
        QVERIFY(!m_drawer.isEmpty());
        for (const QString& name : {u"alice"_qs, u"bob"_qs}) {
            const RegisteredCustomer customer =
                registerCustomer(m_server, name + u"@example.fr"_qs, name, u"customer-password"_qs);
            QCOMPARE(customer.registrationStatus, 201);
            (name == u"alice" ? m_alice : m_bob) = customer.token;
        }
        QVERIFY(!m_alice.empty() && !m_bob.empty());
        auto c = m_server.client();
        // Standard-rate shoes, with plenty of stock at the Paris store.
        for (const QJsonValue& p : c.get("/api/v1/products?limit=40&q=baskets").items())
            if (p.toObject().value(u"tax_class"_qs).toString() == u"standard")
                for (const QJsonValue& v : p.toObject().value(u"variants"_qs).toArray())
                    m_skus.append(v.toObject().value(u"sku"_qs).toString());
        m_skus = m_skus.mid(0, 12);
        QCOMPARE(m_skus.size(), 12);
        for (const QString& sku : std::as_const(m_skus))
            QCOMPARE(c.post("/api/v1/inventory/adjustments",
                            {{u"sku"_qs, sku},
                             {u"location_id"_qs, u"loc_paris"_qs},
                             {u"delta"_qs, 10'000},
                             {u"reason"_qs, u"receipt"_qs}},
                            m_accounts.manager, idempotencyKey(nextKey()))
                         .status,
                     201);
    }

    void approvedCardPaysTheOrder()
    {
        const QJsonObject order = newOrder(m_alice);
        QVERIFY(!order.isEmpty());
        const Reply tokenized = m_server.client().post("/api/v1/payments/tokens",
                                                       {{u"number"_qs, u"4242 4242 4242 4242"_qs},
                                                        {u"exp_month"_qs, 1},
                                                        {u"exp_year"_qs, QDate::currentDate().year() + 1},
                                                        {u"cvc"_qs, u"4321"_qs}});
        QCOMPARE(tokenized.status, 201);
        QCOMPARE(tokenized.json().value(u"brand"_qs).toString(), u"visa"_qs);
        QCOMPARE(tokenized.json().value(u"last4"_qs).toString(), u"4242"_qs);
        const Reply r =
            pay(idOf(order), {{u"method"_qs, u"card"_qs}, {u"token"_qs, tokenized.json().value(u"token"_qs)}},
                m_alice);
        QCOMPARE(r.status, 201);
        const QJsonObject payment = r.json();
        QVERIFY(payment.value(u"id"_qs).toString().startsWith(u"pay"_qs));
        QCOMPARE(payment.value(u"order_id"_qs).toString(), idOf(order));
        QCOMPARE(payment.value(u"method"_qs).toString(), u"card"_qs);
        QCOMPARE(payment.value(u"status"_qs).toString(), u"captured"_qs);
        QCOMPARE(amountOf(payment.value(u"amount"_qs)), totalOf(order));
        QCOMPARE(payment.value(u"card"_qs).toObject().value(u"last4"_qs).toString(), u"4242"_qs);
        QCOMPARE(payment.value(u"card"_qs).toObject().value(u"brand"_qs).toString(), u"visa"_qs);
        QVERIFY(payment.value(u"decline_code"_qs).isNull());
        const QJsonObject after = getOrder(idOf(order), m_alice);
        QCOMPARE(after.value(u"status"_qs).toString(), u"paid"_qs);
        QCOMPARE(amountOf(after.value(u"paid_total"_qs)), totalOf(order));
        QVERIFY(after.value(u"reservation_expires_at"_qs).isNull());

        // A token pays once.
        const QJsonObject second = newOrder(m_alice);
        const Reply reused =
            pay(idOf(second),
                {{u"method"_qs, u"card"_qs}, {u"token"_qs, tokenized.json().value(u"token"_qs)}}, m_alice);
        QCOMPARE(reused.status, 201);
        QCOMPARE(reused.json().value(u"status"_qs).toString(), u"declined"_qs);
        QCOMPARE(getOrder(idOf(second), m_alice).value(u"status"_qs).toString(), u"pending_payment"_qs);
    }

    void declinedTestCardsLeaveTheOrderPending_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("declineCode");
        QTest::newRow("declined") << u"4000000000000002"_qs << u"card_declined"_qs;
        QTest::newRow("insufficient funds") << u"4000000000009995"_qs << u"insufficient_funds"_qs;
        QTest::newRow("expired card") << u"4000000000000069"_qs << u"expired_card"_qs;
    }

    void declinedTestCardsLeaveTheOrderPending()
    {
        QFETCH(QString, number);
        QFETCH(QString, declineCode);
        for (const std::string& token : {m_alice, m_accounts.kioskParis, m_accounts.staffParis}) {
            const QJsonObject order = newOrder(token);
            QVERIFY(!order.isEmpty());
            const Reply r = payByCard(idOf(order), token, number);
            QCOMPARE(r.status, 201);
            QCOMPARE(r.json().value(u"status"_qs).toString(), u"declined"_qs);
            QCOMPARE(r.json().value(u"decline_code"_qs).toString(), declineCode);
            QCOMPARE(amountOf(r.json().value(u"amount"_qs)), totalOf(order));
            const QJsonObject after = getOrder(idOf(order), token);
            QCOMPARE(after.value(u"status"_qs).toString(), u"pending_payment"_qs);
            QCOMPARE(amountOf(after.value(u"paid_total"_qs)), 0);
            // Another card afterwards still pays it.
            QCOMPARE(payByCard(idOf(order), token).json().value(u"status"_qs).toString(), u"captured"_qs);
            QCOMPARE(getOrder(idOf(order), token).value(u"status"_qs).toString(), u"paid"_qs);
        }
    }

    void invalidCardsNameTheField_data()
    {
        QTest::addColumn<QJsonObject>("card");
        QTest::addColumn<QStringList>("fields");
        const int year = QDate::currentDate().year();
        const QJsonObject good{{u"number"_qs, u"4242424242424242"_qs},
                               {u"exp_month"_qs, 12},
                               {u"exp_year"_qs, year + 2},
                               {u"cvc"_qs, u"123"_qs}};
        const auto with = [&](const QString& field, const QJsonValue& value) {
            QJsonObject o = good;
            o.insert(field, value);
            return o;
        };
        QTest::newRow("Luhn failure")
            << with(u"number"_qs, u"4242424242424241"_qs) << QStringList{u"number"_qs};
        QTest::newRow("letters") << with(u"number"_qs, u"4242abcd42424242"_qs) << QStringList{u"number"_qs};
        QTest::newRow("too short") << with(u"number"_qs, u"4242"_qs) << QStringList{u"number"_qs};
        QTest::newRow("expired last year") << with(u"exp_year"_qs, year - 1) << QStringList{u"exp_year"_qs};
        QTest::newRow("month 13") << with(u"exp_month"_qs, 13) << QStringList{u"exp_month"_qs};
        QTest::newRow("two-digit cvc") << with(u"cvc"_qs, u"12"_qs) << QStringList{u"cvc"_qs};
        QTest::newRow("letters in cvc") << with(u"cvc"_qs, u"12a"_qs) << QStringList{u"cvc"_qs};
        QTest::newRow("number as a JSON number")
            << with(u"number"_qs, 4242424242424242.0) << QStringList{u"number"_qs};
        QTest::newRow("nothing") << QJsonObject{}
                                 << QStringList{u"number"_qs, u"exp_month"_qs, u"exp_year"_qs, u"cvc"_qs};
    }

    void invalidCardsNameTheField()
    {
        QFETCH(QJsonObject, card);
        QFETCH(QStringList, fields);
        const Reply r = m_server.client().post("/api/v1/payments/tokens", card);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorFields(), fields);
    }

    void cashAtTheCounterGivesChange()
    {
        const QJsonObject order = newOrder(m_accounts.staffParis, 3);
        const qint64 total = totalOf(order);
        const Reply r = pay(idOf(order), cash(eur(total + 1234)), m_accounts.staffParis);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(u"method"_qs).toString(), u"cash"_qs);
        QCOMPARE(r.json().value(u"status"_qs).toString(), u"captured"_qs);
        QCOMPARE(amountOf(r.json().value(u"amount"_qs)), total);
        QCOMPARE(amountOf(r.json().value(u"change_due"_qs)), 1234);
        QVERIFY(r.json().value(u"card"_qs).isNull());
        QCOMPARE(getOrder(idOf(order), m_accounts.staffParis).value(u"status"_qs).toString(), u"paid"_qs);

        const QJsonObject exact = newOrder(m_accounts.staffParis);
        const Reply exactly = pay(idOf(exact), cash(eur(totalOf(exact))), m_accounts.manager);
        QCOMPARE(exactly.status, 201);
        QCOMPARE(amountOf(exactly.json().value(u"change_due"_qs)), 0);
    }

    void cashShortOfTheBalanceOrInAnotherCurrencyIsRefused()
    {
        const QJsonObject order = newOrder(m_accounts.staffParis);
        const Reply shortOf = pay(idOf(order), cash(eur(totalOf(order) - 1)), m_accounts.staffParis);
        QCOMPARE(shortOf.status, 422);
        QCOMPARE(shortOf.errorFields(), QStringList{u"tendered.amount"_qs});
        const Reply dollars =
            pay(idOf(order), cash(foreignMoney(totalOf(order) * 2, u"USD"_qs)), m_accounts.staffParis);
        QCOMPARE(dollars.status, 422);
        QCOMPARE(dollars.errorFields(), QStringList{u"tendered.currency"_qs});
        const Reply missing = pay(idOf(order), cash({}), m_accounts.staffParis);
        QCOMPARE(missing.status, 422);
        QCOMPARE(missing.errorFields(), QStringList{u"tendered"_qs});
        const QJsonObject after = getOrder(idOf(order), m_accounts.staffParis);
        QCOMPARE(after.value(u"status"_qs).toString(), u"pending_payment"_qs);
        QCOMPARE(amountOf(after.value(u"paid_total"_qs)), 0);
    }

    void cashIsTakenByStaffOnly()
    {
        const QJsonObject kioskOrder = newOrder(m_accounts.kioskParis);
        QCOMPARE(pay(idOf(kioskOrder),
                     {{u"method"_qs, u"cash"_qs}, {u"tendered"_qs, eur(totalOf(kioskOrder))}},
                     m_accounts.kioskParis)
                     .status,
                 403);
        const QJsonObject aliceOrder = newOrder(m_alice);
        QCOMPARE(pay(idOf(aliceOrder),
                     {{u"method"_qs, u"cash"_qs}, {u"tendered"_qs, eur(totalOf(aliceOrder))}}, m_alice)
                     .status,
                 403);
        QCOMPARE(pay(idOf(aliceOrder), {{u"method"_qs, u"terminal"_qs}}, m_alice).status, 403);
        QCOMPARE(getOrder(idOf(kioskOrder), m_accounts.kioskParis).value(u"status"_qs).toString(),
                 u"pending_payment"_qs);
        QCOMPARE(getOrder(idOf(aliceOrder), m_alice).value(u"status"_qs).toString(), u"pending_payment"_qs);
        // Staff take cash for an online pickup at their store.
        QCOMPARE(pay(idOf(aliceOrder), cash(eur(totalOf(aliceOrder))), m_accounts.staffParis).status, 201);
        QCOMPARE(getOrder(idOf(aliceOrder), m_alice).value(u"status"_qs).toString(), u"paid"_qs);
    }

    void terminalApprovesAtTheKiosk()
    {
        const QJsonObject order = newOrder(m_accounts.kioskParis);
        const Reply r = pay(idOf(order), {{u"method"_qs, u"terminal"_qs}}, m_accounts.kioskParis);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(u"method"_qs).toString(), u"terminal"_qs);
        QCOMPARE(r.json().value(u"status"_qs).toString(), u"captured"_qs);
        QCOMPARE(amountOf(r.json().value(u"amount"_qs)), totalOf(order));
        QCOMPARE(getOrder(idOf(order), m_accounts.kioskParis).value(u"status"_qs).toString(), u"paid"_qs);
        const QJsonObject counter = newOrder(m_accounts.staffParis);
        QCOMPARE(pay(idOf(counter), {{u"method"_qs, u"terminal"_qs}}, m_accounts.staffParis)
                     .json()
                     .value(u"status"_qs),
                 QJsonValue(u"captured"_qs));
    }

    void terminalDeclinesWhenTheBankSaysNo()
    {
        TestServer server(TestServer::Options{
            true, {u"--terminal-delay-ms"_qs, u"50"_qs, u"--terminal-decline-rate"_qs, u"1"_qs}});
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        const std::string kiosk = server.kioskToken(u"loc_lyon"_qs);
        auto c = server.client();
        const QString sku = m_skus.first();
        QCOMPARE(c.post("/api/v1/inventory/adjustments",
                        {{u"sku"_qs, sku},
                         {u"location_id"_qs, u"loc_lyon"_qs},
                         {u"delta"_qs, 5},
                         {u"reason"_qs, u"receipt"_qs}},
                        server.login(u"manager@demo.comptoir.fr"_qs), idempotencyKey("declines-stock"))
                     .status,
                 201);
        const Reply order = c.post(
            "/api/v1/orders", {{u"lines"_qs, QJsonArray{QJsonObject{{u"sku"_qs, sku}, {u"quantity"_qs, 1}}}}},
            kiosk, idempotencyKey("declines-order"));
        QCOMPARE(order.status, 201);
        const std::string path = orderPath(idOf(order.json()));
        const Reply r = c.post(path + "/payments", {{u"method"_qs, u"terminal"_qs}}, kiosk,
                               idempotencyKey("declines-pay"));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(u"status"_qs).toString(), u"declined"_qs);
        QCOMPARE(r.json().value(u"decline_code"_qs).toString(), u"card_declined"_qs);
        QCOMPARE(c.get(path, kiosk).json().value(u"status"_qs).toString(), u"pending_payment"_qs);
        QCOMPARE(amountOf(c.get(path, kiosk).json().value(u"paid_total"_qs)), 0);
    }

    void paidOrCancelledOrdersTakeNoPayment()
    {
        const QJsonObject order = newOrder(m_alice);
        QCOMPARE(payByCard(idOf(order), m_alice).status, 201);
        const Reply again = payByCard(idOf(order), m_alice);
        QCOMPARE(again.status, 409);
        QCOMPARE(again.json().value(u"status"_qs).toInt(), 409);
        QCOMPARE(pay(idOf(order), cash(eur(totalOf(order))), m_accounts.staffParis).status, 409);
        const QJsonObject after = getOrder(idOf(order), m_alice);
        QCOMPARE(amountOf(after.value(u"paid_total"_qs)), totalOf(order));

        const QJsonObject cancelled = newOrder(m_alice);
        QCOMPARE(m_server.client().post(orderPath(idOf(cancelled)) + "/cancel", {}, m_alice).status, 200);
        QCOMPARE(payByCard(idOf(cancelled), m_alice).status, 409);
        QCOMPARE(amountOf(getOrder(idOf(cancelled), m_alice).value(u"paid_total"_qs)), 0);
    }

    void customersCannotPayOthersOrders()
    {
        const QJsonObject alices = newOrder(m_alice);
        QCOMPARE(payByCard(idOf(alices), m_bob).status, 404);
        QCOMPARE(payByCard(idOf(alices), m_accounts.kioskParis).status, 404);
        QCOMPARE(pay(idOf(alices), {{u"method"_qs, u"terminal"_qs}}, m_accounts.staffLyon).status, 404);
        QCOMPARE(payByCard(u"ord_does_not_exist"_qs, m_alice).status, 404);
        QCOMPARE(m_server.client()
                     .post(orderPath(idOf(alices)) + "/payments",
                           {{u"method"_qs, u"card"_qs}, {u"token"_qs, cardToken()}}, {},
                           idempotencyKey(nextKey()))
                     .status,
                 401);
        const QJsonObject kiosks = newOrder(m_accounts.kioskParis);
        QCOMPARE(pay(idOf(kiosks), {{u"method"_qs, u"terminal"_qs}}, m_accounts.kioskLyon).status, 404);
        QCOMPARE(getOrder(idOf(alices), m_alice).value(u"status"_qs).toString(), u"pending_payment"_qs);
        QCOMPARE(getOrder(idOf(kiosks), m_accounts.kioskParis).value(u"status"_qs).toString(),
                 u"pending_payment"_qs);
    }

    void cardNumberIsNeverStoredOrLogged()
    {
        const QJsonObject order = newOrder(m_alice);
        const Reply paid = payByCard(idOf(order), m_alice, u"4242424242424242"_qs);
        QCOMPARE(paid.status, 201);
        QCOMPARE(paid.json().value(u"status"_qs).toString(), u"captured"_qs);
        // A refused tokenization must not leave the number behind either.
        QCOMPARE(m_server.client()
                     .post("/api/v1/payments/tokens", {{u"number"_qs, u"4242424242424242"_qs},
                                                       {u"exp_month"_qs, 1},
                                                       {u"exp_year"_qs, 2001},
                                                       {u"cvc"_qs, u"123"_qs}})
                     .status,
                 422);
        const QByteArray pan = "4242424242424242";
        QStringList checked;
        QDirIterator files(m_server.dataDir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QFile f(path);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
            QVERIFY2(!f.readAll().contains(pan), qPrintable(u"the card number is in "_qs + path));
            checked.append(QFileInfo(path).fileName());
        }
        DatabaseProbe db(m_server);
        if (db.isPostgres()) {
            // The database is the PostgreSQL server's: all of it, as a backup would hold it.
            const QByteArray dump = db.dump();
            QVERIFY2(dump.contains("COPY public.orders"), qPrintable(db.lastError()));
            QVERIFY2(!dump.contains(pan), "the card number is in the database");
        } else {
            QVERIFY2(checked.contains(u"comptoir.db"_qs), qPrintable(checked.join(u", "_qs)));
            QVERIFY2(checked.contains(u"comptoir.db-wal"_qs), qPrintable(checked.join(u", "_qs)));
        }
        const QByteArray log = m_server.standardError();
        QVERIFY(!log.isEmpty());
        QVERIFY2(!log.contains(pan), "the card number is in the server log");
    }

    void simulatorSendsSignedCaptureEvents()
    {
        TestServer server(TestServer::Options{true, {u"--simulator-webhooks"_qs}});
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        auto c = server.client();
        const std::string staff = server.login(u"staff.paris@demo.comptoir.fr"_qs);
        const Reply order =
            c.post("/api/v1/orders",
                   {{u"lines"_qs,
                     QJsonArray{QJsonObject{{u"sku"_qs, u"TSH-0001-S-GRIS-CHINE"_qs}, {u"quantity"_qs, 1}}}}},
                   staff, {{"Idempotency-Key", "sim-order"}});
        QCOMPARE(order.status, 201);
        const Reply token = c.post("/api/v1/payments/tokens", {{u"number"_qs, u"4242424242424242"_qs},
                                                               {u"exp_month"_qs, 12},
                                                               {u"exp_year"_qs, 2035},
                                                               {u"cvc"_qs, u"123"_qs}});
        const Reply paid =
            c.post("/api/v1/orders/" + order.json().value(u"id"_qs).toString().toStdString() + "/payments",
                   {{u"method"_qs, u"card"_qs}, {u"token"_qs, token.json().value(u"token"_qs)}}, staff,
                   {{"Idempotency-Key", "sim-pay"}});
        QCOMPARE(paid.json().value(u"status"_qs).toString(), u"captured"_qs);
        // The simulator's event arrives signed, is verified and matched to the payment.
        QTRY_VERIFY_WITH_TIMEOUT(
            server.standardError().contains("\"route\":\"/api/v1/webhooks/payments\",\"status\":200"), 10000);
        QVERIFY(!server.standardError().contains("\"route\":\"/api/v1/webhooks/payments\",\"status\":400"));
        QCOMPARE(queryNumber(server, "SELECT COUNT(*) FROM webhook_events WHERE type = 'payment.captured'"),
                 1);
        // Delivered: it leaves the outbox.
        QTRY_COMPARE_WITH_TIMEOUT(queryNumber(server, "SELECT COUNT(*) FROM webhook_outbox"), 0, 5000);
    }

    // The endpoint is down: the simulator's event waits in the outbox, is tried again with
    // backoff, through a crash of the server, and is delivered once the endpoint is back.
    void undeliveredSimulatorEventsAreRetriedUntilTaken()
    {
        FaultyProxy endpoint(0);
        endpoint.setRefusing(true);
        TestServer server(TestServer::Options{true,
                                              {u"--simulator-webhooks"_qs, u"--simulator-webhook-url"_qs,
                                               endpoint.url() + u"/api/v1/webhooks/payments"_qs}});
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        endpoint.setTarget(quint16(server.port()));
        auto c = server.client();
        const std::string staff = server.login(u"staff.paris@demo.comptoir.fr"_qs);
        const Reply order =
            c.post("/api/v1/orders",
                   {{u"lines"_qs,
                     QJsonArray{QJsonObject{{u"sku"_qs, u"TSH-0001-S-GRIS-CHINE"_qs}, {u"quantity"_qs, 1}}}}},
                   staff, idempotencyKey("outbox-order"));
        QCOMPARE(order.status, 201);
        const Reply token =
            c.post("/api/v1/payments/tokens", {{u"number"_qs, u"4242424242424242"_qs},
                                               {u"exp_month"_qs, 12},
                                               {u"exp_year"_qs, QDate::currentDate().year() + 2},
                                               {u"cvc"_qs, u"123"_qs}});
        const Reply paid =
            c.post(orderPath(idOf(order.json())) + "/payments",
                   {{u"method"_qs, u"card"_qs}, {u"token"_qs, token.json().value(u"token"_qs)}}, staff,
                   idempotencyKey("outbox-pay"));
        QCOMPARE(paid.json().value(u"status"_qs).toString(), u"captured"_qs);

        QTRY_VERIFY_WITH_TIMEOUT(endpoint.connectionsSeen() >= 2, 10000);
        QCOMPARE(queryNumber(server, "SELECT COUNT(*) FROM webhook_outbox"), 1);
        QVERIFY(queryNumber(server, "SELECT attempts FROM webhook_outbox") >= 1);

        server.killHard();
        QVERIFY2(server.restartOnSamePorts(), qPrintable(server.lastError()));
        const int before = endpoint.connectionsSeen();
        QTRY_VERIFY_WITH_TIMEOUT(endpoint.connectionsSeen() > before, 15000);
        QCOMPARE(queryNumber(server, "SELECT COUNT(*) FROM webhook_events"), 0);

        endpoint.setRefusing(false);
        QTRY_COMPARE_WITH_TIMEOUT(
            queryNumber(server, "SELECT COUNT(*) FROM webhook_events WHERE type = 'payment.captured'"), 1,
            30000);
        QTRY_COMPARE_WITH_TIMEOUT(queryNumber(server, "SELECT COUNT(*) FROM webhook_outbox"), 0, 5000);
        QVERIFY(server.standardError().contains("\"route\":\"/api/v1/webhooks/payments\",\"status\":200"));
    }

    void oneCardTokenPaysOnceEvenWhenRaced()
    {
        const QString token = cardToken();
        QList<QJsonObject> orders;
        for (int i = 0; i < 6; ++i)
            orders.append(newOrder(m_alice, 1));
        std::atomic<int> captured{0}, declinedUsed{0}, other{0};
        std::vector<std::thread> clients;
        for (int i = 0; i < orders.size(); ++i)
            clients.emplace_back([&, i] {
                HttpClient c(m_server.port());
                const Reply r = c.post(orderPath(idOf(orders[i])) + "/payments",
                                       {{u"method"_qs, u"card"_qs}, {u"token"_qs, token}}, m_alice,
                                       idempotencyKey("race-token-" + std::to_string(i)));
                const QString status = r.json().value(u"status"_qs).toString();
                if (r.status == 201 && status == u"captured")
                    ++captured;
                else if (r.status == 201 &&
                         r.json().value(u"decline_code"_qs).toString() == u"token_already_used")
                    ++declinedUsed;
                else
                    ++other;
            });
        for (auto& t : clients)
            t.join();
        QCOMPARE(captured.load(), 1);
        QCOMPARE(declinedUsed.load(), int(orders.size()) - 1);
        QCOMPARE(other.load(), 0);
    }

    void onePaymentPerIdempotencyKey()
    {
        const QJsonObject order = newOrder(m_alice, 4);
        const QJsonObject body{{u"method"_qs, u"card"_qs}, {u"token"_qs, cardToken()}};
        const std::string path = orderPath(idOf(order)) + "/payments";
        const RaceTally race = postConcurrently(m_server.port(), path, body, m_alice, "one-payment", 20);
        QCOMPARE(race.created, 1);
        QCOMPARE(race.other, 0);
        QCOMPARE(race.created + race.replayed + race.inFlight, 20);
        QCOMPARE(race.ids.size(), 1);
        const QSet<QString>& paymentIds = race.ids;
        // Afterwards every retry replays the same payment.
        auto c = m_server.client();
        for (int i = 0; i < 5; ++i) {
            const Reply r = c.post(path, body, m_alice, idempotencyKey("one-payment"));
            QCOMPARE(r.status, 201);
            QCOMPARE(r.header("Idempotent-Replayed"), std::string("true"));
            QCOMPARE(r.json().value(u"id"_qs).toString(), *paymentIds.begin());
            QCOMPARE(r.json().value(u"status"_qs).toString(), u"captured"_qs);
        }
        const QJsonObject after = getOrder(idOf(order), m_alice);
        QCOMPARE(after.value(u"status"_qs).toString(), u"paid"_qs);
        QCOMPARE(amountOf(after.value(u"paid_total"_qs)), totalOf(order));
        // The key with another body is refused, and nothing more is captured.
        const Reply other2 = c.post(path, {{u"method"_qs, u"card"_qs}, {u"token"_qs, cardToken()}}, m_alice,
                                    idempotencyKey("one-payment"));
        QCOMPARE(other2.status, 422);
        QCOMPARE(amountOf(getOrder(idOf(order), m_alice).value(u"paid_total"_qs)), totalOf(order));
    }

    void paymentsNeedAKeyAndAValidBody()
    {
        const QJsonObject order = newOrder(m_accounts.staffParis);
        auto c = m_server.client();
        const std::string path = orderPath(idOf(order)) + "/payments";
        const Reply noKey = c.post(path, {{u"method"_qs, u"terminal"_qs}}, m_accounts.staffParis);
        QCOMPARE(noKey.status, 400);
        QCOMPARE(noKey.errorFields(), QStringList{u"Idempotency-Key"_qs});
        QCOMPARE(c.raw("POST", path, "{\"method\":", "application/json", m_accounts.staffParis,
                       idempotencyKey(nextKey()))
                     .status,
                 400);
        const auto fieldsOf = [&](const QJsonObject& body) {
            const Reply r = c.post(path, body, m_accounts.staffParis, idempotencyKey(nextKey()));
            return r.status == 422 ? r.errorFields() : QStringList{u"status %1"_qs.arg(r.status)};
        };
        QCOMPARE(fieldsOf({}), QStringList{u"method"_qs});
        QCOMPARE(fieldsOf({{u"method"_qs, u"bitcoin"_qs}}), QStringList{u"method"_qs});
        QCOMPARE(fieldsOf({{u"method"_qs, u"card"_qs}}), QStringList{u"token"_qs});
        QCOMPARE(fieldsOf({{u"method"_qs, u"card"_qs}, {u"token"_qs, u"tok_forged"_qs}}),
                 QStringList{u"token"_qs});
        QCOMPARE(fieldsOf({{u"method"_qs, u"cash"_qs}, {u"tendered"_qs, 1000}}), QStringList{u"tendered"_qs});
        QCOMPARE(fieldsOf({{u"method"_qs, u"cash"_qs}, {u"tendered"_qs, eur(100'000)}}),
                 QStringList{u"cash_session_id"_qs});
        QCOMPARE(fieldsOf({{u"method"_qs, u"cash"_qs},
                           {u"tendered"_qs, QJsonObject{{u"amount"_qs, 1.5}, {u"currency"_qs, u"EUR"_qs}}}}),
                 QStringList{u"tendered.amount"_qs});
        QCOMPARE(getOrder(idOf(order), m_accounts.staffParis).value(u"status"_qs).toString(),
                 u"pending_payment"_qs);
        QCOMPARE(c.raw("POST", "/api/v1/payments/tokens", "{nope", "application/json").status, 400);
    }

    void splitPaymentsPayTheOrderOnceCovered()
    {
        const QJsonObject order = newOrder(m_accounts.staffParis, 5);
        const qint64 total = totalOf(order);
        const qint64 cashPart = total / 3;
        const qint64 cardPart = (total - cashPart) / 2;
        QJsonObject partCash = cash(eur(cashPart + 200));
        partCash.insert(u"amount"_qs, eur(cashPart));
        const Reply first = pay(idOf(order), partCash, m_accounts.staffParis);
        QCOMPARE(first.status, 201);
        QCOMPARE(amountOf(first.json().value(u"amount"_qs)), cashPart);
        QCOMPARE(amountOf(first.json().value(u"change_due"_qs)), 200);
        QJsonObject afterFirst = getOrder(idOf(order), m_accounts.staffParis);
        QCOMPARE(afterFirst.value(u"status"_qs).toString(), u"pending_payment"_qs);
        QCOMPARE(amountOf(afterFirst.value(u"paid_total"_qs)), cashPart);

        // A part is at least 1 and at most the balance, in the order's currency; cash covers it.
        const auto refusal = [&](const QJsonValue& amount, const QJsonObject& base) {
            QJsonObject body = base;
            body.insert(u"amount"_qs, amount);
            const Reply r = pay(idOf(order), body, m_accounts.staffParis);
            return r.status == 422 ? r.errorFields() : QStringList{u"status %1"_qs.arg(r.status)};
        };
        const QJsonObject terminal{{u"method"_qs, u"terminal"_qs}};
        QCOMPARE(refusal(eur(0), terminal), QStringList{u"amount.amount"_qs});
        QCOMPARE(refusal(eur(-5), terminal), QStringList{u"amount.amount"_qs});
        QCOMPARE(refusal(eur(total - cashPart + 1), terminal), QStringList{u"amount.amount"_qs});
        QCOMPARE(refusal(foreignMoney(10, u"USD"_qs), terminal), QStringList{u"amount.currency"_qs});
        QCOMPARE(refusal(u"12.00"_qs, terminal), QStringList{u"amount"_qs});
        QCOMPARE(refusal(eur(500), cash(eur(499))), QStringList{u"tendered.amount"_qs});
        QCOMPARE(amountOf(getOrder(idOf(order), m_accounts.staffParis).value(u"paid_total"_qs)), cashPart);

        QJsonObject byCard{
            {u"method"_qs, u"card"_qs}, {u"token"_qs, cardToken()}, {u"amount"_qs, eur(cardPart)}};
        const Reply second = pay(idOf(order), byCard, m_accounts.staffParis);
        QCOMPARE(second.status, 201);
        QCOMPARE(amountOf(second.json().value(u"amount"_qs)), cardPart);
        QCOMPARE(getOrder(idOf(order), m_accounts.staffParis).value(u"status"_qs).toString(),
                 u"pending_payment"_qs);
        // Without an amount, the balance: the order is paid once its captured payments cover it.
        const Reply last = pay(idOf(order), terminal, m_accounts.staffParis);
        QCOMPARE(last.status, 201);
        QCOMPARE(amountOf(last.json().value(u"amount"_qs)), total - cashPart - cardPart);
        const QJsonObject paid = getOrder(idOf(order), m_accounts.staffParis);
        QCOMPARE(paid.value(u"status"_qs).toString(), u"paid"_qs);
        QCOMPARE(amountOf(paid.value(u"paid_total"_qs)), total);
        QCOMPARE(pay(idOf(order), terminal, m_accounts.staffParis).status, 409);

        // A customer splits between two cards online.
        const QJsonObject online = newOrder(m_alice, 2);
        QJsonObject half{
            {u"method"_qs, u"card"_qs}, {u"token"_qs, cardToken()}, {u"amount"_qs, eur(totalOf(online) / 2)}};
        QCOMPARE(pay(idOf(online), half, m_alice).status, 201);
        QCOMPARE(getOrder(idOf(online), m_alice).value(u"status"_qs).toString(), u"pending_payment"_qs);
        QCOMPARE(payByCard(idOf(online), m_alice).status, 201);
        QCOMPARE(getOrder(idOf(online), m_alice).value(u"status"_qs).toString(), u"paid"_qs);
    }

    void splitPaymentsRacingOnOneOrderNeverPayMoreThanItsTotal()
    {
        for (int round = 0; round < 3; ++round) {
            const QJsonObject order = newOrder(m_accounts.staffParis, 4);
            const qint64 total = totalOf(order);
            const QJsonObject part{{u"method"_qs, u"terminal"_qs}, {u"amount"_qs, eur(total * 6 / 10)}};
            const std::string path = orderPath(idOf(order)) + "/payments";
            const std::vector<Reply> replies =
                postAllAtOnce(m_server.port(), {Post{path, part, m_accounts.staffParis, nextKey()},
                                                Post{path, part, m_accounts.manager, nextKey()}});
            QList<int> statuses{replies[0].status, replies[1].status};
            std::sort(statuses.begin(), statuses.end());
            QCOMPARE(statuses, (QList<int>{201, 409}));
            const QJsonObject after = getOrder(idOf(order), m_accounts.staffParis);
            QCOMPARE(amountOf(after.value(u"paid_total"_qs)), total * 6 / 10);
            QCOMPARE(after.value(u"status"_qs).toString(), u"pending_payment"_qs);
        }
    }

    void partialRefundsNeverExceedTheCapture()
    {
        const QJsonObject order = newOrder(m_alice, 3);
        const qint64 total = totalOf(order);
        QVERIFY(total > 100);
        const Reply paid = payByCard(idOf(order), m_alice);
        QCOMPARE(paid.status, 201);
        const QString paymentId = paid.json().value(u"id"_qs).toString();

        const Reply partial = refund(paymentId, 100, m_accounts.staffParis);
        QCOMPARE(partial.status, 201);
        QCOMPARE(amountOf(partial.json().value(u"amount"_qs)), 100);
        QCOMPARE(partial.json().value(u"payment"_qs).toObject().value(u"status"_qs).toString(),
                 u"partially_refunded"_qs);
        QCOMPARE(amountOf(partial.json().value(u"payment"_qs).toObject().value(u"refunded"_qs)), 100);
        QCOMPARE(amountOf(getOrder(idOf(order), m_alice).value(u"refunded_total"_qs)), 100);

        const Reply tooMuch = refund(paymentId, total - 100 + 1, m_accounts.staffParis);
        QCOMPARE(tooMuch.status, 422);
        QCOMPARE(tooMuch.errorFields(), QStringList{u"amount.amount"_qs});
        QCOMPARE(amountOf(getOrder(idOf(order), m_alice).value(u"refunded_total"_qs)), 100);

        // Refunds are staff's, at the order's store.
        QCOMPARE(refund(paymentId, 1, m_alice).status, 403);
        QCOMPARE(refund(paymentId, 1, m_accounts.kioskParis).status, 403);
        QCOMPARE(refund(paymentId, 1, m_accounts.staffLyon).status, 404);
        QCOMPARE(refund(u"pay_nope"_qs, 1, m_accounts.staffParis).status, 404);
        QCOMPARE(refund(paymentId, 0, m_accounts.staffParis).status, 422);
        QCOMPARE(refund(paymentId, -5, m_accounts.staffParis).status, 422);
        auto c = m_server.client();
        const std::string refundPath = "/api/v1/payments/" + paymentId.toStdString() + "/refunds";
        const Reply dollars = c.post(refundPath, {{u"amount"_qs, foreignMoney(10, u"USD"_qs)}},
                                     m_accounts.staffParis, idempotencyKey(nextKey()));
        QCOMPARE(dollars.status, 422);
        QCOMPARE(dollars.errorFields(), QStringList{u"amount.currency"_qs});
        QCOMPARE(c.post(refundPath, {{u"amount"_qs, eur(10)}}, m_accounts.staffParis).status, 400);
        QCOMPARE(c.raw("POST", refundPath, "{\"amount\":", "application/json", m_accounts.staffParis,
                       idempotencyKey(nextKey()))
                     .status,
                 400);
        QCOMPARE(c.post(refundPath, {}, m_accounts.staffParis, idempotencyKey(nextKey())).errorFields(),
                 QStringList{u"amount"_qs});

        // Racing refunds of a third each: only what was captured comes back.
        const qint64 rest = total - 100;
        const qint64 third = rest / 3 + 1; // three of them are more than the rest
        std::atomic<int> ok{0}, refused{0}, other{0};
        std::vector<std::thread> clients;
        for (int i = 0; i < 8; ++i)
            clients.emplace_back([&, i] {
                HttpClient client(m_server.port());
                const Reply r = client.post(refundPath, {{u"amount"_qs, eur(third)}}, m_accounts.staffParis,
                                            idempotencyKey("race-refund-" + std::to_string(i)));
                (r.status == 201 ? ok : r.status == 422 ? refused : other)++;
            });
        for (auto& t : clients)
            t.join();
        QCOMPARE(ok.load(), 2);
        QCOMPARE(refused.load(), 6);
        QCOMPARE(other.load(), 0);
        QCOMPARE(amountOf(getOrder(idOf(order), m_alice).value(u"refunded_total"_qs)), 100 + 2 * third);

        const qint64 left = rest - 2 * third;
        const Reply last = refund(paymentId, left, m_accounts.manager);
        QCOMPARE(last.status, 201);
        QCOMPARE(last.json().value(u"payment"_qs).toObject().value(u"status"_qs).toString(), u"refunded"_qs);
        QCOMPARE(refund(paymentId, 1, m_accounts.manager).status, 422);
        QCOMPARE(amountOf(getOrder(idOf(order), m_alice).value(u"refunded_total"_qs)), total);

        // A declined payment has nothing to refund.
        const QJsonObject declinedOrder = newOrder(m_alice);
        const Reply declined = payByCard(idOf(declinedOrder), m_alice, u"4000000000000002"_qs);
        QCOMPARE(declined.json().value(u"status"_qs).toString(), u"declined"_qs);
        QCOMPARE(refund(declined.json().value(u"id"_qs).toString(), 1, m_accounts.staffParis).status, 422);
    }

    void staffCancellingAPaidOrderRefundsIt()
    {
        const QJsonObject order = newOrder(m_alice, 2);
        const Reply paid = payByCard(idOf(order), m_alice);
        QCOMPARE(paid.status, 201);
        const QString paymentId = paid.json().value(u"id"_qs).toString();
        QCOMPARE(refund(paymentId, 50, m_accounts.staffParis).status, 201);
        auto c = m_server.client();
        QCOMPARE(c.post(orderPath(idOf(order)) + "/cancel", {}, m_alice).status, 409);
        const Reply cancelled = c.post(orderPath(idOf(order)) + "/cancel", {}, m_accounts.staffParis);
        QCOMPARE(cancelled.status, 200);
        QCOMPARE(cancelled.json().value(u"status"_qs).toString(), u"cancelled"_qs);
        QCOMPARE(amountOf(cancelled.json().value(u"paid_total"_qs)), totalOf(order));
        QCOMPARE(amountOf(cancelled.json().value(u"refunded_total"_qs)), totalOf(order));
        // Nothing is left to refund: the payment is refunded in full...
        QCOMPARE(refund(paymentId, 1, m_accounts.staffParis).status, 422);
        // ...and the processor's confirmation of the old capture finds it no longer captured.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QByteArray captured =
            event(u"evt_after_cancel"_qs, u"payment.captured"_qs, paymentId, totalOf(order));
        const Reply noted = webhook(captured, signature(captured, now));
        QCOMPARE(noted.status, 200);
        QCOMPARE(noted.json().value(u"status"_qs).toString(), u"noted"_qs);
    }

    // 4000000000005126: its charges are approved, and the processor refuses every refund of them.
    void refusedRefundsAnswer502AndChangeNothing()
    {
        const QJsonObject order = newOrder(m_alice, 2);
        const QString sku = skuOf(order);
        const Reply paid = payByCard(idOf(order), m_alice, u"4000000000005126"_qs);
        QCOMPARE(paid.status, 201);
        QCOMPARE(paid.json().value(u"status"_qs).toString(), u"captured"_qs);
        const QString paymentId = paid.json().value(u"id"_qs).toString();
        const qint64 reserved = reservedAtParis(sku);

        // Refused again when asked again with the same key: a refusal is not a lost answer.
        for (int attempt = 0; attempt < 2; ++attempt) {
            const Reply refused = refund(paymentId, 100, m_accounts.staffParis, "refused-refund");
            QCOMPARE(refused.status, 502);
            QVERIFY(refused.header("Content-Type").starts_with("application/problem+json"));
            QCOMPARE(refused.json().value(u"status"_qs).toInt(), 502);
            QCOMPARE(refused.json().value(u"failure_code"_qs).toString(), u"refund_failed"_qs);
        }
        QCOMPARE(amountOf(getOrder(idOf(order), m_alice).value(u"refunded_total"_qs)), 0);

        // A cancellation refunds through the processor too: refused, the order stays paid and
        // keeps its stock, and nothing is recorded as refunded.
        auto c = m_server.client();
        const Reply cancel = c.post(orderPath(idOf(order)) + "/cancel", {}, m_accounts.staffParis);
        QCOMPARE(cancel.status, 502);
        QVERIFY(cancel.header("Content-Type").starts_with("application/problem+json"));
        QCOMPARE(cancel.json().value(u"failure_code"_qs).toString(), u"refund_failed"_qs);
        QCOMPARE(cancel.json().value(u"payment_id"_qs).toString(), paymentId);
        const QJsonObject after = getOrder(idOf(order), m_alice);
        QCOMPARE(after.value(u"status"_qs).toString(), u"paid"_qs);
        QCOMPARE(amountOf(after.value(u"paid_total"_qs)), totalOf(order));
        QCOMPARE(amountOf(after.value(u"refunded_total"_qs)), 0);
        QCOMPARE(reservedAtParis(sku), reserved);
        QCOMPARE(c.post(orderPath(idOf(order)) + "/cancel", {}, m_accounts.staffParis).status, 502);
        QCOMPARE(reservedAtParis(sku), reserved);

        // The order is whole and goes on: handed over, its stock leaves.
        QCOMPARE(c.post(orderPath(idOf(order)) + "/status", {{u"status"_qs, u"ready_for_pickup"_qs}},
                        m_accounts.staffParis)
                     .status,
                 200);
        QCOMPARE(c.post(orderPath(idOf(order)) + "/status", {{u"status"_qs, u"completed"_qs}},
                        m_accounts.staffParis)
                     .status,
                 200);
        QCOMPARE(reservedAtParis(sku), reserved - 2);
    }

    // 4000000000005134: the processor makes the first refund of each charge, but its answer is
    // lost (a timeout).
    void refundWhoseAnswerWasLostIsMadeOnceWhenRetried()
    {
        const QJsonObject order = newOrder(m_alice, 3);
        const qint64 total = totalOf(order);
        QVERIFY(total > 100);
        const Reply paid = payByCard(idOf(order), m_alice, u"4000000000005134"_qs);
        QCOMPARE(paid.status, 201);
        QCOMPARE(paid.json().value(u"status"_qs).toString(), u"captured"_qs);
        const QString paymentId = paid.json().value(u"id"_qs).toString();

        const Reply lost = refund(paymentId, 100, m_accounts.staffParis, "lost-refund");
        QCOMPARE(lost.status, 502);
        QVERIFY(lost.header("Content-Type").starts_with("application/problem+json"));
        QCOMPARE(lost.json().value(u"failure_code"_qs).toString(), u"processor_timeout"_qs);
        QCOMPARE(amountOf(getOrder(idOf(order), m_alice).value(u"refunded_total"_qs)), 0);

        // The processor keeps its refunds, also through a crash of ours.
        m_server.killHard();
        QVERIFY2(m_server.restart(), qPrintable(m_server.lastError()));
        // The key of a refund the processor made never makes another one.
        const Reply otherAmount = refund(paymentId, 150, m_accounts.staffParis, "lost-refund");
        QCOMPARE(otherAmount.status, 422);
        QCOMPARE(otherAmount.errorFields(), QStringList{u"Idempotency-Key"_qs});

        const Reply retried = refund(paymentId, 100, m_accounts.staffParis, "lost-refund");
        QCOMPARE(retried.status, 201);
        QVERIFY(retried.header("Idempotent-Replayed").empty());
        QCOMPARE(amountOf(retried.json().value(u"amount"_qs)), 100);
        QCOMPARE(amountOf(retried.json().value(u"payment"_qs).toObject().value(u"refunded"_qs)), 100);
        QCOMPARE(amountOf(getOrder(idOf(order), m_alice).value(u"refunded_total"_qs)), 100);
        const Reply replayed = refund(paymentId, 100, m_accounts.staffParis, "lost-refund");
        QCOMPARE(replayed.status, 201);
        QCOMPARE(replayed.header("Idempotent-Replayed"), std::string("true"));

        // The processor made it once: all the rest of the charge still comes back (after two
        // refunds of 100 it would refuse this one as more than the charge).
        const Reply rest = refund(paymentId, total - 100, m_accounts.staffParis);
        QCOMPARE(rest.status, 201);
        QCOMPARE(rest.json().value(u"payment"_qs).toObject().value(u"status"_qs).toString(), u"refunded"_qs);
        QCOMPARE(amountOf(getOrder(idOf(order), m_alice).value(u"refunded_total"_qs)), total);
    }

    void cancellationWhoseRefundAnswerWasLostRefundsOnceWhenRetried()
    {
        const QJsonObject order = newOrder(m_alice, 2);
        const QString sku = skuOf(order);
        const Reply paid = payByCard(idOf(order), m_alice, u"4000000000005134"_qs);
        QCOMPARE(paid.status, 201);
        const QString paymentId = paid.json().value(u"id"_qs).toString();
        const qint64 reserved = reservedAtParis(sku);

        auto c = m_server.client();
        const Reply lost = c.post(orderPath(idOf(order)) + "/cancel", {}, m_accounts.staffParis);
        QCOMPARE(lost.status, 502);
        QCOMPARE(lost.json().value(u"failure_code"_qs).toString(), u"processor_timeout"_qs);
        const QJsonObject unchanged = getOrder(idOf(order), m_alice);
        QCOMPARE(unchanged.value(u"status"_qs).toString(), u"paid"_qs);
        QCOMPARE(amountOf(unchanged.value(u"refunded_total"_qs)), 0);
        QCOMPARE(reservedAtParis(sku), reserved);

        // Cancelling again gets the processor's refund back instead of asking for a second one
        // (which it would refuse: the first already returned the whole charge).
        const Reply cancelled = c.post(orderPath(idOf(order)) + "/cancel", {}, m_accounts.staffParis);
        QCOMPARE(cancelled.status, 200);
        QCOMPARE(cancelled.json().value(u"status"_qs).toString(), u"cancelled"_qs);
        QCOMPARE(amountOf(cancelled.json().value(u"refunded_total"_qs)), totalOf(order));
        QCOMPARE(reservedAtParis(sku), reserved - 2);
        QCOMPARE(refund(paymentId, 1, m_accounts.staffParis).status, 422);
        QCOMPARE(c.post(orderPath(idOf(order)) + "/cancel", {}, m_accounts.staffParis).status, 409);
    }

    void signedRefundWebhookIsAppliedOnce()
    {
        const QJsonObject order = newOrder(m_alice, 3);
        const Reply paid = payByCard(idOf(order), m_alice);
        QCOMPARE(paid.status, 201);
        const QString paymentId = paid.json().value(u"id"_qs).toString();
        const qint64 total = totalOf(order);

        const QByteArray confirm = event(u"evt_capture_1"_qs, u"payment.captured"_qs, paymentId, total);
        const Reply confirmed = webhook(confirm, signature(confirm, QDateTime::currentSecsSinceEpoch()));
        QCOMPARE(confirmed.status, 200);
        QCOMPARE(confirmed.json().value(u"status"_qs).toString(), u"confirmed"_qs);

        const QByteArray body = event(u"evt_refund_1"_qs, u"payment.refunded"_qs, paymentId, 700);
        const Reply applied = webhook(body, signature(body, QDateTime::currentSecsSinceEpoch()));
        QCOMPARE(applied.status, 200);
        QCOMPARE(applied.json().value(u"status"_qs).toString(), u"applied"_qs);
        QCOMPARE(applied.json().value(u"id"_qs).toString(), u"evt_refund_1"_qs);
        QCOMPARE(amountOf(getOrder(idOf(order), m_alice).value(u"refunded_total"_qs)), 700);

        // The processor retries: the same event is acknowledged, not applied twice.
        for (int i = 0; i < 3; ++i) {
            const Reply again = webhook(body, signature(body, QDateTime::currentSecsSinceEpoch()));
            QCOMPARE(again.status, 200);
            QCOMPARE(again.json().value(u"status"_qs).toString(), u"duplicate"_qs);
        }
        QCOMPARE(amountOf(getOrder(idOf(order), m_alice).value(u"refunded_total"_qs)), 700);

        // A processor refund never takes the total above the capture.
        const QByteArray huge = event(u"evt_refund_2"_qs, u"payment.refunded"_qs, paymentId, total * 10);
        QCOMPARE(webhook(huge, signature(huge, QDateTime::currentSecsSinceEpoch())).status, 200);
        QCOMPARE(amountOf(getOrder(idOf(order), m_alice).value(u"refunded_total"_qs)), total);
        QCOMPARE(refund(paymentId, 1, m_accounts.staffParis).status, 422);

        // Events about nothing we know are acknowledged and ignored.
        const QByteArray stranger = event(u"evt_other"_qs, u"payment.refunded"_qs, u"pay_unknown"_qs, 100);
        const Reply ignored = webhook(stranger, signature(stranger, QDateTime::currentSecsSinceEpoch()));
        QCOMPARE(ignored.status, 200);
        QCOMPARE(ignored.json().value(u"status"_qs).toString(), u"ignored"_qs);
    }

    void webhookRefundsOnlyWhatWasCaptured()
    {
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        // Another currency or a negative amount is not a refund of this payment.
        const QJsonObject order = newOrder(m_alice, 2);
        const Reply paid = payByCard(idOf(order), m_alice);
        QCOMPARE(paid.status, 201);
        const QString paymentId = paid.json().value(u"id"_qs).toString();
        const QByteArray dollars =
            QJsonDocument(
                QJsonObject{{u"id"_qs, u"evt_usd"_qs},
                            {u"type"_qs, u"payment.refunded"_qs},
                            {u"data"_qs, QJsonObject{{u"payment_id"_qs, paymentId},
                                                     {u"amount"_qs, foreignMoney(300, u"USD"_qs)}}}})
                .toJson(QJsonDocument::Compact);
        const Reply usd = webhook(dollars, signature(dollars, now));
        QCOMPARE(usd.status, 422);
        QCOMPARE(usd.errorFields(), QStringList{u"data.amount"_qs});
        const QByteArray negative = event(u"evt_negative"_qs, u"payment.refunded"_qs, paymentId, -300);
        QCOMPARE(webhook(negative, signature(negative, now)).status, 422);
        QCOMPARE(amountOf(getOrder(idOf(order), m_alice).value(u"refunded_total"_qs)), 0);

        // A declined charge captured nothing, so there is nothing to refund.
        const QJsonObject unpaid = newOrder(m_alice, 2);
        const Reply declined = payByCard(idOf(unpaid), m_alice, u"4000000000000002"_qs);
        QCOMPARE(declined.json().value(u"status"_qs).toString(), u"declined"_qs);
        const QByteArray body = event(u"evt_refund_declined"_qs, u"payment.refunded"_qs,
                                      declined.json().value(u"id"_qs).toString(), 500);
        // Acknowledged and ignored, as a refund beyond the capture is applied only up to it (here
        // nothing): the event is valid, a non-2xx answer would only make the processor send it again.
        const Reply r = webhook(body, signature(body, now));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json().value(u"status"_qs).toString(), u"ignored"_qs);
        const QJsonObject after = getOrder(idOf(unpaid), m_alice);
        QCOMPARE(amountOf(after.value(u"paid_total"_qs)), 0);
        QCOMPARE(amountOf(after.value(u"refunded_total"_qs)), 0); // never more refunded than captured
        QCOMPARE(after.value(u"status"_qs).toString(), u"pending_payment"_qs);
    }

    void orderWithNothingToPayIsPaidWhenPlaced()
    {
        auto c = m_server.client();
        QCOMPARE(c.post("/api/v1/promotions", {{u"code"_qs, u"ALLFREE"_qs}, {u"percent_off"_qs, 100}},
                        m_accounts.manager)
                     .status,
                 201);
        const Reply placed =
            c.post("/api/v1/orders",
                   {{u"lines"_qs, QJsonArray{QJsonObject{{u"sku"_qs, m_skus[0]}, {u"quantity"_qs, 1}}}},
                    {u"promo_code"_qs, u"ALLFREE"_qs}},
                   m_accounts.staffParis, idempotencyKey(nextKey()));
        QCOMPARE(placed.status, 201);
        QCOMPARE(totalOf(placed.json()), 0);
        const QString id = idOf(placed.json());
        // An order is paid when its captured payments cover its total, and a payment is at least
        // 1 (API.md, split payments): with nothing to pay, no payment is needed, or possible.
        QCOMPARE(placed.json().value(u"status"_qs).toString(), u"paid"_qs);
        QVERIFY(placed.json().value(u"reservation_expires_at"_qs).isNull());
        QCOMPARE(pay(id, cash(eur(0)), m_accounts.staffParis).status, 409);
        QCOMPARE(getOrder(id, m_accounts.staffParis).value(u"status"_qs).toString(), u"paid"_qs);
        QCOMPARE(c.post(orderPath(id) + "/status", {{u"status"_qs, u"completed"_qs}}, m_accounts.staffParis)
                     .status,
                 200);
    }

    void badWebhookSignaturesAreRejected()
    {
        const QJsonObject order = newOrder(m_alice, 2);
        const Reply paid = payByCard(idOf(order), m_alice);
        QCOMPARE(paid.status, 201);
        const QString paymentId = paid.json().value(u"id"_qs).toString();
        const QByteArray body = event(u"evt_forged"_qs, u"payment.refunded"_qs, paymentId, 500);
        const qint64 now = QDateTime::currentSecsSinceEpoch();

        const auto expectRejected = [&](const std::string& header, const QByteArray& sent, const char* what) {
            const Reply r = webhook(sent, header);
            QVERIFY2(r.status == 400, what);
            QVERIFY2(r.header("Content-Type").starts_with("application/problem+json"), what);
            QVERIFY2(r.json().value(u"status"_qs).toInt() == 400, what);
        };
        expectRejected({}, body, "missing signature");
        expectRejected(signature(body, now, "another-secret-another-secret-00"), body, "wrong secret");
        expectRejected("t=" + std::to_string(now) + ",v1=" + std::string(64, 'a'), body, "wrong digest");
        expectRejected(signature(body, now - 600), body, "ten minutes old");
        expectRejected(signature(body, now + 600), body, "ten minutes ahead");
        expectRejected(signature(body, now), event(u"evt_forged"_qs, u"payment.refunded"_qs, paymentId, 5000),
                       "body changed after signing");
        expectRejected("garbage", body, "malformed header");
        expectRejected("t=abc,v1=00", body, "malformed timestamp");
        expectRejected("v1=" + signature(body, now).substr(signature(body, now).find("v1=") + 3), body,
                       "no timestamp");
        QCOMPARE(amountOf(getOrder(idOf(order), m_alice).value(u"refunded_total"_qs)), 0);

        // The genuine event with that id is still applied: the forgeries did not consume it.
        const Reply genuine = webhook(body, signature(body, now));
        QCOMPARE(genuine.status, 200);
        QCOMPARE(genuine.json().value(u"status"_qs).toString(), u"applied"_qs);
        QCOMPARE(amountOf(getOrder(idOf(order), m_alice).value(u"refunded_total"_qs)), 500);

        // Signed but not an event.
        const QByteArray junk = "{not json";
        QCOMPARE(webhook(junk, signature(junk, now)).status, 400);
        const QByteArray noId = R"({"type":"payment.refunded"})";
        QCOMPARE(webhook(noId, signature(noId, now)).status, 422);
    }
};

QTEST_GUILESS_MAIN(TestPayments)
#include "tst_payments.moc"
