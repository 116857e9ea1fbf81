// Cash sessions (API.md, second part): a register's drawer opened with a float, pay-ins and
// pay-outs with a reason, the running X report and the close whose Z report never changes; who
// may see and touch which drawer; cash payments and refunds bound to an open session of their
// store; two tills refunding one payment at once; the drawers in the change feed of their store
// only; and a Z report equal, to the cent, to what this test adds up itself from 200 generated
// sales (cash, card, terminal and split, over the three VAT rates), refunds and movements.
#include "cashdrawers.h"
#include "concurrentposts.h"
#include "contractarithmetic.h"
#include "demoaccounts.h"
#include "orderbodies.h"
#include "testserver.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QtTest>
#include <map>

using namespace comptoir::test;

namespace {

std::string sessionPath(const QString& id)
{
    return "/api/v1/cash-sessions/" + id.toStdString();
}

// Everything a session's report says, added up by this test as it makes the sales.
struct Ledger {
    qint64 openingFloat = 0;
    QSet<QString> orders;
    std::map<QString, std::pair<qint64, qint64>> payments; // method → count, amount
    std::map<QString, std::pair<qint64, qint64>> refunds;
    std::map<int, std::pair<qint64, qint64>> tax; // rate → total, tax (refunds subtracted)
    QList<QJsonObject> movements;

    // A payment's or a refund's VAT: its amount over the order's lines after their share of
    // the discount, each line's VAT on its share.
    void allocate(const QJsonObject& order, qint64 amount, int sign)
    {
        const QJsonArray lines = order.value(u"lines"_qs).toArray();
        QList<qint64> gross;
        for (const QJsonValue& l : lines)
            gross.append(amountOf(l.toObject().value(u"line_total"_qs)));
        const QList<qint64> discounts =
            largestRemainder(amountOf(order.value(u"totals"_qs).toObject().value(u"discount"_qs)), gross);
        QList<qint64> net;
        for (qsizetype i = 0; i < gross.size(); ++i)
            net.append(gross[i] - discounts[i]);
        const QList<qint64> shares = largestRemainder(amount, net);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const int rate = lines[i].toObject().value(u"tax_rate_bp"_qs).toInt();
            auto& [total, vat] = tax[rate];
            total += sign * shares[i];
            vat += sign * vatIn(shares[i], rate);
        }
    }
    void paid(const QJsonObject& order, const QString& method, qint64 amount)
    {
        orders.insert(idOf(order));
        auto& [count, sum] = payments[method];
        ++count;
        sum += amount;
        allocate(order, amount, +1);
    }
    void refunded(const QJsonObject& order, const QString& method, qint64 amount)
    {
        auto& [count, sum] = refunds[method];
        ++count;
        sum += amount;
        allocate(order, amount, -1);
    }
    [[nodiscard]] qint64 expectedCash() const
    {
        qint64 cash = openingFloat;
        if (payments.count(u"cash"_qs))
            cash += payments.at(u"cash"_qs).second;
        if (refunds.count(u"cash"_qs))
            cash -= refunds.at(u"cash"_qs).second;
        for (const QJsonObject& m : movements)
            cash += (m.value(u"kind"_qs).toString() == u"in" ? 1 : -1) * amountOf(m.value(u"amount"_qs));
        return cash;
    }

    static QJsonArray byMethod(const std::map<QString, std::pair<qint64, qint64>>& totals)
    {
        QJsonArray out;
        for (const auto& [method, figures] : totals)
            out.append(QJsonObject{{u"method"_qs, method},
                                   {u"count"_qs, double(figures.first)},
                                   {u"amount"_qs, eur(figures.second)}});
        return out;
    }
    static std::pair<qint64, qint64> sum(const std::map<QString, std::pair<qint64, qint64>>& totals)
    {
        std::pair<qint64, qint64> s{0, 0};
        for (const auto& [method, figures] : totals) {
            s.first += figures.first;
            s.second += figures.second;
        }
        return s;
    }
    // The report as the contract shapes it, with `counted` when closed; read back from its text
    // as an answer is, so numbers compare as the server's do.
    [[nodiscard]] QJsonObject report(std::optional<qint64> counted) const
    {
        return QJsonDocument::fromJson(QJsonDocument(shape(counted)).toJson()).object();
    }
    [[nodiscard]] QJsonObject shape(std::optional<qint64> counted) const
    {
        QJsonArray taxes;
        for (auto it = tax.rbegin(); it != tax.rend(); ++it) // highest rate first
            taxes.append(QJsonObject{{u"rate_bp"_qs, it->first},
                                     {u"base"_qs, eur(it->second.first - it->second.second)},
                                     {u"tax"_qs, eur(it->second.second)},
                                     {u"total"_qs, eur(it->second.first)}});
        QList<QJsonObject> ordered = movements;
        std::stable_sort(ordered.begin(), ordered.end(), [](const QJsonObject& a, const QJsonObject& b) {
            return std::pair(a.value(u"at"_qs).toString(), idOf(a)) <
                   std::pair(b.value(u"at"_qs).toString(), idOf(b));
        });
        QJsonArray moves;
        for (const QJsonObject& m : ordered)
            moves.append(m);
        const auto [paymentCount, paymentAmount] = sum(payments);
        const auto [refundCount, refundAmount] = sum(refunds);
        return {{u"orders"_qs, double(orders.size())},
                {u"payments"_qs,
                 QJsonObject{{u"count"_qs, double(paymentCount)}, {u"amount"_qs, eur(paymentAmount)}}},
                {u"by_method"_qs, byMethod(payments)},
                {u"refunds"_qs, QJsonObject{{u"count"_qs, double(refundCount)},
                                            {u"amount"_qs, eur(refundAmount)},
                                            {u"by_method"_qs, byMethod(refunds)}}},
                {u"movements"_qs, moves},
                {u"expected_cash"_qs, eur(expectedCash())},
                {u"counted"_qs, counted ? QJsonValue(eur(*counted)) : QJsonValue()},
                {u"difference"_qs, counted ? QJsonValue(eur(*counted - expectedCash())) : QJsonValue()},
                {u"tax"_qs, taxes}};
    }
};

} // namespace

class TestCashSessions : public QObject {
    Q_OBJECT

private:
    TestServer m_server{
        TestServer::Options{true, {u"--terminal-delay-ms"_qs, u"1"_qs, u"--durability"_qs, u"normal"_qs}}};
    DemoAccounts m_accounts;
    std::string m_admin, m_customer;
    EnrolledRegister m_parisTill, m_lyonTill;
    QStringList m_skus[3]; // standard, reduced and zero-rated SKUs, stocked at Paris
    int m_keys = 0;

    std::string nextKey() { return "cash-" + std::to_string(++m_keys); }

    Reply post(const std::string& path, const QJsonObject& body, const std::string& token,
               std::string key = {})
    {
        return m_server.client().post(path, body, token, idempotencyKey(key.empty() ? nextKey() : key));
    }
    Reply openSession(const QString& registerId, qint64 openingFloat, const std::string& token,
                      const std::string& key = {})
    {
        return post("/api/v1/cash-sessions",
                    {{u"register_id"_qs, registerId}, {u"opening_float"_qs, eur(openingFloat)}}, token, key);
    }
    Reply move(const QString& session, const QString& kind, qint64 amount, const std::string& token,
               const std::string& key = {})
    {
        return post(
            sessionPath(session) + "/movements",
            {{u"kind"_qs, kind}, {u"amount"_qs, eur(amount)}, {u"reason"_qs, u"change for the till"_qs}},
            token, key);
    }
    Reply close(const QString& session, qint64 counted, const std::string& token, const std::string& key = {})
    {
        return post(sessionPath(session) + "/close", {{u"counted"_qs, eur(counted)}}, token, key);
    }
    QJsonObject reportOf(const QString& session)
    {
        return m_server.client()
            .get(sessionPath(session), m_accounts.manager)
            .json()
            .value(u"report"_qs)
            .toObject();
    }
    EnrolledRegister newTill(const QString& store)
    {
        auto c = m_server.client();
        return enrolRegister(c, m_accounts.manager, store);
    }
    QString newDrawer(const QString& store = u"loc_paris"_qs)
    {
        return openCashSession(m_server, m_accounts.manager, newTill(store).userId);
    }

    // A counter sale of `lines` ({sku, quantity}) at Paris, optionally with a promotion code.
    QJsonObject sale(const QList<std::pair<QString, int>>& lines, const QString& promo = {},
                     const std::string& token = {})
    {
        QJsonArray body;
        for (const auto& [sku, quantity] : lines)
            body.append(QJsonObject{{u"sku"_qs, sku}, {u"quantity"_qs, quantity}});
        QJsonObject order{{u"lines"_qs, body}, {u"fulfillment"_qs, carryOutAt(u"loc_paris"_qs)}};
        if (!promo.isEmpty())
            order.insert(u"promo_code"_qs, promo);
        const Reply r = post("/api/v1/orders", order, token.empty() ? m_accounts.staffParis : token);
        return r.status == 201 ? r.json() : QJsonObject();
    }
    QJsonObject sale(qint64 quantity = 1) { return sale({{m_skus[0].first(), int(quantity)}}); }
    Reply pay(const QString& order, const QJsonObject& body, const std::string& token = {},
              const std::string& key = {})
    {
        return post(orderPath(order) + "/payments", body, token.empty() ? m_accounts.staffParis : token, key);
    }
    static QJsonObject cash(qint64 tendered, const QString& session, std::optional<qint64> amount = {})
    {
        QJsonObject body{{u"method"_qs, u"cash"_qs}, {u"tendered"_qs, eur(tendered)}};
        if (amount)
            body.insert(u"amount"_qs, eur(*amount));
        return session.isEmpty() ? body : throughDrawer(body, session);
    }
    QJsonObject card(const QString& session, std::optional<qint64> amount = {},
                     const QString& number = u"4242424242424242"_qs)
    {
        const Reply token = m_server.client().post("/api/v1/payments/tokens",
                                                   {{u"number"_qs, number},
                                                    {u"exp_month"_qs, 12},
                                                    {u"exp_year"_qs, QDate::currentDate().year() + 2},
                                                    {u"cvc"_qs, u"123"_qs}});
        QJsonObject body{{u"method"_qs, u"card"_qs}, {u"token"_qs, token.json().value(u"token"_qs)}};
        if (amount)
            body.insert(u"amount"_qs, eur(*amount));
        return session.isEmpty() ? body : throughDrawer(body, session);
    }
    static QJsonObject terminal(const QString& session, std::optional<qint64> amount = {})
    {
        QJsonObject body{{u"method"_qs, u"terminal"_qs}};
        if (amount)
            body.insert(u"amount"_qs, eur(*amount));
        return session.isEmpty() ? body : throughDrawer(body, session);
    }
    Reply refund(const QString& payment, qint64 amount, const QString& session, const std::string& token = {},
                 const std::string& key = {})
    {
        QJsonObject body{{u"amount"_qs, eur(amount)}, {u"reason"_qs, u"changed their mind"_qs}};
        if (!session.isEmpty())
            body.insert(u"cash_session_id"_qs, session);
        return post("/api/v1/payments/" + payment.toStdString() + "/refunds", body,
                    token.empty() ? m_accounts.staffParis : token, key);
    }
    QJsonObject getOrder(const QString& id)
    {
        return m_server.client().get(orderPath(id), m_accounts.manager).json();
    }

    // The feed's head, whoever asks: a cursor past everything logged so far.
    qint64 feedHead()
    {
        qint64 since = 0;
        for (int page = 0; page < 100; ++page) {
            const QJsonObject body =
                m_server.client()
                    .get("/api/v1/sync/changes?since=" + std::to_string(since) + "&limit=5000",
                         m_accounts.manager)
                    .json();
            since = body.value(u"next"_qs).toInteger();
            if (!body.value(u"has_more"_qs).toBool())
                break;
        }
        return since;
    }
    // The drawers' changes after `since` that `token` (empty: anonymous) is given.
    QList<QJsonObject> drawerChanges(qint64 since, const std::string& token)
    {
        QList<QJsonObject> out;
        const Reply r = m_server.client().get("/api/v1/sync/changes?since=" + std::to_string(since), token);
        if (r.status != 200)
            return {QJsonObject{{u"status"_qs, r.status}}};
        for (const QJsonValue& v : r.json().value(u"changes"_qs).toArray())
            if (v.toObject().value(u"entity"_qs).toString().startsWith(u"cash_"))
                out.append(v.toObject());
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QVERIFY(m_accounts.signInStaff(m_server));
        QVERIFY(m_accounts.signInKiosks(m_server));
        m_admin = m_server.login(u"admin@demo.comptoir.fr"_qs);
        const RegisteredCustomer customer =
            registerCustomer(m_server, u"drawer@example.fr"_qs, u"Camille"_qs, u"customer-password"_qs);
        m_customer = customer.token;
        QVERIFY(!m_admin.empty() && !m_customer.empty());
        m_parisTill = newTill(u"loc_paris"_qs);
        m_lyonTill = newTill(u"loc_lyon"_qs);
        QVERIFY(!m_parisTill.userId.isEmpty() && !m_lyonTill.userId.isEmpty());

        // Four SKUs of each VAT rate, plenty of them at Paris.
        auto c = m_server.client();
        const QStringList classes{u"standard"_qs, u"reduced"_qs, u"zero"_qs};
        for (const QJsonValue& p : everyItem(c, "/api/v1/products?limit=200")) {
            const int cls = int(classes.indexOf(p.toObject().value(u"tax_class"_qs).toString()));
            if (cls >= 0 && m_skus[cls].size() < 4)
                m_skus[cls].append(p.toObject()
                                       .value(u"variants"_qs)
                                       .toArray()
                                       .first()
                                       .toObject()
                                       .value(u"sku"_qs)
                                       .toString());
        }
        for (const QStringList& skus : m_skus) {
            QCOMPARE(skus.size(), 4);
            for (const QString& sku : skus)
                QCOMPARE(post("/api/v1/inventory/adjustments",
                              {{u"sku"_qs, sku},
                               {u"location_id"_qs, u"loc_paris"_qs},
                               {u"delta"_qs, 100'000},
                               {u"reason"_qs, u"receipt"_qs}},
                              m_accounts.manager)
                             .status,
                         201);
        }
    }

    void opensOneSessionPerRegister()
    {
        const EnrolledRegister till = newTill(u"loc_paris"_qs);
        const Reply opened = openSession(till.userId, 15'000, m_accounts.staffParis, "open-once");
        QCOMPARE(opened.status, 201);
        const QJsonObject s = opened.json();
        QVERIFY(idOf(s).startsWith(u"csn_"));
        QCOMPARE(s.value(u"register_id"_qs).toString(), till.userId);
        QCOMPARE(s.value(u"store_id"_qs).toString(), u"loc_paris"_qs);
        QCOMPARE(s.value(u"status"_qs).toString(), u"open"_qs);
        QCOMPARE(amountOf(s.value(u"opening_float"_qs)), 15'000);
        QVERIFY(!s.value(u"opened_by"_qs).toString().isEmpty());
        QVERIFY(s.value(u"opened_at"_qs).isString());
        for (const char* unknownYet : {"closed_by", "closed_at", "counted", "expected_cash", "difference"})
            QVERIFY2(s.value(QLatin1String(unknownYet)).isNull(), unknownYet);

        // The same request again is the same session; the key with another body is refused.
        const Reply replayed = openSession(till.userId, 15'000, m_accounts.staffParis, "open-once");
        QCOMPARE(replayed.status, 201);
        QCOMPARE(replayed.header("Idempotent-Replayed"), std::string("true"));
        QCOMPARE(idOf(replayed.json()), idOf(s));
        QCOMPARE(openSession(till.userId, 16'000, m_accounts.staffParis, "open-once").status, 422);
        // A second drawer on one register is a conflict, whoever asks.
        const Reply second = openSession(till.userId, 15'000, m_accounts.manager);
        QCOMPARE(second.status, 409);
        QCOMPARE(second.json().value(u"cash_session_id"_qs).toString(), idOf(s));
        QCOMPARE(m_server.client()
                     .post("/api/v1/cash-sessions",
                           {{u"register_id"_qs, till.userId}, {u"opening_float"_qs, eur(1)}},
                           m_accounts.staffParis)
                     .status,
                 400); // no Idempotency-Key
        // Closed, the register takes a new session.
        QCOMPARE(close(idOf(s), 15'000, m_accounts.staffParis).status, 200);
        const Reply next = openSession(till.userId, 10'000, m_accounts.staffParis);
        QCOMPARE(next.status, 201);
        QVERIFY(idOf(next.json()) != idOf(s));
    }

    void openingRefusesWhatIsNotARegisterOfTheStore()
    {
        const EnrolledRegister till = newTill(u"loc_paris"_qs);
        auto fieldsOf = [&](const QJsonObject& body, const std::string& token) {
            const Reply r = post("/api/v1/cash-sessions", body, token);
            return r.status == 422 ? r.errorFields() : QStringList{u"status %1"_qs.arg(r.status)};
        };
        const auto body = [](const QJsonValue& registerId, const QJsonValue& openingFloat) {
            return QJsonObject{{u"register_id"_qs, registerId}, {u"opening_float"_qs, openingFloat}};
        };
        const std::string& staff = m_accounts.staffParis;
        QCOMPARE(fieldsOf({}, staff), (QStringList{u"register_id"_qs, u"opening_float"_qs}));
        QCOMPARE(fieldsOf(body(42, eur(100)), staff), QStringList{u"register_id"_qs});
        QCOMPARE(fieldsOf(body(u"usr_nobody"_qs, eur(100)), staff), QStringList{u"register_id"_qs});
        // A kiosk, a person, a till of another store: none is a register of the caller's store.
        const QString kioskId =
            m_server.client().get("/api/v1/me", m_accounts.kioskParis).json().value(u"id"_qs).toString();
        QCOMPARE(fieldsOf(body(kioskId, eur(100)), staff), QStringList{u"register_id"_qs});
        const QString staffId = m_server.client().get("/api/v1/me", staff).json().value(u"id"_qs).toString();
        QCOMPARE(fieldsOf(body(staffId, eur(100)), staff), QStringList{u"register_id"_qs});
        QCOMPARE(fieldsOf(body(m_lyonTill.userId, eur(100)), staff), QStringList{u"register_id"_qs});
        QCOMPARE(fieldsOf(body(till.userId, eur(-1)), staff), QStringList{u"opening_float.amount"_qs});
        QCOMPARE(fieldsOf(body(till.userId, eur(100'000'001)), staff),
                 QStringList{u"opening_float.amount"_qs});
        QCOMPARE(
            fieldsOf(body(till.userId, QJsonObject{{u"amount"_qs, 100}, {u"currency"_qs, u"USD"_qs}}), staff),
            QStringList{u"opening_float.currency"_qs});
        QCOMPARE(
            fieldsOf(body(till.userId, QJsonObject{{u"amount"_qs, 1.5}, {u"currency"_qs, u"EUR"_qs}}), staff),
            QStringList{u"opening_float.amount"_qs});
        QCOMPARE(fieldsOf(body(till.userId, u"100 EUR"_qs), staff), QStringList{u"opening_float"_qs});

        auto c = m_server.client();
        QCOMPARE(c.raw("POST", "/api/v1/cash-sessions", "{\"register_id\":", "application/json", staff,
                       idempotencyKey(nextKey()))
                     .status,
                 400);
        QCOMPARE(c.raw("POST", "/api/v1/cash-sessions", "register_id=x", "text/plain", staff,
                       idempotencyKey(nextKey()))
                     .status,
                 415);
        const std::string huge = "{\"register_id\":\"" + till.userId.toStdString() + "\",\"pad\":\"" +
                                 std::string(1'100'000, 'x') + "\"}";
        const Reply tooBig = c.raw("POST", "/api/v1/cash-sessions", huge, "application/json", staff,
                                   idempotencyKey(nextKey()));
        QCOMPARE(tooBig.status, 413);
        QCOMPARE(tooBig.header("Content-Type").rfind("application/problem+json", 0), 0u);
        // Nothing of it opened a drawer on the till.
        QCOMPARE(openSession(till.userId, 0, staff).status, 201);
    }

    void onlyStaffOfTheStoreManagersAndAdminsOpenDrawers()
    {
        const EnrolledRegister till = newTill(u"loc_paris"_qs);
        QCOMPARE(openSession(till.userId, 100, {}).status, 401);
        QCOMPARE(openSession(till.userId, 100, m_customer).status, 403);
        QCOMPARE(openSession(till.userId, 100, m_accounts.kioskParis).status, 403);
        QCOMPARE(openSession(till.userId, 100, till.token).status, 403); // the till's own token
        const Reply lyon = openSession(till.userId, 100, m_accounts.staffLyon);
        QCOMPARE(lyon.status, 422);
        QCOMPARE(lyon.errorFields(), QStringList{u"register_id"_qs});
        const Reply manager = openSession(till.userId, 100, m_accounts.manager);
        QCOMPARE(manager.status, 201);
        QCOMPARE(close(idOf(manager.json()), 100, m_admin).status, 200);
        QCOMPARE(openSession(till.userId, 100, m_admin).status, 201);
    }

    void sessionsAreReadByTheirStoreOnly()
    {
        const QString paris = newDrawer(u"loc_paris"_qs);
        const QString lyon = openCashSession(m_server, m_accounts.staffLyon, newTill(u"loc_lyon"_qs).userId);
        QVERIFY(!paris.isEmpty() && !lyon.isEmpty());
        auto c = m_server.client();
        const Reply mine = c.get(sessionPath(paris), m_accounts.staffParis);
        QCOMPARE(mine.status, 200);
        QCOMPARE(idOf(mine.json()), paris);
        QVERIFY(mine.json().value(u"report"_qs).isObject());
        QCOMPARE(c.get(sessionPath(paris), m_accounts.manager).status, 200);
        QCOMPARE(c.get(sessionPath(paris), m_admin).status, 200);
        const Reply theirs = c.get(sessionPath(paris), m_accounts.staffLyon);
        QCOMPARE(theirs.status, 404);
        QCOMPARE(theirs.header("Content-Type").rfind("application/problem+json", 0), 0u);
        QCOMPARE(c.get(sessionPath(paris), m_customer).status, 403);
        QCOMPARE(c.get(sessionPath(paris), m_accounts.kioskParis).status, 403);
        QCOMPARE(c.get(sessionPath(paris), m_parisTill.token).status, 403);
        QCOMPARE(c.get(sessionPath(paris)).status, 401);
        QCOMPARE(c.get(sessionPath(u"csn_nope"_qs), m_accounts.manager).status, 404);

        // Lists: staff their store's only, managers any, filtered by store and status, paged.
        const auto ids = [&](const std::string& query, const std::string& token) {
            QSet<QString> out;
            for (const QJsonValue& v : everyItem(c, "/api/v1/cash-sessions?limit=2" + query, token))
                out.insert(idOf(v.toObject()));
            return out;
        };
        const QSet<QString> parisOnes = ids("", m_accounts.staffParis);
        QVERIFY(parisOnes.contains(paris) && !parisOnes.contains(lyon));
        QVERIFY(parisOnes.size() > 2); // several pages of two
        QCOMPARE(ids("&store_id=loc_paris", m_accounts.staffParis), parisOnes);
        QCOMPARE(ids("&store_id=loc_paris", m_accounts.manager), parisOnes);
        const QSet<QString> everyStore = ids("", m_accounts.manager);
        QVERIFY(everyStore.contains(paris) && everyStore.contains(lyon));
        QVERIFY(ids("&store_id=loc_lyon", m_accounts.staffLyon).contains(lyon));
        QVERIFY(!ids("&status=closed", m_accounts.manager).contains(paris));
        QVERIFY(ids("&status=open", m_accounts.manager).contains(paris));
        for (const QJsonValue& v : everyItem(c, "/api/v1/cash-sessions?status=open", m_accounts.manager))
            QCOMPARE(v.toObject().value(u"status"_qs).toString(), u"open"_qs);
        QCOMPARE(c.get("/api/v1/cash-sessions?store_id=loc_lyon", m_accounts.staffParis).status, 403);
        QCOMPARE(c.get("/api/v1/cash-sessions?status=lost", m_accounts.manager).status, 400);
        QCOMPARE(c.get("/api/v1/cash-sessions?limit=0", m_accounts.manager).status, 400);
        QCOMPARE(c.get("/api/v1/cash-sessions?limit=201", m_accounts.manager).status, 400);
        QCOMPARE(c.get("/api/v1/cash-sessions?cursor=garbage", m_accounts.manager).status, 400);
        QCOMPARE(c.get("/api/v1/cash-sessions", m_customer).status, 403);
        QCOMPARE(c.get("/api/v1/cash-sessions", m_accounts.kioskLyon).status, 403);
        QCOMPARE(c.get("/api/v1/cash-sessions").status, 401);
        // The list shows sessions, not reports.
        QVERIFY(!c.get("/api/v1/cash-sessions", m_accounts.staffParis)
                     .items()
                     .first()
                     .toObject()
                     .contains(u"report"_qs));
    }

    void movementsNeedAReasonAndAnOpenSession()
    {
        const QString session = newDrawer();
        const Reply in = move(session, u"in"_qs, 2'500, m_accounts.staffParis, "pay-in");
        QCOMPARE(in.status, 201);
        const QJsonObject m = in.json();
        QVERIFY(idOf(m).startsWith(u"cmv_"));
        QCOMPARE(m.value(u"session_id"_qs).toString(), session);
        QCOMPARE(m.value(u"kind"_qs).toString(), u"in"_qs);
        QCOMPARE(amountOf(m.value(u"amount"_qs)), 2'500);
        QCOMPARE(m.value(u"reason"_qs).toString(), u"change for the till"_qs);
        QVERIFY(m.value(u"at"_qs).isString());
        QCOMPARE(
            m.value(u"by"_qs).toString(),
            m_server.client().get("/api/v1/me", m_accounts.staffParis).json().value(u"id"_qs).toString());
        const Reply again = move(session, u"in"_qs, 2'500, m_accounts.staffParis, "pay-in");
        QCOMPARE(again.status, 201);
        QCOMPARE(again.header("Idempotent-Replayed"), std::string("true"));
        QCOMPARE(idOf(again.json()), idOf(m));
        QCOMPARE(move(session, u"out"_qs, 2'500, m_accounts.staffParis, "pay-in").status, 422);
        QCOMPARE(move(session, u"out"_qs, 700, m_accounts.manager).status, 201);

        const QJsonObject before = reportOf(session);
        QCOMPARE(before.value(u"movements"_qs).toArray().size(), 2);
        QCOMPARE(amountOf(before.value(u"expected_cash"_qs)), 20'000 + 2'500 - 700);
        const auto fieldsOf = [&](const QJsonObject& body) {
            const Reply r = post(sessionPath(session) + "/movements", body, m_accounts.staffParis);
            return r.status == 422 ? r.errorFields() : QStringList{u"status %1"_qs.arg(r.status)};
        };
        const QJsonObject good{{u"kind"_qs, u"out"_qs}, {u"amount"_qs, eur(100)}, {u"reason"_qs, u"bank"_qs}};
        const auto with = [&](const QString& key, const QJsonValue& value) {
            QJsonObject b = good;
            if (value.isUndefined())
                b.remove(key);
            else
                b.insert(key, value);
            return b;
        };
        QCOMPARE(fieldsOf(with(u"kind"_qs, u"sideways"_qs)), QStringList{u"kind"_qs});
        QCOMPARE(fieldsOf(with(u"kind"_qs, QJsonValue::Undefined)), QStringList{u"kind"_qs});
        QCOMPARE(fieldsOf(with(u"amount"_qs, eur(0))), QStringList{u"amount.amount"_qs});
        QCOMPARE(fieldsOf(with(u"amount"_qs, eur(-100))), QStringList{u"amount.amount"_qs});
        QCOMPARE(fieldsOf(with(u"amount"_qs, eur(100'000'001))), QStringList{u"amount.amount"_qs});
        QCOMPARE(fieldsOf(with(u"amount"_qs, QJsonObject{{u"amount"_qs, 100}, {u"currency"_qs, u"GBP"_qs}})),
                 QStringList{u"amount.currency"_qs});
        QCOMPARE(fieldsOf(with(u"reason"_qs, QJsonValue::Undefined)), QStringList{u"reason"_qs});
        QCOMPARE(fieldsOf(with(u"reason"_qs, u"   "_qs)), QStringList{u"reason"_qs});
        QCOMPARE(fieldsOf(with(u"reason"_qs, QString(201, u'x'))), QStringList{u"reason"_qs});
        QCOMPARE(fieldsOf(with(u"reason"_qs, 12)), QStringList{u"reason"_qs});
        auto c = m_server.client();
        QCOMPARE(c.raw("POST", sessionPath(session) + "/movements", "[1,2", "application/json",
                       m_accounts.staffParis, idempotencyKey(nextKey()))
                     .status,
                 400);
        QCOMPARE(c.post(sessionPath(session) + "/movements", good, m_accounts.staffParis).status,
                 400); // no key
        // Who may not see the drawer is told it does not exist; who is not staff, that they may not.
        QCOMPARE(post(sessionPath(session) + "/movements", good, m_accounts.staffLyon).status, 404);
        QCOMPARE(post(sessionPath(session) + "/movements", good, m_customer).status, 403);
        QCOMPARE(post(sessionPath(session) + "/movements", good, m_accounts.kioskParis).status, 403);
        QCOMPARE(post(sessionPath(session) + "/movements", good, m_parisTill.token).status, 403);
        QCOMPARE(post(sessionPath(session) + "/movements", good, {}).status, 401);
        QCOMPARE(post("/api/v1/cash-sessions/csn_nope/movements", good, m_accounts.staffParis).status, 404);
        QCOMPARE(reportOf(session), before);

        QCOMPARE(close(session, 21'800, m_accounts.staffParis).status, 200);
        const Reply late = post(sessionPath(session) + "/movements", good, m_accounts.staffParis);
        QCOMPARE(late.status, 409);
        QCOMPARE(late.json().value(u"status"_qs).toInt(), 409);
        QCOMPARE(reportOf(session).value(u"movements"_qs).toArray().size(), 2);
    }

    void closingTwiceIsRefusedAndTheZReportNeverChanges()
    {
        const EnrolledRegister till = newTill(u"loc_paris"_qs);
        const QString session = openCashSession(m_server, m_accounts.staffParis, till.userId, 5'000);
        const QJsonObject order = sale(2);
        const Reply paid = pay(idOf(order), cash(totalOf(order) + 1'000, session), {}, "z-cash-pay");
        QCOMPARE(paid.status, 201);
        QCOMPARE(move(session, u"out"_qs, 300, m_accounts.staffParis).status, 201);
        const qint64 expected = 5'000 + totalOf(order) - 300;

        const auto fieldsOf = [&](const QJsonObject& body) {
            const Reply r = post(sessionPath(session) + "/close", body, m_accounts.staffParis);
            return r.status == 422 ? r.errorFields() : QStringList{u"status %1"_qs.arg(r.status)};
        };
        QCOMPARE(fieldsOf({}), QStringList{u"counted"_qs});
        QCOMPARE(fieldsOf({{u"counted"_qs, eur(-1)}}), QStringList{u"counted.amount"_qs});
        QCOMPARE(fieldsOf({{u"counted"_qs, QJsonObject{{u"amount"_qs, 1}, {u"currency"_qs, u"CHF"_qs}}}}),
                 QStringList{u"counted.currency"_qs});
        QCOMPARE(
            post(sessionPath(session) + "/close", {{u"counted"_qs, eur(1)}}, m_accounts.staffLyon).status,
            404);
        QCOMPARE(post(sessionPath(session) + "/close", {{u"counted"_qs, eur(1)}}, m_customer).status, 403);
        QCOMPARE(post(sessionPath(session) + "/close", {{u"counted"_qs, eur(1)}}, till.token).status, 403);
        QCOMPARE(m_server.client()
                     .get(sessionPath(session), m_accounts.staffParis)
                     .json()
                     .value(u"status"_qs)
                     .toString(),
                 u"open"_qs);

        const Reply closed = close(session, expected - 120, m_accounts.staffParis, "z-close");
        QCOMPARE(closed.status, 200);
        const QJsonObject z = closed.json();
        QCOMPARE(z.value(u"status"_qs).toString(), u"closed"_qs);
        QVERIFY(z.value(u"closed_at"_qs).isString());
        QVERIFY(!z.value(u"closed_by"_qs).toString().isEmpty());
        QCOMPARE(amountOf(z.value(u"counted"_qs)), expected - 120);
        QCOMPARE(amountOf(z.value(u"expected_cash"_qs)), expected);
        QCOMPARE(amountOf(z.value(u"difference"_qs)), -120);
        const QJsonObject report = z.value(u"report"_qs).toObject();
        QCOMPARE(amountOf(report.value(u"expected_cash"_qs)), expected);
        QCOMPARE(amountOf(report.value(u"counted"_qs)), expected - 120);
        QCOMPARE(amountOf(report.value(u"difference"_qs)), -120);
        QCOMPARE(report.value(u"orders"_qs).toInt(), 1);

        // The same close replayed; another close refused; nothing moves into a closed drawer.
        const Reply replayed = close(session, expected - 120, m_accounts.staffParis, "z-close");
        QCOMPARE(replayed.status, 200);
        QCOMPARE(replayed.header("Idempotent-Replayed"), std::string("true"));
        QCOMPARE(replayed.json(), z);
        QCOMPARE(close(session, expected, m_accounts.staffParis).status, 409);
        QCOMPARE(close(session, expected, m_accounts.manager).status, 409);
        const QJsonObject next = sale(1);
        QCOMPARE(pay(idOf(next), cash(totalOf(next), session)).status, 409);
        QCOMPARE(pay(idOf(next), terminal(session)).status, 409);
        QCOMPARE(getOrder(idOf(next)).value(u"status"_qs).toString(), u"pending_payment"_qs);
        const QString payment = idOf(paid.json());
        QCOMPARE(refund(payment, 100, session).status, 409);
        // The payment taken before the close replays as it was answered.
        const Reply payAgain = pay(idOf(order), cash(totalOf(order) + 1'000, session), {}, "z-cash-pay");
        QCOMPARE(payAgain.status, 201);
        QCOMPARE(payAgain.header("Idempotent-Replayed"), std::string("true"));

        // Later events never change a Z: cash of its sale handed back through the next drawer,
        // the order cancelled, a movement refused.
        const QString nextSession = openCashSession(m_server, m_accounts.staffParis, till.userId, 5'000);
        QCOMPARE(refund(payment, 100, nextSession).status, 201);
        QCOMPARE(m_server.client().post(orderPath(idOf(order)) + "/cancel", {}, m_accounts.staffParis).status,
                 200);
        QCOMPARE(move(session, u"in"_qs, 1, m_accounts.staffParis).status, 409);
        const QJsonObject after = m_server.client().get(sessionPath(session), m_accounts.staffParis).json();
        QCOMPARE(after, z);
        // The refund belongs to the session it was made in.
        const QJsonObject x = reportOf(nextSession);
        QCOMPARE(x.value(u"refunds"_qs).toObject().value(u"count"_qs).toInt(), 1);
        QCOMPARE(amountOf(x.value(u"refunds"_qs).toObject().value(u"amount"_qs)), 100);
        QCOMPARE(amountOf(x.value(u"expected_cash"_qs)), 5'000 - 100);
        QCOMPARE(x.value(u"orders"_qs).toInt(), 0);
    }

    void moneyMovesOnlyThroughAnOpenSessionOfTheStore()
    {
        const QString session = newDrawer();
        const QJsonObject order = sale(1);
        const qint64 total = totalOf(order);
        const auto refusal = [&](const QJsonObject& body, const std::string& token = {}) {
            const Reply r = pay(idOf(order), body, token);
            return r.status == 422 ? u"422 "_qs + r.errorFields().join(u',') : u"%1"_qs.arg(r.status);
        };
        QCOMPARE(refusal(cash(total, {})), u"422 cash_session_id"_qs);
        QCOMPARE(refusal(cash(total, u"csn_nowhere"_qs)), u"422 cash_session_id"_qs);
        QJsonObject numeric = cash(total, {});
        numeric.insert(u"cash_session_id"_qs, 7);
        QCOMPARE(refusal(numeric), u"422 cash_session_id"_qs);
        const QString closedOne = newDrawer();
        QCOMPARE(close(closedOne, 20'000, m_accounts.manager).status, 200);
        QCOMPARE(refusal(cash(total, closedOne)), u"409"_qs);
        QCOMPARE(refusal(terminal(closedOne)), u"409"_qs);
        // Another store's drawer is another register's.
        const QString lyon = openCashSession(m_server, m_accounts.staffLyon, newTill(u"loc_lyon"_qs).userId);
        QCOMPARE(pay(idOf(order), cash(total, lyon), m_accounts.staffLyon).status, 404); // not their order
        QCOMPARE(post("/api/v1/inventory/adjustments",
                      {{u"sku"_qs, m_skus[0].first()},
                       {u"location_id"_qs, u"loc_lyon"_qs},
                       {u"delta"_qs, 10},
                       {u"reason"_qs, u"receipt"_qs}},
                      m_accounts.manager)
                     .status,
                 201);
        const QJsonObject lyonSale = [&] {
            const Reply r = post(
                "/api/v1/orders",
                {{u"lines"_qs, QJsonArray{QJsonObject{{u"sku"_qs, m_skus[0].first()}, {u"quantity"_qs, 1}}}},
                 {u"fulfillment"_qs, carryOutAt(u"loc_lyon"_qs)}},
                m_accounts.manager);
            return r.json();
        }();
        QCOMPARE(pay(idOf(lyonSale), cash(totalOf(lyonSale), session), m_accounts.staffLyon).status, 409);
        QCOMPARE(refusal(cash(total, lyon)), u"409"_qs);
        // Money through a drawer is staff's: a kiosk's terminal or a customer's card goes through none.
        const QJsonObject kioskOrder = sale({{m_skus[0].first(), 1}}, {}, m_accounts.kioskParis);
        QCOMPARE(pay(idOf(kioskOrder), terminal(session), m_accounts.kioskParis).status, 403);
        QCOMPARE(getOrder(idOf(order)).value(u"status"_qs).toString(), u"pending_payment"_qs);
        QCOMPARE(amountOf(getOrder(idOf(order)).value(u"paid_total"_qs)), 0);
        QCOMPARE(reportOf(session).value(u"payments"_qs).toObject().value(u"count"_qs).toInt(), 0);

        // Through the right drawer it goes, and says so.
        const Reply paid = pay(idOf(order), cash(total + 500, session));
        QCOMPARE(paid.status, 201);
        QCOMPARE(paid.json().value(u"cash_session_id"_qs).toString(), session);
        QCOMPARE(amountOf(paid.json().value(u"change_due"_qs)), 500);
        // A card needs no drawer, and may name one.
        const QJsonObject cardOrder = sale(1);
        const Reply byCard = pay(idOf(cardOrder), card({}));
        QCOMPARE(byCard.status, 201);
        QVERIFY(byCard.json().value(u"cash_session_id"_qs).isNull());
        const QJsonObject x = reportOf(session);
        QCOMPARE(x.value(u"payments"_qs).toObject().value(u"count"_qs).toInt(), 1);
        QCOMPARE(amountOf(x.value(u"expected_cash"_qs)), 20'000 + total);
    }

    void cashRefundsComeOutOfAnOpenDrawer()
    {
        const QString session = newDrawer();
        const QJsonObject order = sale(3);
        const Reply paid = pay(idOf(order), cash(totalOf(order), session));
        QCOMPARE(paid.status, 201);
        const QString payment = idOf(paid.json());
        const Reply missing = refund(payment, 100, {});
        QCOMPARE(missing.status, 422);
        QCOMPARE(missing.errorFields(), QStringList{u"cash_session_id"_qs});
        QCOMPARE(refund(payment, 100, u"csn_nowhere"_qs).errorFields(), QStringList{u"cash_session_id"_qs});
        const QString closedOne = newDrawer();
        QCOMPARE(close(closedOne, 20'000, m_accounts.manager).status, 200);
        QCOMPARE(refund(payment, 100, closedOne).status, 409);
        const QString lyon = openCashSession(m_server, m_accounts.staffLyon, newTill(u"loc_lyon"_qs).userId);
        QCOMPARE(refund(payment, 100, lyon).status, 409);
        QCOMPARE(refund(payment, 100, session, m_customer).status, 403);
        QCOMPARE(amountOf(getOrder(idOf(order)).value(u"refunded_total"_qs)), 0);

        const Reply made = refund(payment, 150, session);
        QCOMPARE(made.status, 201);
        QCOMPARE(made.json().value(u"cash_session_id"_qs).toString(), session);
        QCOMPARE(made.json().value(u"method"_qs).toString(), u"cash"_qs);
        // A card refund may go through a drawer too, and counts there (not in its cash).
        const QJsonObject cardOrder = sale(1);
        const Reply byCard = pay(idOf(cardOrder), card({}));
        QCOMPARE(refund(idOf(byCard.json()), 200, session).status, 201);
        const QJsonObject x = reportOf(session);
        QCOMPARE(x.value(u"refunds"_qs).toObject().value(u"count"_qs).toInt(), 2);
        QCOMPARE(x.value(u"refunds"_qs).toObject().value(u"by_method"_qs).toArray().size(), 2);
        QCOMPARE(amountOf(x.value(u"expected_cash"_qs)), 20'000 + totalOf(order) - 150);
    }

    void twoTillsRefundingOnePaymentNeverRefundMoreThanPaid()
    {
        const QString tillOne = newDrawer();
        const QString tillTwo = newDrawer();
        for (const QString& method : {u"cash"_qs, u"card"_qs}) {
            for (int round = 0; round < 4; ++round) {
                const QJsonObject order = sale(4);
                const qint64 total = totalOf(order);
                const Reply paid = pay(idOf(order), method == u"cash" ? cash(total, tillOne) : card(tillOne));
                QCOMPARE(paid.status, 201);
                const std::string path = "/api/v1/payments/" + idOf(paid.json()).toStdString() + "/refunds";
                const qint64 part = total * 6 / 10; // two of them exceed the payment
                const auto body = [&](const QString& session) {
                    return QJsonObject{{u"amount"_qs, eur(part)}, {u"cash_session_id"_qs, session}};
                };
                const std::vector<Reply> replies = postAllAtOnce(
                    m_server.port(), {Post{path, body(tillOne), m_accounts.staffParis, nextKey()},
                                      Post{path, body(tillTwo), m_accounts.manager, nextKey()}});
                QList<int> statuses{replies[0].status, replies[1].status};
                std::sort(statuses.begin(), statuses.end());
                QCOMPARE(statuses, (QList<int>{201, 422}));
                const QJsonObject after = getOrder(idOf(order));
                QCOMPARE(amountOf(after.value(u"refunded_total"_qs)), part);
            }
        }
        // The drawers' reports hold exactly the refunds made.
        const qint64 refunds = reportOf(tillOne).value(u"refunds"_qs).toObject().value(u"count"_qs).toInt() +
                               reportOf(tillTwo).value(u"refunds"_qs).toObject().value(u"count"_qs).toInt();
        QCOMPARE(refunds, 8);
    }

    void zReportAddsUpTo200SalesToTheCent()
    {
        QRandomGenerator rng(14);
        const EnrolledRegister till = newTill(u"loc_paris"_qs);
        const qint64 openingFloat = 15'000;
        const QString session = openCashSession(m_server, m_accounts.staffParis, till.userId, openingFloat);
        const QString elsewhere = newDrawer(); // another till of the store, taking its own sales
        QVERIFY(!session.isEmpty() && !elsewhere.isEmpty());
        Ledger ledger;
        ledger.openingFloat = openingFloat;

        struct Paid {
            QJsonObject order;
            QString payment;
            QString method;
            qint64 amount = 0;
            qint64 refunded = 0;
        };
        QList<Paid> payments;
        QList<QJsonObject> cashOnlyOrders;
        const auto take = [&](const QJsonObject& order, const QJsonObject& body, const QString& drawer) {
            const Reply r = pay(idOf(order), body);
            QVERIFY2(r.status == 201, r.body.c_str());
            const QJsonObject p = r.json();
            if (p.value(u"status"_qs).toString() != u"captured")
                return; // a declined card counts nowhere
            const QString method = p.value(u"method"_qs).toString();
            const qint64 amount = amountOf(p.value(u"amount"_qs));
            if (drawer == session)
                ledger.paid(order, method, amount);
            payments.append(Paid{order, idOf(p), method, amount, 0});
            if (method == u"cash")
                QCOMPARE(amountOf(p.value(u"change_due"_qs)), amountOf(body.value(u"tendered"_qs)) - amount);
        };

        for (int i = 0; i < 200; ++i) {
            QList<std::pair<QString, int>> lines;
            const int lineCount = 1 + int(rng.bounded(3));
            for (int l = 0; l < lineCount; ++l) {
                const QStringList& skus = m_skus[rng.bounded(3)];
                const QString sku = skus[rng.bounded(int(skus.size()))];
                if (std::none_of(lines.cbegin(), lines.cend(),
                                 [&](const auto& line) { return line.first == sku; }))
                    lines.append({sku, 1 + int(rng.bounded(3))});
            }
            const QJsonObject order = sale(lines, rng.bounded(5) == 0 ? u"BIENVENUE10"_qs : QString());
            QVERIFY(!order.isEmpty());
            const qint64 total = totalOf(order);
            const qint64 part = 1 + qint64(rng.bounded(quint32(total - 1)));
            const QString drawer = i % 20 == 19 ? elsewhere : session; // one sale in twenty elsewhere
            const qint64 tendered = (total / 1000 + 1) * 1000;         // the next ten euros
            switch (i % 7) {
            case 0:
                take(order, cash(tendered, drawer), drawer);
                cashOnlyOrders.append(order);
                break;
            case 1:
                take(order, card(drawer), drawer);
                break;
            case 2:
                take(order, terminal(drawer), drawer);
                break;
            case 3:
                take(order, cash(part + qint64(rng.bounded(500)), drawer, part), drawer);
                take(order, card(drawer), drawer);
                break;
            case 4:
                take(order, cash(part, drawer, part), drawer);
                take(order, terminal(drawer, total - part), drawer);
                break;
            case 5:
                take(order, card(drawer, part), drawer);
                take(order, terminal(drawer), drawer);
                break;
            case 6:
                take(order, card(drawer, {}, u"4000000000000002"_qs), drawer); // declined
                take(order, cash(tendered, drawer), drawer);
                break;
            }
            QCOMPARE(getOrder(idOf(order)).value(u"status"_qs).toString(), u"paid"_qs);
            if (i % 20 == 10) {
                const Reply m = move(session, i % 40 == 10 ? u"in"_qs : u"out"_qs,
                                     100 + qint64(rng.bounded(5'000)), m_accounts.staffParis);
                QCOMPARE(m.status, 201);
                ledger.movements.append(m.json());
            }
        }
        // Card payments outside any drawer belong to no report.
        for (int i = 0; i < 3; ++i)
            take(sale(1), card({}), {});

        // Thirty refunds through the drawer, of payments taken in it or elsewhere.
        for (int i = 0; i < 30; ++i) {
            Paid& p = payments[qsizetype(rng.bounded(quint32(payments.size())))];
            const qint64 left = p.amount - p.refunded;
            if (left <= 0)
                continue;
            const qint64 amount = 1 + qint64(rng.bounded(quint32(left)));
            const Reply r = refund(p.payment, amount, session);
            QVERIFY2(r.status == 201, r.body.c_str());
            p.refunded += amount;
            ledger.refunded(p.order, p.method, amount);
        }
        // Two cash sales cancelled: their cash comes back out of the drawer it went into.
        for (int i = 0; i < 2; ++i) {
            const QJsonObject& order = cashOnlyOrders[i];
            const auto it = std::find_if(payments.begin(), payments.end(),
                                         [&](const Paid& p) { return idOf(p.order) == idOf(order); });
            const qint64 left = it->amount - it->refunded;
            QCOMPARE(
                m_server.client().post(orderPath(idOf(order)) + "/cancel", {}, m_accounts.staffParis).status,
                200);
            if (left > 0)
                ledger.refunded(order, u"cash"_qs, left);
            it->refunded = it->amount;
        }

        // The running X report, then the close with a count 2.37 € short, then the Z for good.
        const QJsonObject x = reportOf(session);
        QCOMPARE(x, ledger.report(std::nullopt));
        const qint64 counted = ledger.expectedCash() - 237;
        const Reply closed = close(session, counted, m_accounts.staffParis);
        QCOMPARE(closed.status, 200);
        QCOMPARE(closed.json().value(u"report"_qs).toObject(), ledger.report(counted));
        QCOMPARE(amountOf(closed.json().value(u"difference"_qs)), -237);
        QCOMPARE(amountOf(closed.json().value(u"expected_cash"_qs)), ledger.expectedCash());
        QCOMPARE(reportOf(session), ledger.report(counted));
        // The figures a reader checks by eye, from the ledger's own sums.
        const QJsonObject z = reportOf(session);
        qint64 taxTotal = 0;
        for (const QJsonValue& t : z.value(u"tax"_qs).toArray())
            taxTotal += amountOf(t.toObject().value(u"total"_qs));
        QCOMPARE(taxTotal, amountOf(z.value(u"payments"_qs).toObject().value(u"amount"_qs)) -
                               amountOf(z.value(u"refunds"_qs).toObject().value(u"amount"_qs)));
        QCOMPARE(z.value(u"tax"_qs).toArray().size(), 3);
    }

    void changeFeedCarriesDrawersToTheirStoreOnly()
    {
        const qint64 head = feedHead();
        const QString session = newDrawer();
        const Reply movement = move(session, u"in"_qs, 1'000, m_accounts.staffParis);
        QCOMPARE(movement.status, 201);
        QCOMPARE(close(session, 21'000, m_accounts.staffParis).status, 200);
        const QString lyon = openCashSession(m_server, m_accounts.staffLyon, newTill(u"loc_lyon"_qs).userId);

        const auto entities = [](const QList<QJsonObject>& changes) {
            QStringList out;
            for (const QJsonObject& c : changes)
                out.append(c.value(u"entity"_qs).toString() + u':' + c.value(u"id"_qs).toString());
            out.sort();
            return out;
        };
        const QStringList paris =
            QStringList{u"cash_movement:"_qs + idOf(movement.json()), u"cash_session:"_qs + session};
        const QList<QJsonObject> staff = drawerChanges(head, m_accounts.staffParis);
        QCOMPARE(entities(staff), paris);
        for (const QJsonObject& c : staff)
            if (c.value(u"entity"_qs) == u"cash_session"_qs) {
                const QJsonObject data = c.value(u"data"_qs).toObject();
                QCOMPARE(data.value(u"status"_qs).toString(), u"closed"_qs);
                QCOMPARE(amountOf(data.value(u"report"_qs).toObject().value(u"counted"_qs)), 21'000);
                QCOMPARE(data.value(u"report"_qs).toObject(), reportOf(session));
            } else {
                QCOMPARE(c.value(u"data"_qs).toObject(), movement.json());
            }
        QCOMPARE(entities(drawerChanges(head, m_accounts.staffLyon)),
                 QStringList{u"cash_session:"_qs + lyon});
        QStringList everything = paris;
        everything.append(u"cash_session:"_qs + lyon);
        everything.sort();
        QCOMPARE(entities(drawerChanges(head, m_accounts.manager)), everything);
        QCOMPARE(entities(drawerChanges(head, m_admin)), everything);
        QCOMPARE(entities(drawerChanges(head, m_customer)), QStringList());
        QCOMPARE(entities(drawerChanges(head, m_accounts.kioskParis)), QStringList());
        QCOMPARE(entities(drawerChanges(head, m_parisTill.token)), QStringList());
        QCOMPARE(entities(drawerChanges(head, {})), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestCashSessions)
#include "tst_cashsessions.moc"
