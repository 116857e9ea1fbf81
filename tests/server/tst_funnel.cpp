// Analytics (API.md "Analytics"): shoppers' events in batches and the funnel managers read.
// 500 sessions behave at random (seeded): some only look, some fill a cart, some begin a
// checkout, some place an order and pay it by card through the real order and payment routes
// (or are declined, or never pay); the test counts the funnel itself and compares it exactly,
// per channel and at the edges of the [from, to) window. Bad input is refused in words and
// stores nothing; managers and admins read the funnel, nobody else.
#include "demoaccounts.h"
#include "orderbodies.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace comptoir::test;

namespace {

const QString kSku = u"TSH-0001-S-GRIS-CHINE"_qs;
constexpr auto kApprovedCard = "4242424242424242";
constexpr auto kDeclinedCard = "4000000000000002";

QString at(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject shopperEvent(const QString& session, const QString& channel, const QString& type,
                         const QDateTime& when)
{
    QJsonObject e{
        {u"session_id"_qs, session}, {u"channel"_qs, channel}, {u"type"_qs, type}, {u"at"_qs, at(when)}};
    if (type != u"begin_checkout") {
        e.insert(u"product_id"_qs, u"prd_tshirt"_qs);
        e.insert(u"sku"_qs, kSku);
    }
    return e;
}

QJsonObject batch(const QJsonArray& events)
{
    return {{u"events"_qs, events}};
}

// What one generated session did, and so what the funnel must count for it.
struct Session {
    QString id;
    QString channel;
    int views = 0;
    bool carted = false;
    bool checkedOut = false;
    bool paid = false;
};

struct Expected {
    qint64 sessions = 0, views = 0, carts = 0, checkouts = 0, orders = 0, cartsPaid = 0;

    void add(const Session& s)
    {
        ++sessions;
        views += s.views;
        carts += s.carted;
        checkouts += s.checkedOut;
        orders += s.paid;
        cartsPaid += s.carted && s.paid;
    }
    [[nodiscard]] double conversion() const
    {
        return sessions == 0 ? 0.0 : double(orders) / double(sessions);
    }
    [[nodiscard]] double abandonment() const
    {
        return carts == 0 ? 0.0 : double(carts - cartsPaid) / double(carts);
    }
};

} // namespace

class TestFunnel : public QObject {
    Q_OBJECT

private:
    // A generous rate for this suite's own batches; the limit has its own server below.
    TestServer m_server{TestServer::Options{true, {u"--events-per-minute"_qs, u"10000"_qs}}};
    DemoAccounts m_accounts;
    std::vector<std::string> m_customers;
    std::string m_admin;
    int m_keys = 0;
    // The generated sessions' window, shared by the channel test.
    QDateTime m_from, m_to;
    Expected m_all, m_kiosk, m_web;

    Reply postEvents(const QJsonObject& body, const std::string& token = {})
    {
        auto c = m_server.client();
        return c.post("/api/v1/events", body, token);
    }

    Reply funnel(const QDateTime& from, const QDateTime& to, const QString& channel = {},
                 const std::string& token = {})
    {
        std::string path = "/api/v1/reports/funnel?from=" + urlEncode(at(from)) + "&to=" + urlEncode(at(to));
        if (!channel.isEmpty())
            path += "&channel=" + channel.toStdString();
        auto c = m_server.client();
        return c.get(path, token.empty() ? m_accounts.manager : token);
    }

    static void compareFunnel(const Reply& r, const Expected& e)
    {
        QCOMPARE(r.status, 200);
        const QJsonObject f = r.json();
        QCOMPARE(f.value(u"sessions"_qs).toInteger(-1), e.sessions);
        QCOMPARE(f.value(u"product_views"_qs).toInteger(-1), e.views);
        QCOMPARE(f.value(u"carts"_qs).toInteger(-1), e.carts);
        QCOMPARE(f.value(u"checkouts"_qs).toInteger(-1), e.checkouts);
        QCOMPARE(f.value(u"orders"_qs).toInteger(-1), e.orders);
        QCOMPARE(f.value(u"conversion_rate"_qs).toDouble(-1), e.conversion());
        QCOMPARE(f.value(u"cart_abandonment_rate"_qs).toDouble(-1), e.abandonment());
    }

    // Places an order for `session` as a kiosk (carry-out) or a customer (pickup): its id.
    QString placeOrder(const Session& s, int shopper)
    {
        const bool kiosk = s.channel == u"kiosk";
        QJsonObject body{{u"lines"_qs, QJsonArray{QJsonObject{{u"sku"_qs, kSku}, {u"quantity"_qs, 1}}}},
                         {u"fulfillment"_qs, kiosk ? carryOutAt(u"loc_paris"_qs) : pickupAt(u"loc_paris"_qs)},
                         {u"session_id"_qs, s.id}};
        auto c = m_server.client();
        const Reply r = c.post("/api/v1/orders", body, token(s, shopper),
                               idempotencyKey("funnel-order-" + std::to_string(++m_keys)));
        if (r.status != 201)
            qWarning() << "order refused" << r.status << r.body.c_str();
        return r.status == 201 ? idOf(r.json()) : QString();
    }

    const std::string& token(const Session& s, int shopper) const
    {
        return s.channel == u"kiosk" ? m_accounts.kioskParis
                                     : m_customers[size_t(shopper) % m_customers.size()];
    }

    // Pays the order by card; the payment's status (captured, declined).
    QString payByCard(const Session& s, int shopper, const QString& order, const char* number)
    {
        auto c = m_server.client();
        const QString cardToken =
            c.post("/api/v1/payments/tokens", {{u"number"_qs, QString::fromLatin1(number)},
                                               {u"exp_month"_qs, 6},
                                               {u"exp_year"_qs, QDate::currentDate().year() + 2},
                                               {u"cvc"_qs, u"737"_qs}})
                .json()
                .value(u"token"_qs)
                .toString();
        const Reply r =
            c.post(orderPath(order) + "/payments", {{u"method"_qs, u"card"_qs}, {u"token"_qs, cardToken}},
                   token(s, shopper), idempotencyKey("funnel-pay-" + std::to_string(++m_keys)));
        return r.status == 201 ? r.json().value(u"status"_qs).toString() : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QVERIFY(m_accounts.signInStaff(m_server));
        QVERIFY(m_accounts.signInKiosks(m_server));
        m_admin = m_server.login(u"admin@demo.comptoir.fr"_qs);
        QVERIFY(!m_admin.empty());
        for (int i = 0; i < 3; ++i) {
            const QString email = u"funnel-%1@example.fr"_qs.arg(i);
            const RegisteredCustomer customer =
                registerCustomer(m_server, email, email, u"customer-password"_qs);
            QCOMPARE(customer.registrationStatus, 201);
            m_customers.push_back(customer.token);
        }
        // Enough shirts in Paris for every generated order.
        auto c = m_server.client();
        QCOMPARE(c.post("/api/v1/inventory/adjustments",
                        {{u"sku"_qs, kSku},
                         {u"location_id"_qs, u"loc_paris"_qs},
                         {u"delta"_qs, 5000},
                         {u"reason"_qs, u"count"_qs}},
                        m_accounts.manager, idempotencyKey("funnel-stock"))
                     .status,
                 201);
    }

    void onlyManagersAndAdminsReadTheFunnel()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto c = m_server.client();
        QCOMPARE(c.get("/api/v1/reports/funnel").status, 401);
        QCOMPARE(c.get("/api/v1/reports/funnel", "not-a-token").status, 401);
        QCOMPARE(funnel(now.addDays(-1), now, {}, m_customers[0]).status, 403);
        QCOMPARE(funnel(now.addDays(-1), now, {}, m_accounts.kioskParis).status, 403);
        QCOMPARE(funnel(now.addDays(-1), now, {}, m_accounts.staffParis).status, 403);
        QCOMPARE(funnel(now.addDays(-1), now, {}, m_accounts.manager).status, 200);
        QCOMPARE(funnel(now.addDays(-1), now, {}, m_admin).status, 200);
        // Without from and to: the last 30 days, as the other reports.
        QCOMPARE(c.get("/api/v1/reports/funnel", m_accounts.manager).status, 200);
    }

    void anyoneSendsEvents()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(-60);
        const QJsonObject one =
            batch({shopperEvent(u"anyone-session-1"_qs, u"web"_qs, u"view_product"_qs, now)});
        for (const std::string& token :
             {std::string(), m_customers[0], m_accounts.kioskParis, m_accounts.manager}) {
            const Reply r = postEvents(one, token);
            QCOMPARE(r.status, 202);
            QCOMPARE(r.json().value(u"stored"_qs).toInt(), 1);
        }
    }

    void refusesBadBatchesInWordsAndStoresNothing()
    {
        // Every event here would fall in this window if it were stored.
        const QDateTime from = QDateTime::currentDateTimeUtc().addSecs(-23 * 3600);
        const QDateTime when = from.addSecs(60);
        const QDateTime to = from.addSecs(3600);
        const auto good = [&](int i) {
            return shopperEvent(u"bad-batch-%1"_qs.arg(i, 4, 10, QLatin1Char('0')), u"web"_qs,
                                u"view_product"_qs, when);
        };
        const auto expect422 = [&](const QJsonObject& body, const QString& field) {
            const Reply r = postEvents(body);
            QVERIFY2(r.status == 422, r.body.c_str());
            QCOMPARE(r.header("Content-Type"), std::string("application/problem+json"));
            QVERIFY2(r.errorFields().contains(field), r.body.c_str());
            QVERIFY(!r.json().value(u"detail"_qs).toString().isEmpty());
        };

        expect422(QJsonObject{}, u"events"_qs);
        expect422({{u"events"_qs, u"many"_qs}}, u"events"_qs);
        expect422(batch({}), u"events"_qs);
        QJsonArray tooMany, thousand;
        for (int i = 0; i < 1000; ++i)
            (i < 101 ? tooMany : thousand).append(good(i));
        for (int i = 0; i < 101; ++i)
            thousand.append(good(i));
        QCOMPARE(thousand.size(), 1000);
        expect422(batch(tooMany), u"events"_qs);
        const Reply big = postEvents(batch(thousand));
        QCOMPARE(big.status, 422);
        QVERIFY2(big.json()
                     .value(u"errors"_qs)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"message"_qs)
                     .toString()
                     .contains(u"1000 sent"_qs),
                 big.body.c_str());

        // One wrong event refuses the whole batch, naming its index and field.
        QJsonObject unknownType = good(2);
        unknownType.insert(u"type"_qs, u"purchase"_qs);
        expect422(batch({good(0), good(1), unknownType}), u"events[2].type"_qs);
        QJsonObject pos = good(0);
        pos.insert(u"channel"_qs, u"pos"_qs);
        expect422(batch({pos}), u"events[0].channel"_qs);
        for (const QString& id : {QString(64 + 1, u'x'), u"short"_qs, u"with space in it"_qs,
                                  u"tab\there-123"_qs, u"caf\u00e9-session-1"_qs}) {
            QJsonObject e = good(0);
            e.insert(u"session_id"_qs, id);
            expect422(batch({e}), u"events[0].session_id"_qs);
        }
        QJsonObject noSession = good(0);
        noSession.remove(u"session_id"_qs);
        expect422(batch({noSession}), u"events[0].session_id"_qs);
        for (const QString& bad : {u"yesterday"_qs, u"2026-13-45T99:00:00Z"_qs, u"2026-12-06T10:00:00"_qs}) {
            QJsonObject e = good(0);
            e.insert(u"at"_qs, bad);
            expect422(batch({e}), u"events[0].at"_qs);
        }
        QJsonObject future = good(0);
        future.insert(u"at"_qs, at(QDateTime::currentDateTimeUtc().addSecs(3600)));
        expect422(batch({future}), u"events[0].at"_qs);
        QJsonObject noProduct = good(0);
        noProduct.remove(u"product_id"_qs);
        noProduct.remove(u"sku"_qs);
        expect422(batch({noProduct}), u"events[0].product_id"_qs);
        expect422(batch({u"not an object"_qs}), u"events[0]"_qs);

        auto c = m_server.client();
        QCOMPARE(c.raw("POST", "/api/v1/events", "{\"events\": [", "application/json").status, 400);
        QCOMPARE(c.raw("POST", "/api/v1/events", "events=1", "application/x-www-form-urlencoded").status,
                 415);
        const Reply huge = c.raw("POST", "/api/v1/events", std::string(2 << 20, ' '), "application/json");
        QCOMPARE(huge.status, 413);
        QCOMPARE(huge.header("Content-Type"), std::string("application/problem+json"));

        Expected none;
        compareFunnel(funnel(from, to), none);
        QCOMPARE(postEvents(batch({good(0)})).status, 202); // and the server still serves
    }

    void dropsEventsOlderThanADay()
    {
        const QDateTime old = QDateTime::currentDateTimeUtc().addDays(-2);
        const Reply r =
            postEvents(batch({shopperEvent(u"old-session-1"_qs, u"kiosk"_qs, u"view_product"_qs, old),
                              shopperEvent(u"old-session-1"_qs, u"kiosk"_qs, u"add_to_cart"_qs, old)}));
        QCOMPARE(r.status, 202);
        QCOMPARE(r.json().value(u"stored"_qs).toInt(), 0);
        QCOMPARE(r.json().value(u"dropped"_qs).toInt(), 2);
        compareFunnel(funnel(old.addSecs(-60), old.addSecs(60)), Expected{});
    }

    // An outbox that lost the 202 sends the batch again with the same key: counted once, the
    // first answer replayed. Without a key (the contract's plain form) each post counts.
    void aBatchSentAgainWithItsKeyIsCountedOnce()
    {
        const QDateTime at = QDateTime::currentDateTimeUtc().addSecs(-3 * 3600);
        const QJsonObject body =
            batch({shopperEvent(u"retried-session-1"_qs, u"web"_qs, u"view_product"_qs, at)});
        auto c = m_server.client();
        const Reply first = c.post("/api/v1/events", body, {}, {{"Idempotency-Key", "events-retry-1"}});
        QCOMPARE(first.status, 202);
        const Reply again = c.post("/api/v1/events", body, {}, {{"Idempotency-Key", "events-retry-1"}});
        QCOMPARE(again.status, 202);
        QCOMPARE(again.headers.count("Idempotent-Replayed"), 1u);
        QCOMPARE(again.json(), first.json());
        compareFunnel(funnel(at.addSecs(-1), at.addSecs(1)), Expected{1, 1, 0, 0, 0, 0});
        QCOMPARE(c.post("/api/v1/events", body).status, 202);
        compareFunnel(funnel(at.addSecs(-1), at.addSecs(1)), Expected{1, 2, 0, 0, 0, 0});
    }

    void refusesBadFunnelParameters()
    {
        auto c = m_server.client();
        const std::string& m = m_accounts.manager;
        QCOMPARE(c.get("/api/v1/reports/funnel?from=garbage", m).status, 400);
        QCOMPARE(c.get("/api/v1/reports/funnel?to=2026-02-30", m).status, 400);
        QCOMPARE(c.get("/api/v1/reports/funnel?from=2026-12-02&to=2026-12-01", m).status, 400);
        QCOMPARE(c.get("/api/v1/reports/funnel?from=2026-12-01&to=2026-12-01", m).status, 400);
        QCOMPARE(c.get("/api/v1/reports/funnel?channel=pos", m).status, 400);
        QCOMPARE(c.get("/api/v1/reports/funnel?channel=", m).status, 400);
        const Reply twice = c.get("/api/v1/reports/funnel?from=2026-12-01&from=2026-12-02", m);
        QCOMPARE(twice.status, 400);
        QCOMPARE(twice.header("Content-Type"), std::string("application/problem+json"));
    }

    void orderKeepsAValidSessionIdOnly()
    {
        auto c = m_server.client();
        QJsonObject body{{u"lines"_qs, QJsonArray{QJsonObject{{u"sku"_qs, kSku}, {u"quantity"_qs, 1}}}},
                         {u"fulfillment"_qs, pickupAt(u"loc_paris"_qs)}};
        for (const QString& bad : {u"x"_qs, QString(65, u'a'), u"two words here"_qs}) {
            body.insert(u"session_id"_qs, bad);
            const Reply r = c.post("/api/v1/orders", body, m_customers[0],
                                   idempotencyKey("bad-session-" + std::to_string(++m_keys)));
            QCOMPARE(r.status, 422);
            QVERIFY(r.errorFields().contains(u"session_id"_qs));
        }
        body.insert(u"session_id"_qs, 42);
        QCOMPARE(c.post("/api/v1/orders", body, m_customers[0], idempotencyKey("bad-session-number")).status,
                 422);
        body.insert(u"session_id"_qs, u"a-good-session-id"_qs);
        QCOMPARE(c.post("/api/v1/orders", body, m_customers[0], idempotencyKey("good-session")).status, 201);
        body.remove(u"session_id"_qs);
        QCOMPARE(c.post("/api/v1/orders", body, m_customers[0], idempotencyKey("no-session")).status, 201);
    }

    void funnelEqualsCountsOfFiveHundredSessions()
    {
        QRandomGenerator random(20261206);
        m_from = QDateTime::currentDateTimeUtc().addSecs(-20 * 3600);
        m_to = m_from.addSecs(8 * 3600);
        const qint64 spanMs = m_from.msecsTo(m_to);
        QList<Session> sessions;
        QJsonArray events;
        const auto send = [&](bool force) {
            if (events.size() < 100 && !(force && !events.isEmpty()))
                return true;
            const Reply r = postEvents(batch(events));
            events = {};
            return r.status == 202;
        };
        const auto record = [&](const Session& s, const QString& type) {
            events.append(
                shopperEvent(s.id, s.channel, type, m_from.addMSecs(qint64(random.bounded(double(spanMs))))));
            return send(false);
        };
        int paid = 0, declined = 0, unpaid = 0;
        for (int i = 0; i < 500; ++i) {
            Session s;
            s.id = u"gen-%1-%2"_qs.arg(i, 3, 10, QLatin1Char('0'))
                       .arg(random.generate(), 8, 16, QLatin1Char('0'));
            s.channel = random.bounded(3) == 0 ? u"kiosk"_qs : u"web"_qs;
            // 0–4 views; what follows: look only, cart, checkout, and an order paid, declined or never paid.
            s.views = int(random.bounded(5));
            const int stage = int(random.bounded(100));
            s.carted = stage >= 35 && stage < 95;
            s.checkedOut = stage >= 55;
            const bool ordered = stage >= 70;
            if (s.views == 0 && !s.carted && !s.checkedOut)
                s.views = 1; // a session is known by at least one event
            for (int v = 0; v < s.views; ++v)
                QVERIFY(record(s, u"view_product"_qs));
            if (s.carted)
                QVERIFY(record(s, u"add_to_cart"_qs));
            if (s.checkedOut)
                QVERIFY(record(s, u"begin_checkout"_qs));
            if (ordered) {
                const QString order = placeOrder(s, i);
                QVERIFY(!order.isEmpty());
                const int outcome = int(random.bounded(10));
                if (outcome < 7) {
                    QCOMPARE(payByCard(s, i, order, kApprovedCard), u"captured"_qs);
                    s.paid = true;
                    ++paid;
                } else if (outcome < 9) {
                    QCOMPARE(payByCard(s, i, order, kDeclinedCard), u"declined"_qs);
                    ++declined;
                } else {
                    ++unpaid; // placed, never paid: not an order of the funnel
                }
            }
            sessions.append(s);
            m_all.add(s);
            (s.channel == u"kiosk" ? m_kiosk : m_web).add(s);
        }
        QVERIFY(send(true));
        // Every kind of behaviour happened, or the comparison below would prove less.
        QVERIFY(paid > 20 && declined > 3 && unpaid > 0);
        QVERIFY(m_all.carts > m_all.cartsPaid && m_all.cartsPaid < m_all.orders);
        qInfo("%lld sessions, %lld views, %lld carts, %lld checkouts, %lld paid (%d declined, %d unpaid)",
              m_all.sessions, m_all.views, m_all.carts, m_all.checkouts, m_all.orders, declined, unpaid);
        compareFunnel(funnel(m_from, m_to), m_all);
    }

    void channelFilterCountsOneChannel()
    {
        QVERIFY(m_all.sessions == 500);
        compareFunnel(funnel(m_from, m_to, u"kiosk"_qs), m_kiosk);
        compareFunnel(funnel(m_from, m_to, u"web"_qs), m_web);
        QCOMPARE(m_kiosk.sessions + m_web.sessions, m_all.sessions);
    }

    void windowIncludesFromAndExcludesTo()
    {
        const QDateTime from = QDateTime::currentDateTimeUtc().addSecs(-6 * 3600);
        const QDateTime to = from.addSecs(3600);
        const QJsonArray events{
            shopperEvent(u"edge-before-from"_qs, u"web"_qs, u"view_product"_qs, from.addMSecs(-1)),
            shopperEvent(u"edge-at-from"_qs, u"web"_qs, u"view_product"_qs, from),
            shopperEvent(u"edge-before-to"_qs, u"web"_qs, u"add_to_cart"_qs, to.addMSecs(-1)),
            shopperEvent(u"edge-at-to"_qs, u"web"_qs, u"add_to_cart"_qs, to),
            // One session across the edge counts for what it did inside.
            shopperEvent(u"edge-across-to"_qs, u"kiosk"_qs, u"view_product"_qs, to.addSecs(-10)),
            shopperEvent(u"edge-across-to"_qs, u"kiosk"_qs, u"add_to_cart"_qs, to.addSecs(10)),
        };
        QCOMPARE(postEvents(batch(events)).status, 202);
        Expected inside;
        inside.add({u"edge-at-from"_qs, u"web"_qs, 1, false, false, false});
        inside.add({u"edge-before-to"_qs, u"web"_qs, 0, true, false, false});
        inside.add({u"edge-across-to"_qs, u"kiosk"_qs, 1, false, false, false});
        compareFunnel(funnel(from, to), inside);
        // Each edge alone: a window of one millisecond either side.
        Expected empty;
        compareFunnel(funnel(from.addMSecs(-1), from), Expected{1, 1, 0, 0, 0, 0});
        compareFunnel(funnel(to, to.addMSecs(1)), Expected{1, 0, 1, 0, 0, 0});
        compareFunnel(funnel(to.addMSecs(1), to.addMSecs(2)), empty);
    }

    void limitsBatchesPerAddress()
    {
        TestServer limited{TestServer::Options{true, {u"--events-per-minute"_qs, u"3"_qs}}};
        QVERIFY2(limited.start(), qPrintable(limited.lastError()));
        auto c = limited.client();
        const QJsonObject one = batch({shopperEvent(u"limited-session"_qs, u"web"_qs, u"view_product"_qs,
                                                    QDateTime::currentDateTimeUtc())});
        QCOMPARE(c.post("/api/v1/events", one).status, 202);
        QCOMPARE(c.post("/api/v1/events", batch({})).status, 422); // refused batches count too
        QCOMPARE(c.post("/api/v1/events", one).status, 202);
        const Reply refused = c.post("/api/v1/events", one);
        QCOMPARE(refused.status, 429);
        QVERIFY(std::stoi(refused.header("Retry-After")) >= 1);
        QCOMPARE(refused.header("Content-Type"), std::string("application/problem+json"));
        QVERIFY(refused.json().value(u"detail"_qs).toString().contains(u"wait"_qs));
        // Other routes are not limited by it.
        QCOMPARE(c.get("/api/v1/info").status, 200);
    }
};

QTEST_MAIN(TestFunnel)
#include "tst_funnel.moc"
