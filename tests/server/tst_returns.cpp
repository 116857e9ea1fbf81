// Returns, omnichannel (API.md, second part: Returns): what an order can still give back, a
// return taken in parts, refused when it asks for more than was sold, restocked at the store that
// takes the goods back, refunded to the cent of each line's share after line, order and
// promotion discounts (computed again here, by this test's own arithmetic), never more than was
// paid when two tills take back the same lines at once, in cash from the taker's own drawer with
// the VAT of the lines returned in its X report, through the processor (and its failures), seen
// by whom the contract says, in the change feed of both stores, and every bad request refused
// with problem+json and nothing changed.
#include "concurrentposts.h"
#include "contractarithmetic.h"
#include "demoaccounts.h"
#include "orderbodies.h"
#include "testserver.h"
#include "tills.h"

#include <QtTest>

using namespace comptoir::test;

namespace {

// What returning units [from, to) of a line paid `paid` for `sold` units gives back: the share
// of the running total, rounded half up, so a whole line returned in parts gives back what it
// was paid.
qint64 shareOf(qint64 paid, qint64 sold, qint64 from, qint64 to)
{
    const auto running = [&](qint64 n) { return (paid * n * 2 + sold) / (2 * sold); };
    return running(to) - running(from);
}

QJsonObject line(const QString& sku, qint64 quantity)
{
    return {{u"sku"_qs, sku}, {u"quantity"_qs, quantity}};
}

QJsonObject returnBody(const QJsonArray& lines, bool restock, const QString& method = u"original"_qs,
                       const QString& session = {})
{
    QJsonObject refund{{u"method"_qs, method}};
    if (!session.isEmpty())
        refund.insert(u"cash_session_id"_qs, session);
    return {{u"lines"_qs, lines},
            {u"restock"_qs, restock},
            {u"reason"_qs, u"does not fit"_qs},
            {u"refund"_qs, refund}};
}

// The rows of a report's or a refund's "tax" by rate: rate → (total, tax).
QMap<int, std::pair<qint64, qint64>> taxRows(const QJsonArray& rows)
{
    QMap<int, std::pair<qint64, qint64>> out;
    for (const QJsonValue& v : rows) {
        const QJsonObject r = v.toObject();
        out[r.value(u"rate_bp"_qs).toInt()] = {amountOf(r.value(u"total"_qs)), amountOf(r.value(u"tax"_qs))};
    }
    return out;
}

} // namespace

class TestReturns : public QObject {
    Q_OBJECT

private:
    TestServer m_server{
        TestServer::Options{true, {u"--terminal-delay-ms"_qs, u"1"_qs, u"--durability"_qs, u"normal"_qs}}};
    DemoAccounts m_accounts;
    std::string m_admin, m_staffBordeaux, m_customer, m_otherCustomer;
    QString m_standard, m_standard2, m_reduced; // SKUs stocked at Paris
    int m_keys = 0;

    std::string nextKey() { return "ret-" + std::to_string(++m_keys); }

    Reply post(const std::string& path, const QJsonObject& body, const std::string& token,
               const std::string& key = {})
    {
        return m_server.client().post(path, body, token, idempotencyKey(key.empty() ? nextKey() : key));
    }
    Reply takeReturn(const QString& order, const QJsonObject& body, const std::string& token,
                     const std::string& key = {})
    {
        return post(orderPath(order) + "/returns", body, token, key);
    }
    QJsonObject returnable(const QString& order)
    {
        return m_server.client().get(orderPath(order) + "/returnable", m_accounts.staffParis).json();
    }
    QJsonArray returnsOf(const QString& order)
    {
        return m_server.client().get(orderPath(order) + "/returns", m_accounts.manager).items();
    }
    QJsonObject getOrder(const QString& id)
    {
        return m_server.client().get(orderPath(id), m_accounts.manager).json();
    }
    qint64 onHand(const QString& sku, const QString& location)
    {
        auto c = m_server.client();
        return qint64(stockLevel(c, sku, location).value(u"on_hand"_qs).toDouble());
    }
    QString cardToken(const QString& number = u"4242424242424242"_qs)
    {
        return m_server.client()
            .post("/api/v1/payments/tokens", {{u"number"_qs, number},
                                              {u"exp_month"_qs, 12},
                                              {u"exp_year"_qs, QDate::currentDate().year() + 2},
                                              {u"cvc"_qs, u"123"_qs}})
            .json()
            .value(u"token"_qs)
            .toString();
    }
    // A counter sale at Paris, paid in full by card (or as `payment` says); empty on failure.
    QJsonObject paidSale(QJsonObject order, const QJsonObject& payment = {}, const std::string& token = {})
    {
        const std::string& staff = token.empty() ? m_accounts.staffParis : token;
        if (!order.contains(u"fulfillment"_qs))
            order.insert(u"fulfillment"_qs, carryOutAt(u"loc_paris"_qs));
        const Reply placed = post("/api/v1/orders", order, staff);
        if (placed.status != 201)
            return {{u"placed"_qs, placed.status}, {u"body"_qs, QString::fromStdString(placed.body)}};
        const QJsonObject pay =
            payment.isEmpty() ? QJsonObject{{u"method"_qs, u"card"_qs}, {u"token"_qs, cardToken()}} : payment;
        const Reply paid = post(orderPath(idOf(placed.json())) + "/payments", pay, staff);
        if (paid.status != 201)
            return {{u"paid"_qs, paid.status}, {u"body"_qs, QString::fromStdString(paid.body)}};
        return getOrder(idOf(placed.json()));
    }
    QJsonObject paidSale(const QJsonArray& lines, const QJsonObject& payment = {})
    {
        return paidSale(QJsonObject{{u"lines"_qs, lines}}, payment);
    }
    // A register of `store` with its drawer open, and a token of `email` signed in on it by PIN.
    struct Till {
        std::string registerToken;
        QString registerId;
        std::string staffToken; // PIN sign-in: remembers this register
        QString session;
    };
    Till openTill(const QString& store, const QString& email, const std::string& passwordToken)
    {
        auto c = m_server.client();
        Till till;
        const EnrolledRegister reg = enrolRegister(c, m_accounts.manager, store);
        till.registerToken = reg.token;
        till.registerId = reg.userId;
        if (setPin(c, passwordToken, u"4321"_qs) != 204)
            return till;
        till.staffToken =
            pinSignIn(c, reg.token, email, u"4321"_qs).json().value(u"token"_qs).toString().toStdString();
        till.session =
            idOf(post("/api/v1/cash-sessions",
                      {{u"register_id"_qs, reg.userId}, {u"opening_float"_qs, eur(50'000)}}, till.staffToken)
                     .json());
        return till;
    }
    QJsonObject reportOf(const QString& session)
    {
        return m_server.client()
            .get("/api/v1/cash-sessions/" + session.toStdString(), m_accounts.manager)
            .json()
            .value(u"report"_qs)
            .toObject();
    }
    // What a refused request must leave as it was: the order, its returns, its stock at both stores.
    struct Snapshot {
        QJsonObject order;
        QJsonObject returnable;
        qsizetype returns = 0;
        QList<qint64> stock;
        bool operator==(const Snapshot&) const = default;
    };
    Snapshot snapshot(const QString& order, const QStringList& skus)
    {
        Snapshot s{getOrder(order), returnable(order), returnsOf(order).size(), {}};
        for (const QString& sku : skus)
            for (const QString& store : {u"loc_paris"_qs, u"loc_lyon"_qs})
                s.stock.append(onHand(sku, store));
        return s;
    }
    // The returns among the feed's changes after `since` that `token` is given.
    QSet<QString> returnsInFeed(qint64 since, const std::string& token)
    {
        QSet<QString> out;
        const Reply r =
            m_server.client().get("/api/v1/sync/changes?limit=5000&since=" + std::to_string(since), token);
        for (const QJsonValue& v : r.json().value(u"changes"_qs).toArray())
            if (v.toObject().value(u"entity"_qs).toString() == u"return")
                out.insert(v.toObject().value(u"id"_qs).toString());
        return out;
    }
    qint64 feedHead()
    {
        qint64 since = 0;
        for (int page = 0; page < 200; ++page) {
            const QJsonObject body =
                m_server.client()
                    .get("/api/v1/sync/changes?limit=5000&since=" + std::to_string(since), m_accounts.manager)
                    .json();
            since = body.value(u"next"_qs).toInteger();
            if (!body.value(u"has_more"_qs).toBool())
                break;
        }
        return since;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QVERIFY(m_accounts.signInStaff(m_server));
        QVERIFY(m_accounts.signInKiosks(m_server));
        m_admin = m_server.login(u"admin@demo.comptoir.fr"_qs);
        m_staffBordeaux = m_server.login(u"staff.bordeaux@demo.comptoir.fr"_qs);
        m_customer =
            registerCustomer(m_server, u"returns@example.fr"_qs, u"Camille"_qs, u"customer-password"_qs)
                .token;
        m_otherCustomer =
            registerCustomer(m_server, u"other@example.fr"_qs, u"Dominique"_qs, u"customer-password"_qs)
                .token;
        QVERIFY(!m_admin.empty() && !m_staffBordeaux.empty() && !m_customer.empty() &&
                !m_otherCustomer.empty());

        // Two standard-rate SKUs and a reduced-rate one, plenty of each at Paris and the warehouse.
        auto c = m_server.client();
        for (const QJsonValue& p : everyItem(c, "/api/v1/products?limit=200")) {
            const QString cls = p.toObject().value(u"tax_class"_qs).toString();
            const QString sku =
                p.toObject().value(u"variants"_qs).toArray().first().toObject().value(u"sku"_qs).toString();
            if (cls == u"standard" && m_standard.isEmpty())
                m_standard = sku;
            else if (cls == u"standard" && m_standard2.isEmpty())
                m_standard2 = sku;
            else if (cls == u"reduced" && m_reduced.isEmpty())
                m_reduced = sku;
        }
        QVERIFY(!m_standard.isEmpty() && !m_standard2.isEmpty() && !m_reduced.isEmpty());
        const QString warehouse = [&] {
            for (const QJsonValue& l : c.get("/api/v1/locations").items())
                if (l.toObject().value(u"kind"_qs).toString() == u"warehouse")
                    return idOf(l.toObject());
            return QString();
        }();
        for (const QString& sku : {m_standard, m_standard2, m_reduced})
            for (const QString& location : {u"loc_paris"_qs, warehouse})
                QCOMPARE(post("/api/v1/inventory/adjustments",
                              {{u"sku"_qs, sku},
                               {u"location_id"_qs, location},
                               {u"delta"_qs, 10'000},
                               {u"reason"_qs, u"receipt"_qs}},
                              m_accounts.manager)
                             .status,
                         201);
    }

    void partOfASaleComesBackThenTheRest()
    {
        const QJsonObject order = paidSale(QJsonArray{line(m_standard, 3), line(m_reduced, 2)});
        const QString id = idOf(order);
        QVERIFY2(!id.isEmpty(), qPrintable(QJsonDocument(order).toJson()));
        const qint64 total = totalOf(order);

        const QJsonObject before = returnable(id);
        QCOMPARE(before.value(u"order_id"_qs).toString(), id);
        QCOMPARE(before.value(u"number"_qs).toString(), order.value(u"number"_qs).toString());
        QCOMPARE(before.value(u"store_id"_qs).toString(), u"loc_paris"_qs);
        QCOMPARE(amountOf(before.value(u"paid_total"_qs)), total);
        QCOMPARE(amountOf(before.value(u"refunded_total"_qs)), 0);
        const QJsonArray lines = before.value(u"lines"_qs).toArray();
        QCOMPARE(lines.size(), 2);
        const qint64 paidStandard =
            amountOf(order.value(u"lines"_qs).toArray()[0].toObject().value(u"line_total"_qs));
        const QJsonObject first = lines[0].toObject();
        QCOMPARE(first.value(u"sku"_qs).toString(), m_standard);
        QCOMPARE(first.value(u"sold"_qs).toInt(), 3);
        QCOMPARE(first.value(u"returned"_qs).toInt(), 0);
        QCOMPARE(first.value(u"returnable"_qs).toInt(), 3);
        QCOMPARE(amountOf(first.value(u"unit_refund"_qs)), shareOf(paidStandard, 3, 0, 1));
        QVERIFY(!first.value(u"name"_qs).toString().isEmpty());

        const qint64 parisStandard = onHand(m_standard, u"loc_paris"_qs);
        const Reply one = takeReturn(id, returnBody({line(m_standard, 1)}, true), m_accounts.staffParis);
        QCOMPARE(one.status, 201);
        const QJsonObject r1 = one.json();
        QVERIFY(idOf(r1).startsWith(u"ret_"));
        QCOMPARE(r1.value(u"order_id"_qs).toString(), id);
        QCOMPARE(r1.value(u"store_id"_qs).toString(), u"loc_paris"_qs);
        QVERIFY(r1.value(u"created_at"_qs).isString());
        QCOMPARE(amountOf(r1.value(u"refund_total"_qs)), shareOf(paidStandard, 3, 0, 1));
        const QJsonArray refunds1 = r1.value(u"refunds"_qs).toArray();
        QCOMPARE(refunds1.size(), 1);
        QCOMPARE(refunds1[0].toObject().value(u"method"_qs).toString(), u"card"_qs);
        QCOMPARE(amountOf(refunds1[0].toObject().value(u"amount"_qs)),
                 amountOf(r1.value(u"refund_total"_qs)));
        QCOMPARE(onHand(m_standard, u"loc_paris"_qs), parisStandard + 1);
        QCOMPARE(amountOf(getOrder(id).value(u"refunded_total"_qs)), amountOf(r1.value(u"refund_total"_qs)));
        QCOMPARE(returnable(id).value(u"lines"_qs).toArray()[0].toObject().value(u"returnable"_qs).toInt(),
                 2);

        // The rest: the two refunds add up to what was paid, to the cent.
        const Reply rest = takeReturn(id, returnBody({line(m_standard, 2), line(m_reduced, 2)}, true),
                                      m_accounts.staffParis);
        QCOMPARE(rest.status, 201);
        QCOMPARE(amountOf(r1.value(u"refund_total"_qs)) + amountOf(rest.json().value(u"refund_total"_qs)),
                 total);
        const QJsonObject after = getOrder(id);
        QCOMPARE(amountOf(after.value(u"refunded_total"_qs)), total);
        QCOMPARE(after.value(u"status"_qs).toString(), order.value(u"status"_qs).toString());
        const QJsonObject left = returnable(id);
        QCOMPARE(amountOf(left.value(u"refunded_total"_qs)), total);
        for (const QJsonValue& l : left.value(u"lines"_qs).toArray()) {
            QCOMPARE(l.toObject().value(u"returnable"_qs).toInt(), 0);
            QCOMPARE(l.toObject().value(u"returned"_qs).toInt(), l.toObject().value(u"sold"_qs).toInt());
        }
        QCOMPARE(onHand(m_standard, u"loc_paris"_qs), parisStandard + 3);
        const QJsonArray listed = returnsOf(id);
        QCOMPARE(listed.size(), 2);
        QCOMPARE(idOf(listed[0].toObject()), idOf(r1));
        QCOMPARE(idOf(listed[1].toObject()), idOf(rest.json()));
        // The payment itself says it was refunded in full.
        const QString payment = refunds1[0].toObject().value(u"payment_id"_qs).toString();
        const Reply more = post("/api/v1/payments/" + payment.toStdString() + "/refunds",
                                {{u"amount"_qs, eur(1)}}, m_accounts.staffParis);
        QCOMPARE(more.status, 422);
    }

    void returningMoreThanSoldIsRefusedAndChangesNothing()
    {
        const QString id = idOf(paidSale(QJsonArray{line(m_standard, 2)}));
        QVERIFY(!id.isEmpty());
        const Snapshot before = snapshot(id, {m_standard});
        const Reply tooMany = takeReturn(id, returnBody({line(m_standard, 3)}, true), m_accounts.staffParis);
        QCOMPARE(tooMany.status, 422);
        QCOMPARE(tooMany.header("Content-Type").rfind("application/problem+json", 0), 0u);
        QCOMPARE(tooMany.errorFields(), QStringList{u"lines[0].quantity"_qs});
        QCOMPARE(snapshot(id, {m_standard}), before);

        QCOMPARE(takeReturn(id, returnBody({line(m_standard, 2)}, true), m_accounts.staffParis).status, 201);
        const Snapshot all = snapshot(id, {m_standard});
        const Reply again = takeReturn(id, returnBody({line(m_standard, 1)}, true), m_accounts.staffLyon);
        QCOMPARE(again.status, 422);
        QCOMPARE(again.errorFields(), QStringList{u"lines[0].quantity"_qs});
        QCOMPARE(snapshot(id, {m_standard}), all);
    }

    void aReturnAtAnotherStoreRestocksThere()
    {
        const QString id = idOf(paidSale(QJsonArray{line(m_standard, 3)}));
        QVERIFY(!id.isEmpty());
        const qint64 paris = onHand(m_standard, u"loc_paris"_qs);
        const qint64 lyon = onHand(m_standard, u"loc_lyon"_qs);
        // Staff of Lyon see any store's sale to take it back.
        QCOMPARE(m_server.client().get(orderPath(id) + "/returnable", m_accounts.staffLyon).status, 200);
        const Reply back = takeReturn(id, returnBody({line(m_standard, 1)}, true), m_accounts.staffLyon);
        QCOMPARE(back.status, 201);
        QCOMPARE(back.json().value(u"store_id"_qs).toString(), u"loc_lyon"_qs);
        QCOMPARE(onHand(m_standard, u"loc_lyon"_qs), lyon + 1);
        QCOMPARE(onHand(m_standard, u"loc_paris"_qs), paris);
        // Its movement, at Lyon, says why.
        auto c = m_server.client();
        const QJsonArray moves = everyItem(
            c, "/api/v1/inventory/movements?limit=200&location_id=loc_lyon&sku=" + urlEncode(m_standard),
            m_accounts.staffLyon);
        QVERIFY(!moves.isEmpty());
        const QJsonObject last = moves.last().toObject().value(u"cause_id"_qs).toString() == idOf(back.json())
                                     ? moves.last().toObject()
                                     : moves.first().toObject();
        QCOMPARE(last.value(u"cause_id"_qs).toString(), idOf(back.json()));
        QCOMPARE(last.value(u"reason"_qs).toString(), u"return"_qs);
        QCOMPARE(last.value(u"on_hand_delta"_qs).toInt(), 1);

        // Damaged goods: refunded, not put back anywhere.
        const Reply damaged = takeReturn(id, returnBody({line(m_standard, 1)}, false), m_accounts.staffLyon);
        QCOMPARE(damaged.status, 201);
        QVERIFY(amountOf(damaged.json().value(u"refund_total"_qs)) > 0);
        QCOMPARE(onHand(m_standard, u"loc_lyon"_qs), lyon + 1);
        QCOMPARE(onHand(m_standard, u"loc_paris"_qs), paris);
    }

    void theRefundIsEachLinesShareAfterEveryDiscount()
    {
        // A line discount of 10 % on the first line, 3 € off the order, then BIENVENUE10.
        QJsonObject discounted = line(m_standard, 3);
        discounted.insert(u"discount"_qs, QJsonObject{{u"percent"_qs, 10}});
        const QJsonObject order = paidSale(QJsonObject{
            {u"lines"_qs, QJsonArray{discounted, line(m_standard2, 1), line(m_reduced, 2)}},
            {u"discount"_qs, QJsonObject{{u"amount"_qs, eur(300)}, {u"reason"_qs, u"loyal customer"_qs}}},
            {u"promo_code"_qs, u"BIENVENUE10"_qs}});
        const QString id = idOf(order);
        QVERIFY2(!id.isEmpty(), qPrintable(QJsonDocument(order).toJson()));

        // This test's own arithmetic, from the unit prices.
        const QJsonArray lines = order.value(u"lines"_qs).toArray();
        QList<qint64> net;
        QList<qint64> quantities{3, 1, 2};
        for (qsizetype i = 0; i < 3; ++i) {
            const qint64 gross = amountOf(lines[i].toObject().value(u"unit_price"_qs)) * quantities[i];
            net.append(gross - (i == 0 ? percentOf(gross, 10) : 0));
        }
        const qint64 subtotal = net[0] + net[1] + net[2];
        const qint64 promotion = percentOf(subtotal - 300, 10);
        const QList<qint64> orderShares = largestRemainder(300 + promotion, net);
        QList<qint64> paid;
        for (qsizetype i = 0; i < 3; ++i)
            paid.append(net[i] - orderShares[i]);
        QCOMPARE(totalOf(order), paid[0] + paid[1] + paid[2]);

        const Reply r = takeReturn(id, returnBody({line(m_standard, 2), line(m_reduced, 1)}, true),
                                   m_accounts.staffParis);
        QCOMPARE(r.status, 201);
        const qint64 standardBack = shareOf(paid[0], 3, 0, 2);
        const qint64 reducedBack = shareOf(paid[2], 2, 0, 1);
        QCOMPARE(amountOf(r.json().value(u"refund_total"_qs)), standardBack + reducedBack);
        const QJsonArray back = r.json().value(u"lines"_qs).toArray();
        QCOMPARE(amountOf(back[0].toObject().value(u"refund"_qs)), standardBack);
        QCOMPARE(amountOf(back[1].toObject().value(u"refund"_qs)), reducedBack);
        const int reducedRate = lines[2].toObject().value(u"tax_rate_bp"_qs).toInt();
        QCOMPARE(amountOf(back[0].toObject().value(u"tax"_qs)), vatIn(standardBack, 2000));
        QCOMPARE(amountOf(back[1].toObject().value(u"tax"_qs)), vatIn(reducedBack, reducedRate));
        // The refund record carries that VAT by rate.
        const auto refundTax =
            taxRows(r.json().value(u"refunds"_qs).toArray()[0].toObject().value(u"tax"_qs).toArray());
        QCOMPARE(refundTax.value(2000), std::make_pair(standardBack, vatIn(standardBack, 2000)));
        QCOMPARE(refundTax.value(reducedRate), std::make_pair(reducedBack, vatIn(reducedBack, reducedRate)));

        // The last unit of the first line gives back the rest of what it was paid.
        const Reply last = takeReturn(id, returnBody({line(m_standard, 1)}, true), m_accounts.staffParis);
        QCOMPARE(last.status, 201);
        QCOMPARE(amountOf(last.json().value(u"refund_total"_qs)), paid[0] - standardBack);
    }

    void aReturnNeverGivesBackMoreThanThePaymentsStillHold()
    {
        // A refund made by hand first: the return gives back only what is left.
        const QJsonObject order = paidSale(QJsonArray{line(m_standard, 2), line(m_reduced, 1)});
        const QString id = idOf(order);
        QVERIFY(!id.isEmpty());
        const qint64 total = totalOf(order);
        const Reply first = takeReturn(id, returnBody({line(m_reduced, 1)}, false), m_accounts.staffParis);
        QCOMPARE(first.status, 201);
        const QString paymentId =
            first.json().value(u"refunds"_qs).toArray()[0].toObject().value(u"payment_id"_qs).toString();
        const qint64 byHand = (total - amountOf(first.json().value(u"refund_total"_qs))) / 2 + 7;
        QCOMPARE(post("/api/v1/payments/" + paymentId.toStdString() + "/refunds",
                      {{u"amount"_qs, eur(byHand)}}, m_accounts.staffParis)
                     .status,
                 201);
        const qint64 left = total - amountOf(first.json().value(u"refund_total"_qs)) - byHand;
        QCOMPARE(amountOf(returnable(id).value(u"refundable"_qs)), left);
        const Reply rest = takeReturn(id, returnBody({line(m_standard, 2)}, true), m_accounts.staffParis);
        QCOMPARE(rest.status, 201);
        QCOMPARE(amountOf(rest.json().value(u"refund_total"_qs)), left);
        QCOMPARE(amountOf(rest.json().value(u"lines"_qs).toArray()[0].toObject().value(u"refund"_qs)), left);
        QCOMPARE(amountOf(getOrder(id).value(u"refunded_total"_qs)), total);
    }

    void twoTillsReturningTheSameLinesNeverRefundMoreThanPaid()
    {
        // Both ask for everything: one wins, the other is told nothing is left.
        const QJsonObject order = paidSale(QJsonArray{line(m_standard, 2)});
        const QString id = idOf(order);
        QVERIFY(!id.isEmpty());
        const qint64 lyon = onHand(m_standard, u"loc_lyon"_qs);
        const qint64 paris = onHand(m_standard, u"loc_paris"_qs);
        const QJsonObject everything = returnBody({line(m_standard, 2)}, true);
        const std::vector<Reply> both = postAllAtOnce(
            m_server.port(), {{orderPath(id) + "/returns", everything, m_accounts.staffParis, nextKey()},
                              {orderPath(id) + "/returns", everything, m_accounts.staffLyon, nextKey()}});
        QList<int> statuses{both[0].status, both[1].status};
        std::sort(statuses.begin(), statuses.end());
        QCOMPARE(statuses, (QList<int>{201, 422}));
        QCOMPARE(amountOf(getOrder(id).value(u"refunded_total"_qs)), totalOf(order));
        QCOMPARE(returnsOf(id).size(), 1);
        QCOMPARE(onHand(m_standard, u"loc_paris"_qs) + onHand(m_standard, u"loc_lyon"_qs), paris + lyon + 2);

        // Five tills each taking one of three units back: three returns, exactly what was paid.
        const QJsonObject three = paidSale(QJsonArray{line(m_standard, 3)});
        std::vector<Post> posts;
        for (int i = 0; i < 5; ++i)
            posts.push_back({orderPath(idOf(three)) + "/returns", returnBody({line(m_standard, 1)}, false),
                             i % 2 ? m_accounts.staffLyon : m_accounts.staffParis, nextKey()});
        QMap<int, int> tally;
        qint64 refunded = 0;
        for (const Reply& r : postAllAtOnce(m_server.port(), posts)) {
            ++tally[r.status];
            if (r.status == 201)
                refunded += amountOf(r.json().value(u"refund_total"_qs));
        }
        QCOMPARE(tally, (QMap<int, int>{{201, 3}, {422, 2}}));
        QCOMPARE(refunded, totalOf(three));
        QCOMPARE(amountOf(getOrder(idOf(three)).value(u"refunded_total"_qs)), totalOf(three));
        QCOMPARE(returnsOf(idOf(three)).size(), 3);
    }

    void aCashRefundLeavesTheTakersDrawerWithTheVatOfTheLinesReturned()
    {
        const Till till =
            openTill(u"loc_paris"_qs, u"staff.paris@demo.comptoir.fr"_qs, m_accounts.staffParis);
        QVERIFY(!till.session.isEmpty());
        // Paid by card at the counter, not through the drawer: the cash refund is the drawer's only figure.
        const QJsonObject order = paidSale(QJsonArray{line(m_standard, 2), line(m_reduced, 1)});
        const QString id = idOf(order);
        QVERIFY(!id.isEmpty());
        const QJsonObject before = reportOf(till.session);
        QCOMPARE(before.value(u"refunds"_qs).toObject().value(u"count"_qs).toInt(), 0);

        const Reply r = takeReturn(
            id, returnBody({line(m_standard, 1), line(m_reduced, 1)}, true, u"cash"_qs, till.session),
            till.staffToken);
        QCOMPARE(r.status, 201);
        const QJsonArray lines = order.value(u"lines"_qs).toArray();
        const qint64 standardBack = shareOf(amountOf(lines[0].toObject().value(u"line_total"_qs)), 2, 0, 1);
        const qint64 reducedBack = amountOf(lines[1].toObject().value(u"line_total"_qs));
        const int reducedRate = lines[1].toObject().value(u"tax_rate_bp"_qs).toInt();
        QCOMPARE(amountOf(r.json().value(u"refund_total"_qs)), standardBack + reducedBack);
        for (const QJsonValue& refund : r.json().value(u"refunds"_qs).toArray()) {
            QCOMPARE(refund.toObject().value(u"method"_qs).toString(), u"cash"_qs);
            QCOMPARE(refund.toObject().value(u"cash_session_id"_qs).toString(), till.session);
        }

        const QJsonObject after = reportOf(till.session);
        const QJsonObject refunds = after.value(u"refunds"_qs).toObject();
        QCOMPARE(amountOf(refunds.value(u"amount"_qs)), standardBack + reducedBack);
        QCOMPARE(refunds.value(u"by_method"_qs).toArray()[0].toObject().value(u"method"_qs).toString(),
                 u"cash"_qs);
        QCOMPARE(amountOf(after.value(u"expected_cash"_qs)),
                 amountOf(before.value(u"expected_cash"_qs)) - standardBack - reducedBack);
        // The drawer gives back the VAT of the lines returned, rate by rate.
        const auto tax = taxRows(after.value(u"tax"_qs).toArray());
        const auto taxBefore = taxRows(before.value(u"tax"_qs).toArray());
        QCOMPARE(tax.value(2000).first - taxBefore.value(2000).first, -standardBack);
        QCOMPARE(tax.value(2000).second - taxBefore.value(2000).second, -vatIn(standardBack, 2000));
        QCOMPARE(tax.value(reducedRate).first - taxBefore.value(reducedRate).first, -reducedBack);
        QCOMPARE(tax.value(reducedRate).second - taxBefore.value(reducedRate).second,
                 -vatIn(reducedBack, reducedRate));
    }

    void aSplitSaleIsRefundedToEachPaymentInItsShare()
    {
        const Till till =
            openTill(u"loc_paris"_qs, u"staff.paris@demo.comptoir.fr"_qs, m_accounts.staffParis);
        QVERIFY(!till.session.isEmpty());
        const Reply placed = post("/api/v1/orders",
                                  {{u"lines"_qs, QJsonArray{line(m_standard, 4)}},
                                   {u"fulfillment"_qs, carryOutAt(u"loc_paris"_qs)}},
                                  till.staffToken);
        QCOMPARE(placed.status, 201);
        const QString id = idOf(placed.json());
        const qint64 total = totalOf(placed.json());
        const qint64 cashPart = total / 4;
        QCOMPARE(post(orderPath(id) + "/payments",
                      {{u"method"_qs, u"cash"_qs},
                       {u"amount"_qs, eur(cashPart)},
                       {u"tendered"_qs, eur(cashPart)},
                       {u"cash_session_id"_qs, till.session}},
                      till.staffToken)
                     .status,
                 201);
        QCOMPARE(post(orderPath(id) + "/payments", {{u"method"_qs, u"card"_qs}, {u"token"_qs, cardToken()}},
                      till.staffToken)
                     .status,
                 201);
        // Cash went into the drawer: giving it back needs the drawer.
        const Reply noDrawer = takeReturn(id, returnBody({line(m_standard, 2)}, true), till.staffToken);
        QCOMPARE(noDrawer.status, 422);
        QCOMPARE(noDrawer.errorFields(), QStringList{u"refund.cash_session_id"_qs});

        const Reply r = takeReturn(id, returnBody({line(m_standard, 2)}, true, u"original"_qs, till.session),
                                   till.staffToken);
        QCOMPARE(r.status, 201);
        const qint64 back = shareOf(total, 4, 0, 2);
        const QList<qint64> expected = largestRemainder(back, {cashPart, total - cashPart});
        QMap<QString, qint64> byMethod;
        for (const QJsonValue& refund : r.json().value(u"refunds"_qs).toArray())
            byMethod[refund.toObject().value(u"method"_qs).toString()] +=
                amountOf(refund.toObject().value(u"amount"_qs));
        QCOMPARE(byMethod, (QMap<QString, qint64>{{u"cash"_qs, expected[0]}, {u"card"_qs, expected[1]}}));
        // The rest empties both payments.
        QCOMPARE(takeReturn(id, returnBody({line(m_standard, 2)}, true, u"original"_qs, till.session),
                            till.staffToken)
                     .status,
                 201);
        QCOMPARE(amountOf(getOrder(id).value(u"refunded_total"_qs)), total);
    }

    void cashComesOnlyFromTheTakersOwnOpenDrawer()
    {
        const Till mine =
            openTill(u"loc_paris"_qs, u"staff.paris@demo.comptoir.fr"_qs, m_accounts.staffParis);
        const Till other =
            openTill(u"loc_paris"_qs, u"staff.paris@demo.comptoir.fr"_qs, m_accounts.staffParis);
        const Till lyon = openTill(u"loc_lyon"_qs, u"staff.lyon@demo.comptoir.fr"_qs, m_accounts.staffLyon);
        QVERIFY(!mine.session.isEmpty() && !other.session.isEmpty() && !lyon.session.isEmpty());
        const QString id = idOf(paidSale(QJsonArray{line(m_standard, 2)}));
        QVERIFY(!id.isEmpty());
        const Snapshot before = snapshot(id, {m_standard});
        const auto cashFrom = [&](const QString& session) {
            return returnBody({line(m_standard, 1)}, true, u"cash"_qs, session);
        };
        // Another register's drawer, for someone signed in on this one by PIN.
        QCOMPARE(takeReturn(id, cashFrom(other.session), mine.staffToken).status, 409);
        // Another store's drawer.
        QCOMPARE(takeReturn(id, cashFrom(lyon.session), m_accounts.staffParis).status, 409);
        QCOMPARE(takeReturn(id, cashFrom(mine.session), m_accounts.staffLyon).status, 409);
        // Cash without a drawer, or an unknown one.
        const Reply none = takeReturn(id, cashFrom({}), mine.staffToken);
        QCOMPARE(none.status, 422);
        QCOMPARE(none.errorFields(), QStringList{u"refund.cash_session_id"_qs});
        const Reply unknown = takeReturn(id, cashFrom(u"csn_nope"_qs), mine.staffToken);
        QCOMPARE(unknown.status, 422);
        QCOMPARE(unknown.errorFields(), QStringList{u"refund.cash_session_id"_qs});
        // A closed drawer.
        QCOMPARE(post("/api/v1/cash-sessions/" + other.session.toStdString() + "/close",
                      {{u"counted"_qs, eur(50'000)}}, m_accounts.staffParis)
                     .status,
                 200);
        QCOMPARE(takeReturn(id, cashFrom(other.session), m_accounts.staffParis).status, 409);
        QCOMPARE(snapshot(id, {m_standard}), before);
        // Its own drawer takes it.
        QCOMPARE(takeReturn(id, cashFrom(mine.session), mine.staffToken).status, 201);
    }

    void whoMayTakeAndSeeReturns()
    {
        // A customer's delivery, shipped: it can come back at any store.
        const Reply placed =
            post("/api/v1/orders",
                 {{u"lines"_qs, QJsonArray{line(m_standard, 2)}},
                  {u"fulfillment"_qs, QJsonObject{{u"type"_qs, u"delivery"_qs},
                                                  {u"address"_qs, u"1 rue de la Paix, Paris"_qs}}}},
                 m_customer);
        QCOMPARE(placed.status, 201);
        const QString id = idOf(placed.json());
        QCOMPARE(post(orderPath(id) + "/payments", {{u"method"_qs, u"card"_qs}, {u"token"_qs, cardToken()}},
                      m_customer)
                     .status,
                 201);
        // Not handed over yet: cancel it instead.
        const Reply early = takeReturn(id, returnBody({line(m_standard, 1)}, true), m_accounts.staffLyon);
        QCOMPARE(early.status, 409);
        QCOMPARE(early.header("Content-Type").rfind("application/problem+json", 0), 0u);
        QCOMPARE(returnable(id).value(u"lines"_qs).toArray()[0].toObject().value(u"returnable"_qs).toInt(),
                 0);
        QVERIFY(returnable(id).value(u"not_returnable_reason"_qs).isString());
        QCOMPARE(m_server.client()
                     .post(orderPath(id) + "/status", {{u"status"_qs, u"shipped"_qs}}, m_accounts.manager)
                     .status,
                 200);

        auto c = m_server.client();
        const std::string returnable = orderPath(id) + "/returnable";
        QCOMPARE(c.get(returnable).status, 401);
        QCOMPARE(c.get(returnable, m_customer).status, 403);
        QCOMPARE(c.get(returnable, m_accounts.kioskParis).status, 403);
        const Till till = openTill(u"loc_lyon"_qs, u"staff.lyon@demo.comptoir.fr"_qs, m_accounts.staffLyon);
        QCOMPARE(c.get(returnable, till.registerToken).status, 403);
        QCOMPARE(c.get(returnable, m_staffBordeaux).status, 200);
        QCOMPARE(c.get(returnable, m_accounts.manager).status, 200);
        QCOMPARE(c.get(orderPath(u"ord_nope"_qs) + "/returnable", m_accounts.staffParis).status, 404);

        const Snapshot before = snapshot(id, {m_standard});
        const QJsonObject body = returnBody({line(m_standard, 1)}, true);
        QCOMPARE(
            m_server.client().post(orderPath(id) + "/returns", body, {}, idempotencyKey(nextKey())).status,
            401);
        QCOMPARE(takeReturn(id, body, m_customer).status, 403);
        QCOMPARE(takeReturn(id, body, m_otherCustomer).status, 403);
        QCOMPARE(takeReturn(id, body, m_accounts.kioskLyon).status, 403);
        QCOMPARE(takeReturn(id, body, till.registerToken).status, 403);
        QCOMPARE(takeReturn(u"ord_nope"_qs, body, m_accounts.staffLyon).status, 404);
        QCOMPARE(snapshot(id, {m_standard}), before);

        const qint64 since = feedHead();
        const Reply taken = takeReturn(id, body, till.staffToken);
        QCOMPARE(taken.status, 201);
        QCOMPARE(taken.json().value(u"store_id"_qs).toString(), u"loc_lyon"_qs);
        // The customer's own feed carries it; another customer's does not.
        QVERIFY(returnsInFeed(since, m_customer).contains(idOf(taken.json())));
        QVERIFY(!returnsInFeed(since, m_otherCustomer).contains(idOf(taken.json())));
        // Its returns: the customer, the staff of the store that took it back, managers; no one else.
        const std::string returns = orderPath(id) + "/returns";
        const auto seen = [&](const std::string& token) {
            const Reply r = c.get(returns, token);
            return r.status == 200 ? int(r.items().size()) : -r.status;
        };
        QCOMPARE(seen(m_customer), 1);
        QCOMPARE(seen(m_accounts.staffLyon), 1);
        QCOMPARE(seen(till.staffToken), 1);
        QCOMPARE(seen(m_accounts.manager), 1);
        QCOMPARE(seen(m_admin), 1);
        QCOMPARE(seen(m_otherCustomer), -404);
        QCOMPARE(seen(m_staffBordeaux), -404);
        QCOMPARE(seen(m_accounts.kioskParis), -404);
        QCOMPARE(seen({}), -401);
        QCOMPARE(idOf(c.get(returns, m_customer).items()[0].toObject()), idOf(taken.json()));
    }

    void theFeedCarriesAReturnToTheTwoStoresOnly()
    {
        const qint64 since = feedHead();
        const QString id = idOf(paidSale(QJsonArray{line(m_standard, 1)}));
        QVERIFY(!id.isEmpty());
        const Reply taken = takeReturn(id, returnBody({line(m_standard, 1)}, true), m_accounts.staffLyon);
        QCOMPARE(taken.status, 201);
        const QString returnId = idOf(taken.json());
        QVERIFY(returnsInFeed(since, m_accounts.staffLyon).contains(returnId));  // the taker's store
        QVERIFY(returnsInFeed(since, m_accounts.staffParis).contains(returnId)); // the order's store
        QVERIFY(returnsInFeed(since, m_accounts.manager).contains(returnId));
        QVERIFY(!returnsInFeed(since, m_staffBordeaux).contains(returnId));
        QVERIFY(!returnsInFeed(since, m_accounts.kioskParis).contains(returnId));
        QVERIFY(!returnsInFeed(since, m_customer).contains(returnId));
        QVERIFY(!returnsInFeed(since, {}).contains(returnId));
    }

    void aProcessorThatRefusesTakesNothingBack()
    {
        const QJsonObject order = paidSale(
            QJsonArray{line(m_standard, 2)},
            QJsonObject{{u"method"_qs, u"card"_qs}, {u"token"_qs, cardToken(u"4000000000005126"_qs)}});
        const QString id = idOf(order);
        QVERIFY(!id.isEmpty());
        const Snapshot before = snapshot(id, {m_standard});
        const Reply refused = takeReturn(id, returnBody({line(m_standard, 1)}, true), m_accounts.staffParis);
        QCOMPARE(refused.status, 502);
        QCOMPARE(refused.json().value(u"failure_code"_qs).toString(), u"refund_failed"_qs);
        QCOMPARE(snapshot(id, {m_standard}), before);
    }

    void aRefundWhoseAnswerWasLostIsRecordedOnceWhenSentAgain()
    {
        const QJsonObject order = paidSale(
            QJsonArray{line(m_standard, 2)},
            QJsonObject{{u"method"_qs, u"card"_qs}, {u"token"_qs, cardToken(u"4000000000005134"_qs)}});
        const QString id = idOf(order);
        QVERIFY(!id.isEmpty());
        const Snapshot before = snapshot(id, {m_standard});
        const QJsonObject body = returnBody({line(m_standard, 1)}, true);
        const Reply lost = takeReturn(id, body, m_accounts.staffParis, "lost-answer");
        QCOMPARE(lost.status, 502);
        QCOMPARE(lost.json().value(u"failure_code"_qs).toString(), u"processor_timeout"_qs);
        QCOMPARE(snapshot(id, {m_standard}), before);
        const Reply again = takeReturn(id, body, m_accounts.staffParis, "lost-answer");
        QCOMPARE(again.status, 201);
        QCOMPARE(amountOf(getOrder(id).value(u"refunded_total"_qs)),
                 amountOf(again.json().value(u"refund_total"_qs)));
        // The processor made one refund only: the rest of the charge is still refundable in full.
        QCOMPARE(takeReturn(id, body, m_accounts.staffParis).status, 201);
        QCOMPARE(amountOf(getOrder(id).value(u"refunded_total"_qs)), totalOf(order));
    }

    void badRequestsAreRefusedAndChangeNothing()
    {
        const QString id = idOf(paidSale(QJsonArray{line(m_standard, 2), line(m_reduced, 1)}));
        QVERIFY(!id.isEmpty());
        const Snapshot before = snapshot(id, {m_standard, m_reduced});
        const std::string path = orderPath(id) + "/returns";
        const std::string& staff = m_accounts.staffParis;
        auto c = m_server.client();
        const auto fieldsOf = [&](const QJsonObject& body) {
            const Reply r = takeReturn(id, body, staff);
            if (r.header("Content-Type").rfind("application/problem+json", 0) != 0)
                return QStringList{u"not a problem"_qs};
            return r.status == 422 ? r.errorFields() : QStringList{u"status %1"_qs.arg(r.status)};
        };
        const QJsonObject refund{{u"method"_qs, u"original"_qs}};
        QCOMPARE(fieldsOf({}), (QStringList{u"lines"_qs, u"restock"_qs, u"refund"_qs}));
        QCOMPARE(fieldsOf({{u"lines"_qs, u"all"_qs}, {u"restock"_qs, true}, {u"refund"_qs, refund}}),
                 QStringList{u"lines"_qs});
        QCOMPARE(fieldsOf({{u"lines"_qs, QJsonArray{}}, {u"restock"_qs, true}, {u"refund"_qs, refund}}),
                 QStringList{u"lines"_qs});
        QCOMPARE(
            fieldsOf(returnBody({QJsonObject{{u"sku"_qs, m_standard}, {u"quantity"_qs, u"1"_qs}}}, true)),
            QStringList{u"lines[0].quantity"_qs});
        QCOMPARE(fieldsOf(returnBody({line(m_standard, 0)}, true)), QStringList{u"lines[0].quantity"_qs});
        QCOMPARE(fieldsOf(returnBody({line(m_standard, -1)}, true)), QStringList{u"lines[0].quantity"_qs});
        QCOMPARE(fieldsOf(returnBody({QJsonObject{{u"sku"_qs, m_standard}, {u"quantity"_qs, 1.5}}}, true)),
                 QStringList{u"lines[0].quantity"_qs});
        QCOMPARE(fieldsOf(returnBody({QJsonObject{{u"sku"_qs, 42}, {u"quantity"_qs, 1}}}, true)),
                 QStringList{u"lines[0].sku"_qs});
        QCOMPARE(fieldsOf(returnBody({line(u"NOPE-0000"_qs, 1)}, true)), QStringList{u"lines[0].sku"_qs});
        QCOMPARE(fieldsOf(returnBody({line(m_standard2, 1)}, true)),
                 QStringList{u"lines[0].sku"_qs}); // not on it
        QCOMPARE(fieldsOf(returnBody({line(m_standard, 1), line(m_standard, 1)}, true)),
                 QStringList{u"lines[1].sku"_qs});
        QCOMPARE(fieldsOf({{u"lines"_qs, QJsonArray{line(m_standard, 1)}},
                           {u"restock"_qs, u"yes"_qs},
                           {u"refund"_qs, refund}}),
                 QStringList{u"restock"_qs});
        QCOMPARE(fieldsOf({{u"lines"_qs, QJsonArray{line(m_standard, 1)}},
                           {u"restock"_qs, true},
                           {u"refund"_qs, u"card"_qs}}),
                 QStringList{u"refund"_qs});
        QCOMPARE(fieldsOf(returnBody({line(m_standard, 1)}, true, u"voucher"_qs)),
                 QStringList{u"refund.method"_qs});
        QCOMPARE(fieldsOf({{u"lines"_qs, QJsonArray{line(m_standard, 1)}},
                           {u"restock"_qs, true},
                           {u"refund"_qs, QJsonObject{{u"method"_qs, 5}}}}),
                 QStringList{u"refund.method"_qs});

        const Reply malformed =
            c.raw("POST", path, "{\"lines\":[", "application/json", staff, idempotencyKey(nextKey()));
        QCOMPARE(malformed.status, 400);
        QCOMPARE(malformed.header("Content-Type").rfind("application/problem+json", 0), 0u);
        QCOMPARE(c.raw("POST", path, "lines=1", "text/plain", staff, idempotencyKey(nextKey())).status, 415);
        const std::string huge = "{\"lines\":[],\"pad\":\"" + std::string(1'100'000, 'x') + "\"}";
        const Reply tooBig = c.raw("POST", path, huge, "application/json", staff, idempotencyKey(nextKey()));
        QCOMPARE(tooBig.status, 413);
        QCOMPARE(tooBig.header("Content-Type").rfind("application/problem+json", 0), 0u);
        QCOMPARE(c.post(path, returnBody({line(m_standard, 1)}, true), staff).status,
                 400); // no Idempotency-Key
        // An unpaid order has nothing to give back.
        const Reply unpaid = post("/api/v1/orders",
                                  {{u"lines"_qs, QJsonArray{line(m_standard, 1)}},
                                   {u"fulfillment"_qs, carryOutAt(u"loc_paris"_qs)}},
                                  staff);
        QCOMPARE(takeReturn(idOf(unpaid.json()), returnBody({line(m_standard, 1)}, true), staff).status, 409);
        QCOMPARE(snapshot(id, {m_standard, m_reduced}), before);

        // The same request again is the same return, once; the key with another body is refused.
        const QJsonObject one = returnBody({line(m_standard, 1)}, true);
        const Reply first = takeReturn(id, one, staff, "once");
        QCOMPARE(first.status, 201);
        const Snapshot after = snapshot(id, {m_standard, m_reduced});
        const Reply replayed = takeReturn(id, one, staff, "once");
        QCOMPARE(replayed.status, 201);
        QCOMPARE(replayed.header("Idempotent-Replayed"), std::string("true"));
        QCOMPARE(replayed.json(), first.json());
        const Reply reused = takeReturn(id, returnBody({line(m_reduced, 1)}, true), staff, "once");
        QCOMPARE(reused.status, 422);
        QCOMPARE(reused.header("Content-Type").rfind("application/problem+json", 0), 0u);
        QCOMPARE(snapshot(id, {m_standard, m_reduced}), after);
        QCOMPARE(after.returns, 1);
    }
};

QTEST_GUILESS_MAIN(TestReturns)
#include "tst_returns.moc"
