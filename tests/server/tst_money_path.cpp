// The money path under pressure: buyers racing for the last units and for a limited promotion,
// one order per Idempotency-Key however often or concurrently it is sent, acknowledged orders
// and payments surviving kill -9, and reports that add up the orders actually made.
#include "cashdrawers.h"
#include "concurrentposts.h"
#include "demoaccounts.h"
#include "orderbodies.h"
#include "testserver.h"

#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QtTest>
#include <atomic>
#include <map>
#include <mutex>
#include <thread>

using namespace comptoir::test;

namespace {

QJsonObject lines(std::initializer_list<std::pair<QString, qint64>> items)
{
    QJsonArray out;
    for (const auto& [sku, quantity] : items)
        out.append(QJsonObject{{u"sku"_qs, sku}, {u"quantity"_qs, double(quantity)}});
    return {{u"lines"_qs, out}};
}

QJsonObject with(QJsonObject body, const QString& field, const QJsonValue& value)
{
    body.insert(field, value);
    return body;
}

constexpr auto kWebhookSecret = "fedcba9876543210fedcba9876543210";

std::string signature(const QByteArray& body, qint64 timestamp)
{
    const QByteArray payload = QByteArray::number(timestamp) + '.' + body;
    return "t=" + std::to_string(timestamp) + ",v1=" +
           QMessageAuthenticationCode::hash(payload, kWebhookSecret, QCryptographicHash::Sha256)
               .toHex()
               .toStdString();
}

// Demo accounts and a few customers of one server.
struct Accounts : DemoAccounts {
    std::vector<std::string> customers;
    QString drawerParis, drawerLyon; // an open cash session at each store, for cash payments

    bool load(TestServer& server, int customerCount, const QString& prefix)
    {
        const bool staff = signInStaff(server);
        const bool kiosks = signInKiosks(server);
        for (int i = 0; i < customerCount; ++i) {
            const QString email = u"%1-%2@example.fr"_qs.arg(prefix).arg(i);
            const RegisteredCustomer customer =
                registerCustomer(server, email, email, u"customer-password"_qs);
            if (customer.registrationStatus != 201 || customer.token.empty())
                return false;
            customers.push_back(customer.token);
        }
        if (!staff)
            return false;
        drawerParis = openDrawer(server, manager, staffParis, u"loc_paris"_qs);
        drawerLyon = openDrawer(server, manager, staffLyon, u"loc_lyon"_qs);
        return kiosks && !drawerParis.isEmpty() && !drawerLyon.isEmpty();
    }
};

// Standard-rate SKUs of the demo catalog, in catalog order.
QStringList standardSkus(HttpClient& c, int count)
{
    QStringList out;
    for (const QJsonValue& p : c.get("/api/v1/products?limit=200&sort=name").items()) {
        if (p.toObject().value(u"tax_class"_qs).toString() != u"standard")
            continue;
        for (const QJsonValue& v : p.toObject().value(u"variants"_qs).toArray())
            if (out.size() < count)
                out.append(v.toObject().value(u"sku"_qs).toString());
    }
    return out;
}

// Sets on_hand so that exactly `available` units are free at `location`.
bool setAvailable(HttpClient& c, const std::string& manager, const QString& sku, const QString& location,
                  qint64 available, const std::string& k)
{
    const QJsonObject now = stockLevel(c, sku, location);
    const qint64 target = available + now.value(u"reserved"_qs).toInteger();
    const qint64 delta = target - now.value(u"on_hand"_qs).toInteger();
    if (delta == 0)
        return true;
    return c.post("/api/v1/inventory/adjustments",
                  {{u"sku"_qs, sku},
                   {u"location_id"_qs, location},
                   {u"delta"_qs, double(delta)},
                   {u"reason"_qs, u"count"_qs}},
                  manager, idempotencyKey(k))
               .status == 201;
}

} // namespace

class TestMoneyPath : public QObject {
    Q_OBJECT

private:
    TestServer m_server{
        TestServer::Options{true, {u"--webhook-secret"_qs, QString::fromLatin1(kWebhookSecret)}}};
    Accounts m_accounts;
    QStringList m_skus;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QVERIFY(m_accounts.load(m_server, 4, u"race"_qs));
        auto c = m_server.client();
        m_skus = standardSkus(c, 16);
        QCOMPARE(m_skus.size(), 16);
    }

    void fiftyBuyersRaceForTheLastTenUnits()
    {
        auto c = m_server.client();
        const QString sku = m_skus[0];
        QVERIFY(setAvailable(c, m_accounts.manager, sku, u"loc_lyon"_qs, 10, "last-ten"));
        const QJsonObject before = stockLevel(c, sku, u"loc_lyon"_qs);
        QCOMPARE(before.value(u"available"_qs).toInteger(), 10);

        // Customers pick up, Lyon's counter sells carry-out: all from the same shelf.
        std::atomic<int> created{0}, conflicts{0}, other{0};
        std::mutex mutex;
        QStringList problems;
        QSet<QString> orderIds;
        std::vector<std::thread> buyers;
        for (int i = 0; i < 50; ++i)
            buyers.emplace_back([&, i] {
                HttpClient client(m_server.port());
                const bool customer = i % 2 == 0;
                const std::string& token =
                    customer ? m_accounts.customers[size_t(i / 2) % m_accounts.customers.size()]
                             : m_accounts.staffLyon;
                const QJsonObject body =
                    with(lines({{sku, 1}}), u"fulfillment"_qs,
                         customer ? pickupAt(u"loc_lyon"_qs) : carryOutAt(u"loc_lyon"_qs));
                const Reply r = client.post("/api/v1/orders", body, token,
                                            idempotencyKey("last-ten-" + std::to_string(i)));
                std::lock_guard lock(mutex);
                if (r.status == 201) {
                    ++created;
                    orderIds.insert(r.json().value(u"id"_qs).toString());
                } else if (r.status == 409) {
                    ++conflicts;
                    const QJsonArray shortLines = r.json().value(u"lines"_qs).toArray();
                    const QJsonObject line = shortLines.first().toObject();
                    if (shortLines.size() != 1 || line.value(u"sku"_qs).toString() != sku ||
                        line.value(u"requested"_qs).toInteger() != 1 ||
                        line.value(u"available"_qs).toInteger() != 0 ||
                        !line.value(u"available"_qs).isDouble())
                        problems.append(QString::fromStdString(r.body));
                } else {
                    ++other;
                    problems.append(u"%1 %2"_qs.arg(r.status).arg(QString::fromStdString(r.body)));
                }
            });
        for (auto& t : buyers)
            t.join();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_qs)));
        QCOMPARE(created.load(), 10);
        QCOMPARE(conflicts.load(), 40);
        QCOMPARE(other.load(), 0);
        QCOMPARE(orderIds.size(), 10);
        const QJsonObject after = stockLevel(c, sku, u"loc_lyon"_qs);
        QCOMPARE(after.value(u"reserved"_qs).toInteger(), before.value(u"reserved"_qs).toInteger() + 10);
        QCOMPARE(after.value(u"available"_qs).toInteger(), 0);
        QCOMPARE(after.value(u"on_hand"_qs).toInteger(), before.value(u"on_hand"_qs).toInteger());
        QVERIFY(after.value(u"on_hand"_qs).toInteger() >= 0 && after.value(u"reserved"_qs).toInteger() >= 0);
        // Each winner holds exactly its unit.
        qint64 held = 0;
        for (const QString& id : std::as_const(orderIds)) {
            const QJsonObject o = c.get(orderPath(id), m_accounts.manager).json();
            QCOMPARE(o.value(u"status"_qs).toString(), u"pending_payment"_qs);
            held += o.value(u"lines"_qs).toArray().first().toObject().value(u"quantity"_qs).toInteger();
        }
        QCOMPARE(held, 10);
    }

    // Concurrent writes commit together (group commit). An order refused for its second line has
    // already reserved its first when it fails: that reservation must vanish with it, while the
    // orders committed in the same transaction stay.
    void refusedOrdersInACrowdLeaveNoTrace()
    {
        auto c = m_server.client();
        const QString plenty = m_skus[8], scarce = m_skus[9];
        QVERIFY(setAvailable(c, m_accounts.manager, plenty, u"loc_lyon"_qs, 1000, "crowd-plenty"));
        QVERIFY(setAvailable(c, m_accounts.manager, scarce, u"loc_lyon"_qs, 10, "crowd-scarce"));
        const QJsonObject plentyBefore = stockLevel(c, plenty, u"loc_lyon"_qs);
        const QJsonObject scarceBefore = stockLevel(c, scarce, u"loc_lyon"_qs);

        std::atomic<int> created{0}, conflicts{0};
        std::mutex mutex;
        QStringList problems, createdIds;
        std::vector<std::thread> buyers;
        for (int i = 0; i < 40; ++i)
            buyers.emplace_back([&, i] {
                HttpClient client(m_server.port());
                const QJsonObject body =
                    with(lines({{plenty, 1}, {scarce, 1}}), u"fulfillment"_qs, carryOutAt(u"loc_lyon"_qs));
                const Reply r = client.post("/api/v1/orders", body, m_accounts.staffLyon,
                                            idempotencyKey("crowd-" + std::to_string(i)));
                std::lock_guard lock(mutex);
                if (r.status == 201) {
                    ++created;
                    createdIds.append(r.json().value(u"id"_qs).toString());
                } else if (r.status == 409 &&
                           r.json().value(u"lines"_qs).toArray() ==
                               QJsonArray{QJsonObject{
                                   {u"sku"_qs, scarce}, {u"requested"_qs, 1}, {u"available"_qs, 0}}}) {
                    ++conflicts;
                } else {
                    problems.append(u"%1 %2"_qs.arg(r.status).arg(QString::fromStdString(r.body)));
                }
            });
        for (auto& t : buyers)
            t.join();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_qs)));
        QCOMPARE(created.load(), 10);
        QCOMPARE(conflicts.load(), 30);

        // Ten units of each reserved: the thirty refused orders' first lines left nothing behind.
        const QJsonObject plentyAfter = stockLevel(c, plenty, u"loc_lyon"_qs);
        QCOMPARE(plentyAfter.value(u"reserved"_qs).toInteger(),
                 plentyBefore.value(u"reserved"_qs).toInteger() + 10);
        QCOMPARE(plentyAfter.value(u"available"_qs).toInteger(), 990);
        QCOMPARE(stockLevel(c, scarce, u"loc_lyon"_qs).value(u"reserved"_qs).toInteger(),
                 scarceBefore.value(u"reserved"_qs).toInteger() + 10);
        // The journal shows ten reservations of the plentiful SKU, one per order that exists.
        const Reply journal =
            c.get("/api/v1/inventory/movements?location_id=loc_lyon&limit=200&sku=" + urlEncode(plenty),
                  m_accounts.manager);
        QCOMPARE(journal.status, 200);
        QStringList reservedFor;
        for (const QJsonValue& m : journal.items())
            if (m.toObject().value(u"reason"_qs).toString() == u"reserved")
                reservedFor.append(m.toObject().value(u"cause_id"_qs).toString());
        reservedFor.sort();
        createdIds.sort();
        QCOMPARE(reservedFor, createdIds);
        for (const QString& id : std::as_const(createdIds))
            QCOMPARE(c.get(orderPath(id), m_accounts.manager).json().value(u"status"_qs).toString(),
                     u"pending_payment"_qs);
    }

    void twentyOrdersRaceForAFiveUsePromotion()
    {
        auto c = m_server.client();
        const QString sku = m_skus[1];
        QVERIFY(setAvailable(c, m_accounts.manager, sku, u"loc_paris"_qs, 1000, "promo-stock"));
        const Reply promo = c.post(
            "/api/v1/promotions",
            {{u"code"_qs, u"FIVEONLY"_qs}, {u"percent_off"_qs, 20}, {u"max_uses"_qs, 5}}, m_accounts.manager);
        QCOMPARE(promo.status, 201);
        QCOMPARE(promo.json().value(u"uses"_qs).toInteger(), 0);

        std::atomic<int> accepted{0}, refused{0}, other{0};
        std::mutex mutex;
        QStringList acceptedIds, problems;
        std::vector<std::thread> buyers;
        for (int i = 0; i < 20; ++i)
            buyers.emplace_back([&, i] {
                HttpClient client(m_server.port());
                const QJsonObject body =
                    with(with(lines({{sku, 1}}), u"fulfillment"_qs, carryOutAt(u"loc_paris"_qs)),
                         u"promo_code"_qs, u"FIVEONLY"_qs);
                const Reply r =
                    client.post("/api/v1/orders", body, i % 2 ? m_accounts.staffParis : m_accounts.manager,
                                idempotencyKey("five-" + std::to_string(i)));
                std::lock_guard lock(mutex);
                if (r.status == 201) {
                    ++accepted;
                    acceptedIds.append(r.json().value(u"id"_qs).toString());
                    if (amountOf(r.json().value(u"totals"_qs).toObject().value(u"discount"_qs)) <= 0)
                        problems.append(u"no discount: "_qs + QString::fromStdString(r.body));
                } else if (r.status == 422 && r.errorFields() == QStringList{u"promo_code"_qs}) {
                    ++refused;
                } else {
                    ++other;
                    problems.append(u"%1 %2"_qs.arg(r.status).arg(QString::fromStdString(r.body)));
                }
            });
        for (auto& t : buyers)
            t.join();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_qs)));
        QCOMPARE(accepted.load(), 5);
        QCOMPARE(refused.load(), 15);
        QCOMPARE(other.load(), 0);
        const auto uses = [&] {
            for (const QJsonValue& p : c.get("/api/v1/promotions", m_accounts.manager).items())
                if (p.toObject().value(u"code"_qs).toString() == u"FIVEONLY")
                    return p.toObject().value(u"uses"_qs).toInteger();
            return qint64(-1);
        };
        QCOMPARE(uses(), 5);
        // A cancelled order gives its use back, and the next buyer gets it.
        QCOMPARE(c.post(orderPath(acceptedIds.first()) + "/cancel", {}, m_accounts.manager).status, 200);
        QCOMPARE(uses(), 4);
        const QJsonObject body = with(with(lines({{sku, 2}}), u"fulfillment"_qs, carryOutAt(u"loc_paris"_qs)),
                                      u"promo_code"_qs, u"fiveonly"_qs);
        QCOMPARE(c.post("/api/v1/orders", body, m_accounts.staffParis, idempotencyKey("five-late")).status,
                 201);
        QCOMPARE(uses(), 5);
        QCOMPARE(c.post("/api/v1/quotes", body).errorFields(), QStringList{u"promo_code"_qs});
    }

    void oneKeySentAHundredTimesPlacesOneOrder()
    {
        auto c = m_server.client();
        const QString sku = m_skus[2];
        QVERIFY(setAvailable(c, m_accounts.manager, sku, u"loc_paris"_qs, 100, "hundred-stock"));
        const qint64 reservedBefore = stockLevel(c, sku, u"loc_paris"_qs).value(u"reserved"_qs).toInteger();
        const QJsonObject body = with(lines({{sku, 3}}), u"fulfillment"_qs, pickupAt(u"loc_paris"_qs));
        const std::string& customer = m_accounts.customers[0];
        const Reply first = c.post("/api/v1/orders", body, customer, idempotencyKey("hundred"));
        QCOMPARE(first.status, 201);
        QVERIFY(first.header("Idempotent-Replayed").empty());
        const QString id = first.json().value(u"id"_qs).toString();
        int replays = 0;
        for (int i = 1; i < 100; ++i) {
            const Reply again = c.post("/api/v1/orders", body, customer, idempotencyKey("hundred"));
            QCOMPARE(again.status, 201);
            QCOMPARE(again.json().value(u"id"_qs).toString(), id);
            QCOMPARE(again.body, first.body);
            replays += again.header("Idempotent-Replayed") == "true";
        }
        QCOMPARE(replays, 99);
        QCOMPARE(stockLevel(c, sku, u"loc_paris"_qs).value(u"reserved"_qs).toInteger(), reservedBefore + 3);
        int mine = 0;
        for (const QJsonValue& o : c.get("/api/v1/orders?limit=200", customer).items())
            mine +=
                o.toObject().value(u"lines"_qs).toArray().first().toObject().value(u"sku"_qs).toString() ==
                sku;
        QCOMPARE(mine, 1);

        // The key with another body is refused and changes nothing.
        const Reply otherBody =
            c.post("/api/v1/orders", with(lines({{sku, 4}}), u"fulfillment"_qs, pickupAt(u"loc_paris"_qs)),
                   customer, idempotencyKey("hundred"));
        QCOMPARE(otherBody.status, 422);
        QCOMPARE(otherBody.errorFields(), QStringList{u"Idempotency-Key"_qs});
        QCOMPARE(stockLevel(c, sku, u"loc_paris"_qs).value(u"reserved"_qs).toInteger(), reservedBefore + 3);
        // Keys belong to whoever sends them: another customer's "hundred" is another order.
        const Reply someoneElse =
            c.post("/api/v1/orders", body, m_accounts.customers[1], idempotencyKey("hundred"));
        QCOMPARE(someoneElse.status, 201);
        QVERIFY(someoneElse.header("Idempotent-Replayed").empty());
        QVERIFY(someoneElse.json().value(u"id"_qs).toString() != id);
        QCOMPARE(stockLevel(c, sku, u"loc_paris"_qs).value(u"reserved"_qs).toInteger(), reservedBefore + 6);
    }

    void oneKeySentByTwentyThreadsPlacesOneOrder()
    {
        auto c = m_server.client();
        const QString sku = m_skus[3];
        QVERIFY(setAvailable(c, m_accounts.manager, sku, u"loc_lyon"_qs, 100, "twenty-stock"));
        const qint64 reservedBefore = stockLevel(c, sku, u"loc_lyon"_qs).value(u"reserved"_qs).toInteger();
        const QJsonObject body = with(lines({{sku, 2}}), u"fulfillment"_qs, carryOutAt(u"loc_lyon"_qs));
        const RaceTally race =
            postConcurrently(m_server.port(), "/api/v1/orders", body, m_accounts.kioskLyon, "twenty", 20);
        QCOMPARE(race.created, 1);
        QCOMPARE(race.other, 0);
        QCOMPARE(race.created + race.replayed + race.inFlight, 20);
        QCOMPARE(race.ids.size(), 1);
        QCOMPARE(stockLevel(c, sku, u"loc_lyon"_qs).value(u"reserved"_qs).toInteger(), reservedBefore + 2);
        QCOMPARE(c.get("/api/v1/orders?limit=200", m_accounts.kioskLyon).items().size(), 1);
        const Reply late = c.post("/api/v1/orders", body, m_accounts.kioskLyon, idempotencyKey("twenty"));
        QCOMPARE(late.header("Idempotent-Replayed"), std::string("true"));
        QCOMPARE(late.json().value(u"id"_qs).toString(), *race.ids.begin());
    }

    void acknowledgedOrdersAndPaymentsSurviveKillNine()
    {
        TestServer server;
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        Accounts accounts;
        QVERIFY(accounts.load(server, 1, u"durable"_qs));
        auto c = server.client();
        const QStringList skus = m_skus.mid(4, 4);
        for (const QString& sku : skus)
            QVERIFY(setAvailable(c, accounts.manager, sku, u"loc_paris"_qs, 100'000,
                                 "stock-" + sku.toStdString()));

        // A few orders in every state, one by one.
        const auto placeAs = [&](const std::string& token, const QJsonObject& body, const std::string& k) {
            return c.post("/api/v1/orders", body, token, idempotencyKey(k));
        };
        const QJsonObject counter =
            with(lines({{skus[0], 2}}), u"fulfillment"_qs, carryOutAt(u"loc_paris"_qs));
        const QString pending =
            placeAs(accounts.staffParis, counter, "d-pending").json().value(u"id"_qs).toString();
        const QString paidCash =
            placeAs(accounts.staffParis, counter, "d-cash").json().value(u"id"_qs).toString();
        const Reply cash =
            c.post(orderPath(paidCash) + "/payments",
                   throughDrawer({{u"method"_qs, u"cash"_qs}, {u"tendered"_qs, eur(1'000'000)}},
                                 accounts.drawerParis),
                   accounts.staffParis, idempotencyKey("d-cash-pay"));
        QCOMPARE(cash.status, 201);
        const QJsonObject pickup = with(lines({{skus[1], 1}}), u"fulfillment"_qs, pickupAt(u"loc_paris"_qs));
        const QString paidCard =
            placeAs(accounts.customers[0], pickup, "d-card").json().value(u"id"_qs).toString();
        const QString token =
            c.post("/api/v1/payments/tokens", {{u"number"_qs, u"4242424242424242"_qs},
                                               {u"exp_month"_qs, 6},
                                               {u"exp_year"_qs, QDate::currentDate().year() + 2},
                                               {u"cvc"_qs, u"737"_qs}})
                .json()
                .value(u"token"_qs)
                .toString();
        const Reply card =
            c.post(orderPath(paidCard) + "/payments", {{u"method"_qs, u"card"_qs}, {u"token"_qs, token}},
                   accounts.customers[0], idempotencyKey("d-card-pay"));
        QCOMPARE(card.status, 201);
        const QString completed =
            placeAs(accounts.staffParis, counter, "d-done").json().value(u"id"_qs).toString();
        QCOMPARE(c.post(orderPath(completed) + "/payments",
                        throughDrawer({{u"method"_qs, u"cash"_qs}, {u"tendered"_qs, eur(1'000'000)}},
                                      accounts.drawerParis),
                        accounts.staffParis, idempotencyKey("d-done-pay"))
                     .status,
                 201);
        QCOMPARE(
            c.post(orderPath(completed) + "/status", {{u"status"_qs, u"completed"_qs}}, accounts.staffParis)
                .status,
            200);
        const QString cancelled =
            placeAs(accounts.staffParis, counter, "d-cancel").json().value(u"id"_qs).toString();
        QCOMPARE(c.post(orderPath(cancelled) + "/cancel", {}, accounts.staffParis).status, 200);
        const std::map<QString, QString> expected = {{pending, u"pending_payment"_qs},
                                                     {paidCash, u"paid"_qs},
                                                     {paidCard, u"paid"_qs},
                                                     {completed, u"completed"_qs},
                                                     {cancelled, u"cancelled"_qs}};

        // Then a stream of concurrent orders and cash payments, cut by kill -9.
        struct Attempt {
            QString orderId;
            std::string orderKey, payKey;
            QJsonObject body;
            bool orderAcknowledged = false, payAttempted = false, payAcknowledged = false;
            QString paymentId;
            QJsonObject order;
        };
        std::mutex mutex;
        std::vector<Attempt> attempts;
        std::atomic<bool> stop{false};
        std::atomic<int> acknowledged{0};
        const int port = server.port();
        std::vector<std::thread> writers;
        for (int w = 0; w < 4; ++w)
            writers.emplace_back([&, w] {
                HttpClient client(port);
                const std::string& who = w % 2 ? accounts.staffParis : accounts.kioskParis;
                for (int i = 0; !stop && i < 10000; ++i) {
                    Attempt a;
                    a.orderKey = "stream-o-" + std::to_string(w) + "-" + std::to_string(i);
                    a.payKey = "stream-p-" + std::to_string(w) + "-" + std::to_string(i);
                    a.body = with(lines({{skus[size_t(w)], qint64(i % 3 + 1)}}), u"fulfillment"_qs,
                                  carryOutAt(u"loc_paris"_qs));
                    const Reply r = client.post("/api/v1/orders", a.body, who, idempotencyKey(a.orderKey));
                    a.orderAcknowledged = r.status == 201;
                    if (a.orderAcknowledged) {
                        a.order = r.json();
                        a.orderId = a.order.value(u"id"_qs).toString();
                        ++acknowledged;
                        if (i % 3 != 0) {
                            // The counter takes cash for its own and the kiosk's orders.
                            a.payAttempted = true;
                            const Reply p =
                                client.post(orderPath(a.orderId) + "/payments",
                                            throughDrawer({{u"method"_qs, u"cash"_qs},
                                                           {u"tendered"_qs, eur(totalOf(a.order))}},
                                                          accounts.drawerParis),
                                            accounts.staffParis, idempotencyKey(a.payKey));
                            a.payAcknowledged = p.status == 201;
                            a.paymentId = p.json().value(u"id"_qs).toString();
                        }
                    }
                    std::lock_guard lock(mutex);
                    attempts.push_back(a);
                    if (r.status == 0)
                        break; // the server is gone
                }
            });
        QTRY_VERIFY_WITH_TIMEOUT(acknowledged.load() >= 40, 60000);
        server.killHard();
        stop = true;
        for (auto& t : writers)
            t.join();

        QVERIFY2(server.start(), qPrintable(server.lastError()));
        auto after = server.client();
        for (const auto& [id, status] : expected) {
            const Reply r = after.get(orderPath(id), accounts.manager);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json().value(u"status"_qs).toString(), status);
        }
        QCOMPARE(
            amountOf(after.get(orderPath(paidCard), accounts.customers[0]).json().value(u"paid_total"_qs)),
            amountOf(card.json().value(u"amount"_qs)));
        // The acknowledged payments replay as they were answered.
        const Reply cardAgain =
            after.post(orderPath(paidCard) + "/payments", {{u"method"_qs, u"card"_qs}, {u"token"_qs, token}},
                       accounts.customers[0], idempotencyKey("d-card-pay"));
        QCOMPARE(cardAgain.status, 201);
        QCOMPARE(cardAgain.header("Idempotent-Replayed"), std::string("true"));
        QCOMPARE(cardAgain.body, card.body);

        int acknowledgedOrders = 0, acknowledgedPayments = 0;
        for (const Attempt& a : attempts) {
            if (!a.orderAcknowledged)
                continue;
            ++acknowledgedOrders;
            const Reply r = after.get(orderPath(a.orderId), accounts.manager);
            QVERIFY2(r.status == 200, qPrintable(u"acknowledged order %1 is gone"_qs.arg(a.orderId)));
            const QJsonObject o = r.json();
            QCOMPARE(o.value(u"number"_qs), a.order.value(u"number"_qs));
            QCOMPARE(o.value(u"totals"_qs), a.order.value(u"totals"_qs));
            QCOMPARE(o.value(u"lines"_qs), a.order.value(u"lines"_qs));
            if (a.payAcknowledged) {
                ++acknowledgedPayments;
                QCOMPARE(o.value(u"status"_qs).toString(), u"paid"_qs);
                QCOMPARE(amountOf(o.value(u"paid_total"_qs)), totalOf(a.order));
                const Reply again = after.post(
                    orderPath(a.orderId) + "/payments",
                    throughDrawer({{u"method"_qs, u"cash"_qs}, {u"tendered"_qs, eur(totalOf(a.order))}},
                                  accounts.drawerParis),
                    accounts.staffParis, idempotencyKey(a.payKey));
                QCOMPARE(again.status, 201);
                QCOMPARE(again.header("Idempotent-Replayed"), std::string("true"));
                QCOMPARE(again.json().value(u"id"_qs).toString(), a.paymentId);
            } else if (!a.payAttempted) {
                QCOMPARE(o.value(u"status"_qs).toString(), u"pending_payment"_qs);
            } else {
                // Cut mid-flight: paid in full or not at all.
                const bool paid = o.value(u"status"_qs).toString() == u"paid";
                QCOMPARE(amountOf(o.value(u"paid_total"_qs)), paid ? totalOf(a.order) : 0);
            }
        }
        QVERIFY(acknowledgedOrders >= 40);
        QVERIFY(acknowledgedPayments > 0);

        // Stock reserved is exactly what the open orders hold, whatever was cut.
        std::map<QString, qint64> held;
        for (const QJsonValue& order : everyItem(after, "/api/v1/orders?limit=200", accounts.manager)) {
            const QJsonObject o = order.toObject();
            const QString status = o.value(u"status"_qs).toString();
            if (status != u"pending_payment" && status != u"paid")
                continue;
            for (const QJsonValue& l : o.value(u"lines"_qs).toArray())
                held[l.toObject().value(u"sku"_qs).toString()] +=
                    l.toObject().value(u"quantity"_qs).toInteger();
        }
        for (const QString& sku : skus) {
            const QJsonObject stock = stockLevel(after, sku, u"loc_paris"_qs);
            QCOMPARE(stock.value(u"reserved"_qs).toInteger(), held[sku]);
            QCOMPARE(stock.value(u"available"_qs).toInteger(),
                     stock.value(u"on_hand"_qs).toInteger() - stock.value(u"reserved"_qs).toInteger());
        }
    }

    void reportsAddUpTheOrdersMade()
    {
        TestServer server(TestServer::Options{true, {u"--terminal-delay-ms"_qs, u"0"_qs}});
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        Accounts accounts;
        QVERIFY(accounts.load(server, 1, u"reports"_qs));
        auto c = server.client();
        const QStringList skus = m_skus.mid(0, 6);
        for (const QString& sku : skus)
            for (const QString& location :
                 {u"loc_paris"_qs, u"loc_lyon"_qs, u"loc_bordeaux"_qs, u"loc_warehouse"_qs})
                QVERIFY(setAvailable(c, accounts.manager, sku, location, 500,
                                     "rep-" + sku.toStdString() + location.toStdString()));
        QCOMPARE(c.post("/api/v1/promotions", {{u"code"_qs, u"REPORT15"_qs}, {u"percent_off"_qs, 15}},
                        accounts.manager)
                     .status,
                 201);
        const std::string& customer = accounts.customers[0];
        const auto cardToken = [&] {
            return c
                .post("/api/v1/payments/tokens", {{u"number"_qs, u"4242424242424242"_qs},
                                                  {u"exp_month"_qs, 6},
                                                  {u"exp_year"_qs, QDate::currentDate().year() + 2},
                                                  {u"cvc"_qs, u"737"_qs}})
                .json()
                .value(u"token"_qs)
                .toString();
        };

        struct Made {
            QString id;
            QJsonObject quote;
            QString payment;
        };
        QList<Made> made;
        int keys = 0;
        const auto order = [&](const std::string& token, const QJsonObject& body,
                               const QJsonObject& payBody) {
            Made m;
            m.quote = c.post("/api/v1/quotes", body, token).json();
            const Reply placed =
                c.post("/api/v1/orders", body, token, idempotencyKey("rep-o-" + std::to_string(++keys)));
            m.id = placed.json().value(u"id"_qs).toString();
            if (!payBody.isEmpty()) {
                QJsonObject p = payBody;
                if (p.value(u"method"_qs).toString() == u"cash")
                    p.insert(u"tendered"_qs, eur(totalOf(placed.json()) + 500));
                const Reply paid = c.post(orderPath(m.id) + "/payments", p, token,
                                          idempotencyKey("rep-p-" + std::to_string(keys)));
                m.payment = paid.json().value(u"id"_qs).toString();
            }
            made.append(m);
            return placed.status == 201 && (payBody.isEmpty() || !m.payment.isEmpty());
        };
        const QJsonObject cash = throughDrawer({{u"method"_qs, u"cash"_qs}}, accounts.drawerParis);
        const QJsonObject terminal{{u"method"_qs, u"terminal"_qs}};
        const auto card = [&] { return QJsonObject{{u"method"_qs, u"card"_qs}, {u"token"_qs, cardToken()}}; };
        const QJsonObject parisCounter = carryOutAt(u"loc_paris"_qs);
        // pos at Paris: three paid (one completed, one with a promotion)
        QVERIFY(order(accounts.staffParis,
                      with(lines({{skus[0], 2}, {skus[1], 1}}), u"fulfillment"_qs, parisCounter), cash));
        QVERIFY(order(accounts.staffParis,
                      with(with(lines({{skus[0], 1}, {skus[2], 3}}), u"fulfillment"_qs, parisCounter),
                           u"promo_code"_qs, u"REPORT15"_qs),
                      cash));
        QVERIFY(
            order(accounts.staffParis, with(lines({{skus[3], 1}}), u"fulfillment"_qs, parisCounter), cash));
        QCOMPARE(c.post(orderPath(made.last().id) + "/status", {{u"status"_qs, u"completed"_qs}},
                        accounts.staffParis)
                     .status,
                 200);
        // kiosk at Lyon: two paid by terminal
        QVERIFY(order(accounts.kioskLyon, lines({{skus[1], 2}}), terminal));
        QVERIFY(order(accounts.kioskLyon, lines({{skus[4], 1}, {skus[0], 1}}), terminal));
        // web: two deliveries, one pickup at Bordeaux, all by card; one partly refunded
        const QJsonObject home{{u"type"_qs, u"delivery"_qs},
                               {u"address"_qs, u"3 quai des Chartrons, Bordeaux"_qs}};
        QVERIFY(order(customer, with(lines({{skus[5], 2}}), u"fulfillment"_qs, home), card()));
        QVERIFY(order(customer, with(lines({{skus[2], 1}}), u"fulfillment"_qs, home), card()));
        QCOMPARE(c.post("/api/v1/payments/" + made.last().payment.toStdString() + "/refunds",
                        {{u"amount"_qs, eur(250)}}, accounts.manager, idempotencyKey("rep-refund"))
                     .status,
                 201);
        QVERIFY(order(customer, with(lines({{skus[3], 2}}), u"fulfillment"_qs, pickupAt(u"loc_bordeaux"_qs)),
                      card()));
        // Not sales: one unpaid, one paid then cancelled.
        QVERIFY(order(accounts.staffParis, with(lines({{skus[4], 5}}), u"fulfillment"_qs, parisCounter), {}));
        QVERIFY(
            order(accounts.staffParis, with(lines({{skus[5], 4}}), u"fulfillment"_qs, parisCounter), cash));
        QCOMPARE(c.post(orderPath(made.last().id) + "/cancel", {}, accounts.staffParis).status, 200);

        // What the reports should say, from the orders as the server now has them.
        struct Sums {
            qint64 orders = 0, subtotal = 0, discount = 0, tax = 0, total = 0, refunded = 0;
        };
        std::map<QString, std::map<QString, Sums>> expected; // group_by → key → sums
        struct Product {
            qint64 quantity = 0, revenue = 0;
            QSet<QString> orders;
        };
        std::map<QString, Product> products;
        for (const Made& m : std::as_const(made)) {
            const QJsonObject o = c.get(orderPath(m.id), accounts.manager).json();
            const QString status = o.value(u"status"_qs).toString();
            if (status == u"pending_payment" || status == u"cancelled")
                continue;
            const QJsonObject totals = o.value(u"totals"_qs).toObject();
            const QString storeKey =
                o.value(u"store_id"_qs).isNull() ? QString() : o.value(u"store_id"_qs).toString();
            for (const auto& [groupBy, groupKey] :
                 {std::pair{u"store"_qs, storeKey},
                  std::pair{u"channel"_qs, o.value(u"channel"_qs).toString()},
                  std::pair{u"day"_qs, o.value(u"created_at"_qs).toString().left(10)}}) {
                Sums& s = expected[groupBy][groupKey];
                ++s.orders;
                s.subtotal += amountOf(totals.value(u"subtotal"_qs));
                s.discount += amountOf(totals.value(u"discount"_qs));
                s.tax += amountOf(totals.value(u"tax"_qs));
                s.total += amountOf(totals.value(u"total"_qs));
                s.refunded += amountOf(o.value(u"refunded_total"_qs));
            }
            for (const QJsonValue& v : m.quote.value(u"lines"_qs).toArray()) {
                const QJsonObject l = v.toObject();
                Product& p = products[l.value(u"sku"_qs).toString()];
                p.quantity += l.value(u"quantity"_qs).toInteger();
                p.revenue += amountOf(l.value(u"line_total"_qs)) - amountOf(l.value(u"discount"_qs));
                p.orders.insert(m.id);
            }
        }
        QCOMPARE(expected[u"store"_qs].size(), size_t(4)); // Paris, Lyon, Bordeaux, and none for deliveries
        QCOMPARE(expected[u"channel"_qs].size(), size_t(3));

        for (const QString& groupBy : {u"store"_qs, u"channel"_qs, u"day"_qs}) {
            const Reply r =
                c.get("/api/v1/reports/sales?group_by=" + groupBy.toStdString(), accounts.manager);
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json().value(u"group_by"_qs).toString(), groupBy);
            const std::map<QString, Sums>& want = expected[groupBy];
            QCOMPARE(size_t(r.items().size()), want.size());
            for (const QJsonValue& v : r.items()) {
                const QJsonObject item = v.toObject();
                const QString k = item.value(u"key"_qs).toString();
                QVERIFY2(want.count(k), qPrintable(groupBy + u": unexpected key "_qs + k));
                const Sums& s = want.at(k);
                const QByteArray where = (groupBy + u' ' + k).toUtf8();
                QVERIFY2(item.value(u"orders"_qs).toInteger() == s.orders, where);
                QVERIFY2(amountOf(item.value(u"subtotal"_qs)) == s.subtotal, where);
                QVERIFY2(amountOf(item.value(u"discount"_qs)) == s.discount, where);
                QVERIFY2(amountOf(item.value(u"tax"_qs)) == s.tax, where);
                QVERIFY2(amountOf(item.value(u"total"_qs)) == s.total, where);
                QVERIFY2(amountOf(item.value(u"refunded"_qs)) == s.refunded, where);
                QVERIFY2(amountOf(item.value(u"net"_qs)) == s.total - s.refunded, where);
            }
        }
        QCOMPARE(expected[u"store"_qs][u"loc_paris"_qs].orders, 3);
        QVERIFY(expected[u"store"_qs][u""_qs].discount == 0 &&
                expected[u"store"_qs][u"loc_paris"_qs].discount > 0);
        QCOMPARE(expected[u"channel"_qs][u"web"_qs].refunded, 250);

        // Top products by revenue: every SKU sold, highest revenue first.
        const Reply top = c.get("/api/v1/reports/top-products?limit=50", accounts.manager);
        QCOMPARE(top.status, 200);
        QCOMPARE(size_t(top.items().size()), products.size());
        qint64 previous = std::numeric_limits<qint64>::max();
        for (const QJsonValue& v : top.items()) {
            const QJsonObject item = v.toObject();
            const QString sku = item.value(u"sku"_qs).toString();
            QVERIFY2(products.count(sku), qPrintable(sku));
            const QByteArray where = sku.toUtf8();
            QVERIFY2(item.value(u"quantity"_qs).toInteger() == products[sku].quantity, where);
            QVERIFY2(amountOf(item.value(u"revenue"_qs)) == products[sku].revenue, where);
            QVERIFY2(item.value(u"orders"_qs).toInteger() == products[sku].orders.size(), where);
            QVERIFY(amountOf(item.value(u"revenue"_qs)) <= previous);
            previous = amountOf(item.value(u"revenue"_qs));
        }
        // Page by page (2 a page), the same list in the same order, each item once.
        QCOMPARE(everyItem(c, "/api/v1/reports/top-products?limit=2", accounts.manager), top.items());

        // Low stock at Lyon: exactly the levels at or under the threshold, lowest first.
        QVERIFY(setAvailable(c, accounts.manager, skus[1], u"loc_lyon"_qs, 1, "rep-low"));
        QList<QJsonObject> lyon;
        for (const QJsonValue& v : everyItem(c, "/api/v1/inventory?location_id=loc_lyon&limit=200"))
            if (v.toObject().value(u"available"_qs).toInteger() <= 1)
                lyon.append(v.toObject());
        std::sort(lyon.begin(), lyon.end(), [](const QJsonObject& a, const QJsonObject& b) {
            const qint64 x = a.value(u"available"_qs).toInteger(), y = b.value(u"available"_qs).toInteger();
            return x != y ? x < y : a.value(u"sku"_qs).toString() < b.value(u"sku"_qs).toString();
        });
        const QJsonArray items = everyItem(
            c, "/api/v1/reports/low-stock?location_id=loc_lyon&threshold=1&limit=7", accounts.manager);
        QCOMPARE(items.size(), lyon.size());
        bool sawOurs = false;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonObject item = items[i].toObject();
            QCOMPARE(item.value(u"location_id"_qs).toString(), u"loc_lyon"_qs);
            QCOMPARE(item.value(u"available"_qs).toInteger(), lyon[i].value(u"available"_qs).toInteger());
            QCOMPARE(item.value(u"sku"_qs).toString(), lyon[i].value(u"sku"_qs).toString());
            QCOMPARE(item.value(u"reserved"_qs).toInteger(), lyon[i].value(u"reserved"_qs).toInteger());
            sawOurs = sawOurs || item.value(u"sku"_qs).toString() == skus[1];
        }
        QVERIFY(sawOurs);

        // An offline sale at the Lyon kiosk oversells: the only level below zero there.
        const Reply offline = c.post("/api/v1/orders", with(lines({{skus[4], 505}}), u"offline"_qs, true),
                                     accounts.kioskLyon, idempotencyKey("rep-offline"));
        QCOMPARE(offline.status, 201);
        const qint64 oversold = stockLevel(c, skus[4], u"loc_lyon"_qs).value(u"available"_qs).toInteger();
        QVERIFY(oversold < 0);
        const Reply below =
            c.get("/api/v1/reports/low-stock?location_id=loc_lyon&threshold=-1", accounts.manager);
        QCOMPARE(below.items().size(), 1);
        QCOMPARE(below.items().first().toObject().value(u"sku"_qs).toString(), skus[4]);
        QCOMPARE(below.items().first().toObject().value(u"available"_qs).toInteger(), oversold);
        QCOMPARE(c.get("/api/v1/reports/low-stock?threshold=-1", accounts.staffLyon).items().size(), 1);
    }

    void payingAndCancellingAtOnceNeverLosesMoney()
    {
        auto c = m_server.client();
        const QString sku = m_skus[12];
        QVERIFY(setAvailable(c, m_accounts.manager, sku, u"loc_paris"_qs, 1000, "pay-cancel-stock"));
        const QJsonObject before = stockLevel(c, sku, u"loc_paris"_qs);
        constexpr int kOrders = 12;
        QStringList ids, tokens;
        for (int i = 0; i < kOrders; ++i) {
            const Reply r = c.post("/api/v1/orders",
                                   with(lines({{sku, 2}}), u"fulfillment"_qs, pickupAt(u"loc_paris"_qs)),
                                   m_accounts.customers[2], idempotencyKey("pc-o-" + std::to_string(i)));
            QCOMPARE(r.status, 201);
            ids.append(r.json().value(u"id"_qs).toString());
            tokens.append(
                c.post("/api/v1/payments/tokens", {{u"number"_qs, u"4242424242424242"_qs},
                                                   {u"exp_month"_qs, 6},
                                                   {u"exp_year"_qs, QDate::currentDate().year() + 2},
                                                   {u"cvc"_qs, u"737"_qs}})
                    .json()
                    .value(u"token"_qs)
                    .toString());
        }
        // The customer pays while the store cancels (some before paying, some after).
        std::atomic<int> unexpected{0};
        std::vector<std::thread> threads;
        for (int i = 0; i < kOrders; ++i) {
            threads.emplace_back([&, i] {
                HttpClient client(m_server.port());
                const Reply r = client.post(
                    orderPath(ids[i]) + "/payments", {{u"method"_qs, u"card"_qs}, {u"token"_qs, tokens[i]}},
                    m_accounts.customers[2], idempotencyKey("pc-p-" + std::to_string(i)));
                unexpected += r.status != 201 && r.status != 409;
            });
            threads.emplace_back([&, i] {
                HttpClient client(m_server.port());
                const Reply r = client.post(orderPath(ids[i]) + "/cancel", {}, m_accounts.staffParis);
                unexpected += r.status != 200 && r.status != 409;
            });
        }
        for (auto& t : threads)
            t.join();
        QCOMPARE(unexpected.load(), 0);
        qint64 held = 0;
        for (const QString& id : std::as_const(ids)) {
            const QJsonObject o = c.get(orderPath(id), m_accounts.manager).json();
            const QString status = o.value(u"status"_qs).toString();
            const qint64 paid = amountOf(o.value(u"paid_total"_qs)),
                         refunded = amountOf(o.value(u"refunded_total"_qs));
            QVERIFY2(status == u"cancelled" || status == u"paid", qPrintable(status));
            if (status == u"paid") {
                QCOMPARE(paid, totalOf(o));
                QCOMPARE(refunded, 0);
                held += 2;
            } else {
                QVERIFY(paid == 0 || paid == totalOf(o));
                QCOMPARE(refunded, paid); // whatever was captured went back
            }
        }
        QCOMPARE(stockLevel(c, sku, u"loc_paris"_qs).value(u"reserved"_qs).toInteger(),
                 before.value(u"reserved"_qs).toInteger() + held);
    }

    void concurrentPaymentsWithDifferentKeysCaptureOnce()
    {
        auto c = m_server.client();
        const QString sku = m_skus[13];
        QVERIFY(setAvailable(c, m_accounts.manager, sku, u"loc_paris"_qs, 100, "double-pay-stock"));
        const Reply placed =
            c.post("/api/v1/orders", with(lines({{sku, 1}}), u"fulfillment"_qs, carryOutAt(u"loc_paris"_qs)),
                   m_accounts.staffParis, idempotencyKey("double-pay"));
        QCOMPARE(placed.status, 201);
        const QString id = placed.json().value(u"id"_qs).toString();
        std::atomic<int> captured{0}, conflicts{0}, other{0};
        std::vector<std::thread> threads;
        for (int i = 0; i < 10; ++i)
            threads.emplace_back([&, i] {
                HttpClient client(m_server.port());
                const QJsonObject body =
                    i % 2 ? QJsonObject{{u"method"_qs, u"terminal"_qs}}
                          : throughDrawer({{u"method"_qs, u"cash"_qs},
                                           {u"tendered"_qs, eur(totalOf(placed.json()) + i)}},
                                          m_accounts.drawerParis);
                const Reply r = client.post(orderPath(id) + "/payments", body, m_accounts.staffParis,
                                            idempotencyKey("double-pay-" + std::to_string(i)));
                if (r.status == 201 && r.json().value(u"status"_qs).toString() == u"captured")
                    ++captured;
                else
                    (r.status == 409 ? conflicts : other)++;
            });
        for (auto& t : threads)
            t.join();
        QCOMPARE(captured.load(), 1);
        QCOMPARE(conflicts.load(), 9);
        QCOMPARE(other.load(), 0);
        const QJsonObject o = c.get(orderPath(id), m_accounts.staffParis).json();
        QCOMPARE(o.value(u"status"_qs).toString(), u"paid"_qs);
        QCOMPARE(amountOf(o.value(u"paid_total"_qs)), totalOf(o));
    }

    void concurrentCompletionsTakeStockOnce()
    {
        auto c = m_server.client();
        const QString sku = m_skus[14];
        QVERIFY(setAvailable(c, m_accounts.manager, sku, u"loc_lyon"_qs, 50, "complete-stock"));
        const Reply placed =
            c.post("/api/v1/orders", with(lines({{sku, 3}}), u"fulfillment"_qs, carryOutAt(u"loc_lyon"_qs)),
                   m_accounts.staffLyon, idempotencyKey("complete-once"));
        QCOMPARE(placed.status, 201);
        const QString id = placed.json().value(u"id"_qs).toString();
        QCOMPARE(
            c.post(orderPath(id) + "/payments",
                   throughDrawer({{u"method"_qs, u"cash"_qs}, {u"tendered"_qs, eur(totalOf(placed.json()))}},
                                 m_accounts.drawerLyon),
                   m_accounts.staffLyon, idempotencyKey("complete-once-pay"))
                .status,
            201);
        const QJsonObject before = stockLevel(c, sku, u"loc_lyon"_qs);
        std::atomic<int> ok{0}, conflicts{0}, other{0};
        std::vector<std::thread> threads;
        for (int i = 0; i < 10; ++i)
            threads.emplace_back([&, i] {
                HttpClient client(m_server.port());
                const Reply r =
                    i % 3 == 0 ? client.post(orderPath(id) + "/cancel", {}, m_accounts.staffLyon)
                               : client.post(orderPath(id) + "/status", {{u"status"_qs, u"completed"_qs}},
                                             i % 2 ? m_accounts.staffLyon : m_accounts.manager);
                (r.status == 200 ? ok : r.status == 409 ? conflicts : other)++;
            });
        for (auto& t : threads)
            t.join();
        QCOMPARE(ok.load(), 1);
        QCOMPARE(conflicts.load(), 9);
        QCOMPARE(other.load(), 0);
        const QJsonObject o = c.get(orderPath(id), m_accounts.manager).json();
        const QJsonObject after = stockLevel(c, sku, u"loc_lyon"_qs);
        QCOMPARE(after.value(u"reserved"_qs).toInteger(), before.value(u"reserved"_qs).toInteger() - 3);
        if (o.value(u"status"_qs).toString() == u"completed") {
            QCOMPARE(after.value(u"on_hand"_qs).toInteger(), before.value(u"on_hand"_qs).toInteger() - 3);
            QCOMPARE(amountOf(o.value(u"refunded_total"_qs)), 0);
        } else {
            QCOMPARE(o.value(u"status"_qs).toString(), u"cancelled"_qs);
            QCOMPARE(after.value(u"on_hand"_qs).toInteger(), before.value(u"on_hand"_qs).toInteger());
            QCOMPARE(amountOf(o.value(u"refunded_total"_qs)), totalOf(o));
        }
    }

    void refundsAndWebhooksApplyOnceUnderRetries()
    {
        auto c = m_server.client();
        const QString sku = m_skus[15];
        QVERIFY(setAvailable(c, m_accounts.manager, sku, u"loc_paris"_qs, 100, "retries-stock"));
        const Reply placed =
            c.post("/api/v1/orders", with(lines({{sku, 2}}), u"fulfillment"_qs, carryOutAt(u"loc_paris"_qs)),
                   m_accounts.staffParis, idempotencyKey("retries"));
        QCOMPARE(placed.status, 201);
        const QString id = placed.json().value(u"id"_qs).toString();
        const Reply paid = c.post(orderPath(id) + "/payments", {{u"method"_qs, u"terminal"_qs}},
                                  m_accounts.staffParis, idempotencyKey("retries-pay"));
        QCOMPARE(paid.status, 201);
        const QString paymentId = paid.json().value(u"id"_qs).toString();
        const std::string refundPath = "/api/v1/payments/" + paymentId.toStdString() + "/refunds";

        // One refund sent by ten threads with one key, then a processor event delivered ten times at once.
        const QByteArray event =
            QJsonDocument(QJsonObject{{u"id"_qs, u"evt_retried"_qs},
                                      {u"type"_qs, u"payment.refunded"_qs},
                                      {u"data"_qs,
                                       QJsonObject{{u"payment_id"_qs, paymentId}, {u"amount"_qs, eur(200)}}}})
                .toJson(QJsonDocument::Compact);
        std::atomic<int> refundsMade{0}, refundReplays{0}, refundOther{0}, applied{0}, duplicates{0},
            webhookOther{0};
        std::vector<std::thread> threads;
        for (int i = 0; i < 10; ++i) {
            threads.emplace_back([&] {
                HttpClient client(m_server.port());
                const Reply r = client.post(refundPath, {{u"amount"_qs, eur(300)}}, m_accounts.staffParis,
                                            idempotencyKey("one-refund"));
                if (r.status == 201)
                    (r.header("Idempotent-Replayed") == "true" ? refundReplays : refundsMade)++;
                else if (r.status != 409)
                    ++refundOther;
            });
            threads.emplace_back([&] {
                HttpClient client(m_server.port());
                const Reply r = client.raw(
                    "POST", "/api/v1/webhooks/payments", event.toStdString(), "application/json", {},
                    {{"Comptoir-Signature", signature(event, QDateTime::currentSecsSinceEpoch())}});
                const QString status = r.json().value(u"status"_qs).toString();
                (r.status == 200 && status == u"applied"     ? applied
                 : r.status == 200 && status == u"duplicate" ? duplicates
                                                             : webhookOther)++;
            });
        }
        for (auto& t : threads)
            t.join();
        QCOMPARE(refundsMade.load(), 1);
        QCOMPARE(refundOther.load(), 0);
        QCOMPARE(applied.load(), 1);
        QCOMPARE(duplicates.load(), 9);
        QCOMPARE(webhookOther.load(), 0);
        QCOMPARE(amountOf(c.get(orderPath(id), m_accounts.staffParis).json().value(u"refunded_total"_qs)),
                 500);
        const Reply otherAmount = c.post(refundPath, {{u"amount"_qs, eur(301)}}, m_accounts.staffParis,
                                         idempotencyKey("one-refund"));
        QCOMPARE(otherAmount.status, 422);
        QCOMPARE(amountOf(c.get(orderPath(id), m_accounts.staffParis).json().value(u"refunded_total"_qs)),
                 500);
    }

    void reportsAreForManagers()
    {
        auto c = m_server.client();
        const Accounts& a = m_accounts;
        QCOMPARE(c.get("/api/v1/reports/sales?group_by=store", a.staffParis).status, 403);
        QCOMPARE(c.get("/api/v1/reports/sales", a.kioskParis).status, 403);
        QCOMPARE(c.get("/api/v1/reports/sales", a.customers[0]).status, 403);
        QCOMPARE(c.get("/api/v1/reports/sales").status, 401);
        QCOMPARE(c.get("/api/v1/reports/top-products", a.staffParis).status, 403);
        QCOMPARE(c.get("/api/v1/reports/sales?group_by=month", a.manager).status, 400);
        QCOMPARE(c.get("/api/v1/reports/sales?from=yesterday", a.manager).status, 400);
        QCOMPARE(c.get("/api/v1/reports/sales?from=2026-02-01&to=2026-01-01", a.manager).status, 400);
        QCOMPARE(c.get("/api/v1/reports/top-products?limit=0", a.manager).status, 400);
        // A garbage cursor, or one of the other report, is 400 as on every list.
        QCOMPARE(c.get("/api/v1/reports/top-products?cursor=garbage", a.manager).status, 400);
        QCOMPARE(c.get("/api/v1/reports/low-stock?cursor=garbage", a.manager).status, 400);
        const QString lowCursor = c.get("/api/v1/reports/low-stock?threshold=1000000&limit=1", a.manager)
                                      .json()
                                      .value(u"next_cursor"_qs)
                                      .toString();
        QVERIFY(!lowCursor.isEmpty());
        QCOMPARE(c.get("/api/v1/reports/top-products?cursor=" + urlEncode(lowCursor), a.manager).status, 400);
        // Staff see the low stock of their own store only.
        const Reply own = c.get("/api/v1/reports/low-stock?threshold=0", a.staffParis);
        QCOMPARE(own.status, 200);
        for (const QJsonValue& v : own.items())
            QCOMPARE(v.toObject().value(u"location_id"_qs).toString(), u"loc_paris"_qs);
        QCOMPARE(c.get("/api/v1/reports/low-stock?location_id=loc_lyon", a.staffParis).status, 403);
        QCOMPARE(c.get("/api/v1/reports/low-stock", a.kioskParis).status, 403);
        QCOMPARE(c.get("/api/v1/reports/low-stock?threshold=lots", a.manager).status, 400);
    }
};

QTEST_GUILESS_MAIN(TestMoneyPath)
#include "tst_money_path.moc"
