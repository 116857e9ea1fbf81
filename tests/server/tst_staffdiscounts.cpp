// Counter sales: staff discounts (API.md, second part). Figures to the cent over the three VAT
// rates (line percent and amount, order percent and amount, with a promotion after them), the
// 20 % line between no approval and a manager's PIN, refused approvals that leave no order and
// no reservation, a wrong approval PIN counting toward the manager's lock-out, discounts refused
// to customers, kiosks and registers, offline sales, bad input, and replays, whose record keeps
// nothing of the approval's PIN.
#include "databaseprobe.h"
#include "demoaccounts.h"
#include "orderbodies.h"
#include "tills.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QtTest>

using namespace comptoir::test;

namespace {

// Three demo SKUs, one per VAT rate, with their catalogue prices.
const QString kShirt = u"TSH-0001-S-GRIS-CHINE"_qs;     // 19.90, standard 20 %
const QString kCoffee = u"CAF-0276-250-G-EN-GRAINS"_qs; // 8.90, reduced 5.5 %
const QString kBook = u"CAD-0389-20"_qs;                // 20.00, zero rate

QJsonObject line(const QString& sku, int quantity, const QJsonObject& discount = {})
{
    QJsonObject l{{u"sku"_qs, sku}, {u"quantity"_qs, quantity}};
    if (!discount.isEmpty())
        l.insert(u"discount"_qs, discount);
    return l;
}

QJsonObject percent(int p)
{
    return {{u"percent"_qs, p}};
}
QJsonObject amount(qint64 cents)
{
    return {{u"amount"_qs, eur(cents)}};
}

QJsonObject orderDiscount(QJsonObject discount, const QString& reason = u"Client fidèle"_qs)
{
    discount.insert(u"reason"_qs, reason);
    return discount;
}

// 3 shirts at −15 %, 2 coffees at −1.00 each, a book: 8,654 after line discounts.
QJsonArray mixedLines()
{
    return {line(kShirt, 3, percent(15)), line(kCoffee, 2, amount(100)), line(kBook, 1)};
}

QList<qint64> amounts(const QJsonArray& lines, const QString& field)
{
    QList<qint64> out;
    for (const QJsonValue& l : lines)
        out.append(amountOf(l.toObject().value(field)));
    return out;
}

} // namespace

class TestStaffDiscounts : public QObject {
    Q_OBJECT

private:
    TestServer m_server;
    std::string m_admin, m_manager, m_staffParis;
    QString m_managerId;
    int m_keys = 0;

    Reply placeOrder(QJsonObject body, const std::string& token, const std::string& key = {})
    {
        auto c = m_server.client();
        return c.post("/api/v1/orders", body, token,
                      idempotencyKey(key.empty() ? "discount-" + std::to_string(++m_keys) : key));
    }

    qint64 reservedAtParis(const QString& sku)
    {
        auto c = m_server.client();
        return stockLevel(c, sku, u"loc_paris"_qs).value(u"reserved"_qs).toInteger();
    }

    QJsonObject approval(const QString& pin, const QString& email = u"manager@demo.comptoir.fr"_qs)
    {
        return {{u"email"_qs, email}, {u"pin"_qs, pin}};
    }

    // One value of the server's database, opened read-only as someone holding a copy would.
    QByteArray queryValue(const char* sql, const QStringList& params = {})
    {
        DatabaseProbe db(m_server);
        if (!db.isOpen())
            return "(cannot open)";
        DatabaseProbe::Values values(params.cbegin(), params.cend());
        const auto found = db.cell(QString::fromUtf8(sql), values, DatabaseProbe::Read::Blob);
        return found ? found->bytes : QByteArray("(no row)");
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        m_admin = m_server.login(u"admin@demo.comptoir.fr"_qs);
        m_manager = m_server.login(u"manager@demo.comptoir.fr"_qs);
        m_staffParis = m_server.login(u"staff.paris@demo.comptoir.fr"_qs);
        QVERIFY(!m_admin.empty() && !m_manager.empty() && !m_staffParis.empty());
        auto c = m_server.client();
        QCOMPARE(setPin(c, m_manager, u"2580"_qs), 204);
        QCOMPARE(setPin(c, m_staffParis, u"1470"_qs), 204);
        m_managerId = c.get("/api/v1/me", m_manager).json().value(u"id"_qs).toString();
        // Enough of each on the Paris shelves for every sale below.
        for (const QString& sku : {kShirt, kCoffee, kBook})
            QCOMPARE(c.post("/api/v1/inventory/adjustments",
                            {{u"sku"_qs, sku},
                             {u"location_id"_qs, u"loc_paris"_qs},
                             {u"delta"_qs, 500},
                             {u"reason"_qs, u"receipt"_qs}},
                            m_manager, idempotencyKey("stock-" + sku.toStdString()))
                         .status,
                     201);
    }

    void lineDiscountsArePricedToTheCent()
    {
        auto c = m_server.client();
        const Reply r = c.post("/api/v1/quotes", {{u"lines"_qs, mixedLines()}}, m_staffParis);
        QCOMPARE(r.status, 200);
        const QJsonArray lines = r.json().value(u"lines"_qs).toArray();
        // 59.70 −15 % = −8.955 → −8.96 (half up); 2 × (8.90 − 1.00); the book untouched.
        QCOMPARE(amounts(lines, u"line_discount"_qs), (QList<qint64>{896, 200, 0}));
        QCOMPARE(amounts(lines, u"line_total"_qs), (QList<qint64>{5074, 1580, 2000}));
        QCOMPARE(amounts(lines, u"discount"_qs), (QList<qint64>{0, 0, 0})); // no order-level share
        // VAT on each net line: 50.74 at 20 % → 8.46; 15.80 at 5.5 % → 0.82; 0 on the book.
        QCOMPARE(amounts(lines, u"tax"_qs), (QList<qint64>{846, 82, 0}));
        const QJsonObject totals = r.json().value(u"totals"_qs).toObject();
        QCOMPARE(amountOf(totals.value(u"subtotal"_qs)), 8654);
        QCOMPARE(amountOf(totals.value(u"discount"_qs)), 0);
        QCOMPARE(amountOf(totals.value(u"tax"_qs)), 928);
        QCOMPARE(amountOf(totals.value(u"total"_qs)), 8654);
        QCOMPARE(r.json().value(u"needs_approval"_qs).toBool(), false);
    }

    void theOrderDiscountAppliesBeforeThePromotion()
    {
        auto c = m_server.client();
        const Reply r = c.post("/api/v1/quotes",
                               {{u"lines"_qs, mixedLines()},
                                {u"discount"_qs, orderDiscount(percent(10))},
                                {u"promo_code"_qs, u"BIENVENUE10"_qs}},
                               m_staffParis);
        QCOMPARE(r.status, 200);
        // 10 % of 86.54 = 8.654 → 8.65; then BIENVENUE10 on 77.89 = 7.789 → 7.79.
        QCOMPARE(amountOf(r.json().value(u"discount"_qs).toObject().value(u"amount"_qs)), 865);
        const QJsonObject totals = r.json().value(u"totals"_qs).toObject();
        QCOMPARE(amountOf(totals.value(u"subtotal"_qs)), 8654);
        QCOMPARE(amountOf(totals.value(u"discount"_qs)), 865 + 779);
        QCOMPARE(amountOf(totals.value(u"total"_qs)), 7010);
        // 16.44 spread over the net lines by largest remainder, VAT on what is left of each.
        const QJsonArray lines = r.json().value(u"lines"_qs).toArray();
        QCOMPARE(amounts(lines, u"discount"_qs), (QList<qint64>{964, 300, 380}));
        QCOMPARE(amounts(lines, u"tax"_qs), (QList<qint64>{685, 67, 0}));
        QCOMPARE(amountOf(totals.value(u"tax"_qs)), 752);

        // The promotion's minimum is judged after staff discounts: 39.80 − 25 % is under 30.00.
        const QJsonArray shirts{line(kShirt, 2)};
        QCOMPARE(c.post("/api/v1/quotes", {{u"lines"_qs, shirts}, {u"promo_code"_qs, u"CINQ-EUROS"_qs}},
                        m_staffParis)
                     .status,
                 200);
        const Reply below = c.post("/api/v1/quotes",
                                   {{u"lines"_qs, shirts},
                                    {u"discount"_qs, orderDiscount(percent(25))},
                                    {u"promo_code"_qs, u"CINQ-EUROS"_qs}},
                                   m_staffParis);
        QCOMPARE(below.status, 422);
        QCOMPARE(below.errorFields(), QStringList{u"promo_code"_qs});
    }

    void anOrderCarriesItsDiscountsReasonAndNetLines()
    {
        auto c = m_server.client();
        const qint64 reservedBefore = reservedAtParis(kShirt);
        const Reply r = placeOrder(
            {{u"lines"_qs, mixedLines()}, {u"discount"_qs, orderDiscount(amount(500))}}, m_staffParis);
        QCOMPARE(r.status, 201);
        const QJsonObject order = r.json();
        const QJsonArray lines = order.value(u"lines"_qs).toArray();
        QCOMPARE(amounts(lines, u"discount"_qs), (QList<qint64>{896, 200, 0}));
        QCOMPARE(amounts(lines, u"line_total"_qs), (QList<qint64>{5074, 1580, 2000}));
        const QJsonObject totals = order.value(u"totals"_qs).toObject();
        QCOMPARE(amountOf(totals.value(u"subtotal"_qs)), 8654);
        QCOMPARE(amountOf(totals.value(u"discount"_qs)), 500);
        QCOMPARE(amountOf(totals.value(u"tax"_qs)), 875); // 7.97 + 0.78 after shares 2.93, 0.91, 1.16
        QCOMPARE(amountOf(totals.value(u"total"_qs)), 8154);
        const QJsonObject discount = order.value(u"discount"_qs).toObject();
        QCOMPARE(amountOf(discount.value(u"amount"_qs)), 500);
        QVERIFY(discount.value(u"percent"_qs).isNull());
        QCOMPARE(discount.value(u"reason"_qs).toString(), u"Client fidèle"_qs);
        QVERIFY(discount.value(u"approved_by"_qs).isNull());
        QVERIFY(order.value(u"approved_by"_qs).isNull());
        QCOMPARE(reservedAtParis(kShirt), reservedBefore + 3);
        // Stored: read back as it was answered.
        const Reply read =
            c.get("/api/v1/orders/" + order.value(u"id"_qs).toString().toStdString(), m_staffParis);
        QCOMPARE(read.json().value(u"discount"_qs), order.value(u"discount"_qs));
        QCOMPARE(read.json().value(u"lines"_qs), order.value(u"lines"_qs));
        QCOMPARE(read.json().value(u"totals"_qs), order.value(u"totals"_qs));

        // An order without staff discounts shows none.
        const Reply plain = placeOrder({{u"lines"_qs, QJsonArray{line(kBook, 1)}}}, m_staffParis);
        QCOMPARE(plain.status, 201);
        QVERIFY(plain.json().value(u"discount"_qs).isNull());
        QCOMPARE(amountOf(plain.json().value(u"lines"_qs).toArray().at(0).toObject().value(u"discount"_qs)),
                 0);
    }

    void twentyPercentNeedsNoApprovalAboveItDoes()
    {
        // A line's discount is judged on its price, the order's on the subtotal after line discounts.
        struct Case {
            const char* what;
            QJsonObject body;
            bool needsApproval;
        };
        const QList<Case> cases = {
            {"line 20 %", {{u"lines"_qs, QJsonArray{line(kShirt, 1, percent(20))}}}, false},
            {"line 21 %", {{u"lines"_qs, QJsonArray{line(kShirt, 1, percent(21))}}}, true},
            {"line 3.98 of 19.90", {{u"lines"_qs, QJsonArray{line(kShirt, 2, amount(398))}}}, false},
            {"line 3.99 of 19.90", {{u"lines"_qs, QJsonArray{line(kShirt, 2, amount(399))}}}, true},
            {"order 20 %",
             {{u"lines"_qs, QJsonArray{line(kShirt, 2)}}, {u"discount"_qs, orderDiscount(percent(20))}},
             false},
            {"order 21 %",
             {{u"lines"_qs, QJsonArray{line(kShirt, 2)}}, {u"discount"_qs, orderDiscount(percent(21))}},
             true},
            {"order 7.96 of 39.80",
             {{u"lines"_qs, QJsonArray{line(kShirt, 2)}}, {u"discount"_qs, orderDiscount(amount(796))}},
             false},
            {"order 7.97 of 39.80",
             {{u"lines"_qs, QJsonArray{line(kShirt, 2)}}, {u"discount"_qs, orderDiscount(amount(797))}},
             true},
            // 10 % on the line, then 15 % of what is left: neither is above 20 %.
            {"line 10 % then order 15 %",
             {{u"lines"_qs, QJsonArray{line(kShirt, 2, percent(10))}},
              {u"discount"_qs, orderDiscount(percent(15))}},
             false},
        };
        auto c = m_server.client();
        for (const Case& k : cases) {
            const Reply quote = c.post("/api/v1/quotes", k.body, m_staffParis);
            QVERIFY2(quote.status == 200, k.what); // a quote checks no approval
            QVERIFY2(quote.json().value(u"needs_approval"_qs).toBool() == k.needsApproval, k.what);
            const Reply order = placeOrder(k.body, m_staffParis);
            QVERIFY2(order.status == (k.needsApproval ? 403 : 201), k.what);
            QJsonObject approved = k.body;
            approved.insert(u"approved_by"_qs, approval(u"2580"_qs));
            if (k.needsApproval) {
                const Reply ok = placeOrder(approved, m_staffParis);
                QVERIFY2(ok.status == 201, k.what);
                QVERIFY2(ok.json().value(u"approved_by"_qs).toString() == m_managerId, k.what);
            }
        }
    }

    void refusedApprovalsLeaveNoOrderAndNoReservation()
    {
        auto c = m_server.client();
        const QJsonArray lines{line(kShirt, 2, percent(30)), line(kCoffee, 1)};
        const qint64 shirts = reservedAtParis(kShirt), coffees = reservedAtParis(kCoffee);
        struct Case {
            const char* what;
            QJsonValue approvedBy;
        };
        const QList<Case> cases = {
            {"missing", QJsonValue()},
            {"wrong PIN", approval(u"0000"_qs)},
            {"unknown email", approval(u"2580"_qs, u"nobody@demo.comptoir.fr"_qs)},
            {"staff, right PIN", approval(u"1470"_qs, u"staff.paris@demo.comptoir.fr"_qs)},
            {"not a PIN", approval(u"25 80"_qs)},
        };
        for (int i = 0; i < cases.size(); ++i) {
            const QString id = u"ord_refused_%1"_qs.arg(i);
            QJsonObject body{{u"id"_qs, id}, {u"lines"_qs, lines}};
            if (!cases[i].approvedBy.isNull())
                body.insert(u"approved_by"_qs, cases[i].approvedBy);
            const Reply r = placeOrder(body, m_staffParis);
            QVERIFY2(r.status == 403, cases[i].what);
            QVERIFY(r.header("Content-Type").rfind("application/problem+json", 0) == 0);
            QVERIFY2(c.get("/api/v1/orders/" + id.toStdString(), m_manager).status == 404, cases[i].what);
        }
        QCOMPARE(reservedAtParis(kShirt), shirts);
        QCOMPARE(reservedAtParis(kCoffee), coffees);

        // The same sale approved by the manager: created, and who approved it and why is kept.
        const Reply ok = placeOrder({{u"id"_qs, u"ord_approved"_qs},
                                     {u"lines"_qs, lines},
                                     {u"discount"_qs, orderDiscount(amount(100), u"Article abîmé"_qs)},
                                     {u"approved_by"_qs, approval(u"2580"_qs)}},
                                    m_staffParis);
        QCOMPARE(ok.status, 201);
        QCOMPARE(ok.json().value(u"approved_by"_qs).toString(), m_managerId);
        QCOMPARE(ok.json().value(u"discount"_qs).toObject().value(u"approved_by"_qs).toString(), m_managerId);
        QCOMPARE(ok.json().value(u"discount"_qs).toObject().value(u"reason"_qs).toString(),
                 u"Article abîmé"_qs);
        QCOMPARE(reservedAtParis(kShirt), shirts + 2);
        QCOMPARE(c.get("/api/v1/orders/ord_approved", m_manager).json().value(u"approved_by"_qs).toString(),
                 m_managerId);
        // The approval PIN never appears in the answer.
        QVERIFY(ok.body.find("2580") == std::string::npos);
    }

    void wrongApprovalPinsCountTowardTheManagersLockOut()
    {
        auto c = m_server.client();
        const QString email = u"approver@demo.comptoir.fr"_qs;
        const std::string password = createAndSignIn(m_server, m_admin, email, u"manager"_qs);
        QVERIFY(!password.empty());
        QCOMPARE(setPin(c, password, u"6789"_qs), 204);
        const QJsonArray lines{line(kShirt, 1, percent(50))};
        for (int i = 0; i < 5; ++i)
            QCOMPARE(placeOrder({{u"lines"_qs, lines}, {u"approved_by"_qs, approval(u"1111"_qs, email)}},
                                m_staffParis)
                         .status,
                     403);
        // Locked: the right PIN approves nothing, and signs in at no till.
        QCOMPARE(
            placeOrder({{u"lines"_qs, lines}, {u"approved_by"_qs, approval(u"6789"_qs, email)}}, m_staffParis)
                .status,
            403);
        const EnrolledRegister till = enrolRegister(c, m_manager, u"loc_paris"_qs);
        QVERIFY(!till.token.empty());
        QCOMPARE(pinSignIn(c, till.token, email, u"6789"_qs).status, 423);
        // The password unlocks both.
        QVERIFY(!m_server.login(email).empty());
        QCOMPARE(
            placeOrder({{u"lines"_qs, lines}, {u"approved_by"_qs, approval(u"6789"_qs, email)}}, m_staffParis)
                .status,
            201);
        QCOMPARE(pinSignIn(c, till.token, email, u"6789"_qs).status, 200);
    }

    void customersKiosksAndRegistersGiveNoDiscount()
    {
        auto c = m_server.client();
        const RegisteredCustomer customer =
            registerCustomer(m_server, u"discount.seeker@example.fr"_qs, u"Client"_qs, u"a long password"_qs);
        QVERIFY(!customer.token.empty());
        const std::string kiosk = m_server.kioskToken(u"loc_paris"_qs);
        const EnrolledRegister till = enrolRegister(c, m_manager, u"loc_paris"_qs);
        QVERIFY(!kiosk.empty() && !till.token.empty());
        const qint64 reserved = reservedAtParis(kShirt);

        const QJsonObject lineDiscount{{u"lines"_qs, QJsonArray{line(kShirt, 1, percent(5))}},
                                       {u"fulfillment"_qs, pickupAt(u"loc_paris"_qs)}};
        const QJsonObject wholeDiscount{{u"lines"_qs, QJsonArray{line(kShirt, 1)}},
                                        {u"discount"_qs, orderDiscount(percent(5))},
                                        {u"fulfillment"_qs, pickupAt(u"loc_paris"_qs)}};
        for (const std::string& token : {customer.token, kiosk, till.token}) {
            for (const QJsonObject& body : {lineDiscount, wholeDiscount}) {
                QCOMPARE(c.post("/api/v1/quotes", body, token).status, 403);
                QCOMPARE(placeOrder(body, token).status, 403);
            }
        }
        // Even a malformed discount is a discount: refused for who asks, not for how.
        QCOMPARE(c.post("/api/v1/quotes", {{u"lines"_qs, QJsonArray{line(kShirt, 1, percent(500))}}},
                        customer.token)
                     .status,
                 403);
        QCOMPARE(c.post("/api/v1/quotes", lineDiscount).status, 401);
        QCOMPARE(reservedAtParis(kShirt), reserved);
        // "discount": null asks for nothing.
        QJsonObject none{
            {u"lines"_qs, QJsonArray{QJsonObject{
                              {u"sku"_qs, kShirt}, {u"quantity"_qs, 1}, {u"discount"_qs, QJsonValue()}}}},
            {u"discount"_qs, QJsonValue()}};
        QCOMPARE(c.post("/api/v1/quotes", none, customer.token).status, 200);
    }

    void anOfflineSaleCarriesOnlyDiscountsThatNeedNoApproval()
    {
        auto c = m_server.client();
        const qint64 reserved = reservedAtParis(kShirt);
        const Reply big = placeOrder({{u"id"_qs, u"ord_offline_big"_qs},
                                      {u"offline"_qs, true},
                                      {u"lines"_qs, QJsonArray{line(kShirt, 1)}},
                                      {u"discount"_qs, orderDiscount(percent(25))},
                                      {u"approved_by"_qs, approval(u"2580"_qs)}},
                                     m_staffParis);
        QCOMPARE(big.status, 403);
        QCOMPARE(c.get("/api/v1/orders/ord_offline_big", m_manager).status, 404);
        QCOMPARE(reservedAtParis(kShirt), reserved);
        const Reply small = placeOrder({{u"offline"_qs, true},
                                        {u"lines"_qs, QJsonArray{line(kShirt, 1, percent(20))}},
                                        {u"discount"_qs, orderDiscount(percent(10))}},
                                       m_staffParis);
        QCOMPARE(small.status, 201);
        QCOMPARE(small.json().value(u"offline"_qs).toBool(), true);
        // 19.90 − 3.98 = 15.92, then 10 % → 1.59: 14.33.
        QCOMPARE(amountOf(small.json().value(u"totals"_qs).toObject().value(u"total"_qs)), 1433);
    }

    void badDiscountsAre422OnTheirFieldAndChangeNothing()
    {
        auto c = m_server.client();
        const qint64 reserved = reservedAtParis(kShirt);
        const QJsonObject usd{{u"amount"_qs, QJsonObject{{u"amount"_qs, 100}, {u"currency"_qs, u"USD"_qs}}}};
        struct Case {
            const char* what;
            QJsonValue lineDiscount; // undefined: none
            QJsonValue discount;
            QJsonValue approvedBy;
            QStringList fields;
        };
        const QJsonValue none(QJsonValue::Undefined);
        const QList<Case> cases = {
            {"percent 0", percent(0), none, none, {u"lines[0].discount.percent"_qs}},
            {"percent 101", percent(101), none, none, {u"lines[0].discount.percent"_qs}},
            {"percent 12.5",
             QJsonObject{{u"percent"_qs, 12.5}},
             none,
             none,
             {u"lines[0].discount.percent"_qs}},
            {"percent as text",
             QJsonObject{{u"percent"_qs, u"10"_qs}},
             none,
             none,
             {u"lines[0].discount.percent"_qs}},
            {"both",
             QJsonObject{{u"percent"_qs, 10}, {u"amount"_qs, eur(100)}},
             none,
             none,
             {u"lines[0].discount"_qs}},
            {"neither", QJsonObject{}, none, none, {u"lines[0].discount"_qs}},
            {"not an object", 10, none, none, {u"lines[0].discount"_qs}},
            {"amount 0", amount(0), none, none, {u"lines[0].discount.amount"_qs}},
            {"amount negative", amount(-5), none, none, {u"lines[0].discount.amount"_qs}},
            {"amount above the price", amount(1991), none, none, {u"lines[0].discount.amount"_qs}},
            {"amount in dollars", usd, none, none, {u"lines[0].discount.amount"_qs}},
            {"order without reason", none, percent(10), none, {u"discount.reason"_qs}},
            {"order percent 0", none, orderDiscount(percent(0)), none, {u"discount.percent"_qs}},
            {"order above the subtotal", none, orderDiscount(amount(3981)), none, {u"discount.amount"_qs}},
            {"order in dollars", none, orderDiscount(usd), none, {u"discount.amount"_qs}},
            {"order reason too long",
             none,
             orderDiscount(percent(5), QString(201, u'x')),
             none,
             {u"discount.reason"_qs}},
            {"approval not an object", none, none, u"manager"_qs, {u"approved_by"_qs}},
            {"approval without fields",
             none,
             none,
             QJsonObject{},
             {u"approved_by.email"_qs, u"approved_by.pin"_qs}},
        };
        for (const Case& k : cases) {
            QJsonObject l{{u"sku"_qs, kShirt}, {u"quantity"_qs, 2}};
            if (!k.lineDiscount.isUndefined())
                l.insert(u"discount"_qs, k.lineDiscount);
            QJsonObject body{{u"lines"_qs, QJsonArray{l}}};
            if (!k.discount.isUndefined())
                body.insert(u"discount"_qs, k.discount);
            if (!k.approvedBy.isUndefined())
                body.insert(u"approved_by"_qs, k.approvedBy);
            const Reply r = placeOrder(body, m_staffParis);
            QVERIFY2(r.status == 422, k.what);
            QVERIFY2(r.errorFields() == k.fields,
                     qPrintable(QString::fromLatin1(k.what) + u": "_qs + r.errorFields().join(u", "_qs)));
            if (k.approvedBy.isUndefined()) // a quote reads discounts the same way
                QVERIFY2(c.post("/api/v1/quotes", body, m_staffParis).errorFields() == k.fields, k.what);
        }
        const Reply notJson = c.raw("POST", "/api/v1/orders", "{\"lines\":[{\"sku\":", "application/json",
                                    m_staffParis, idempotencyKey("bad-json"));
        QCOMPARE(notJson.status, 400);
        const std::string huge =
            "{\"lines\":[{\"sku\":\"" + kShirt.toStdString() +
            "\",\"quantity\":1,\"discount\":{\"percent\":10}}],\"discount\":{\"percent\":5,"
            "\"reason\":\"" +
            std::string(2 << 20, 'x') + "\"}}";
        const Reply tooBig = c.raw("POST", "/api/v1/orders", huge, "application/json", m_staffParis,
                                   idempotencyKey("too-big"));
        QCOMPARE(tooBig.status, 413);
        QVERIFY(tooBig.header("Content-Type").rfind("application/problem+json", 0) == 0);
        QCOMPARE(reservedAtParis(kShirt), reserved);
    }

    void aReplayReturnsTheSameApprovedOrder()
    {
        auto c = m_server.client();
        const qint64 reserved = reservedAtParis(kShirt);
        const QJsonObject body{{u"lines"_qs, QJsonArray{line(kShirt, 2, percent(40))}},
                               {u"approved_by"_qs, approval(u"2580"_qs)}};
        const Reply first = placeOrder(body, m_staffParis, "replayed-discount");
        QCOMPARE(first.status, 201);
        const Reply again = placeOrder(body, m_staffParis, "replayed-discount");
        QCOMPARE(again.status, 201);
        QCOMPARE(again.header("Idempotent-Replayed"), std::string("true"));
        QCOMPARE(again.body, first.body);
        QCOMPARE(reservedAtParis(kShirt), reserved + 2);
        QJsonObject other = body;
        other.insert(u"lines"_qs, QJsonArray{line(kShirt, 2, percent(45))});
        QCOMPARE(placeOrder(other, m_staffParis, "replayed-discount").status, 422);
        QCOMPARE(reservedAtParis(kShirt), reserved + 2);
    }

    void theIdempotencyRecordKeepsNothingOfTheApprovalPin()
    {
        auto c = m_server.client();
        const QString staffId = c.get("/api/v1/me", m_staffParis).json().value(u"id"_qs).toString();
        const qint64 reserved = reservedAtParis(kShirt);
        const QJsonArray lines{line(kShirt, 1, percent(30))};
        const QJsonObject body{{u"lines"_qs, lines}, {u"approved_by"_qs, approval(u"2580"_qs)}};
        const Reply first = placeOrder(body, m_staffParis, "pin-free-record");
        QCOMPARE(first.status, 201);

        // The record's hash is that of the request without the PIN (the approver's email stays):
        // a copy of the database gives nothing to try PINs against.
        const QJsonObject withoutPin{
            {u"lines"_qs, lines},
            {u"approved_by"_qs, QJsonObject{{u"email"_qs, u"manager@demo.comptoir.fr"_qs}}}};
        const QByteArray pinFreeHash = QCryptographicHash::hash(
            "POST\n/api/v1/orders\n" + QJsonDocument(withoutPin).toJson(QJsonDocument::Compact),
            QCryptographicHash::Sha256);
        const char* const recordHash = "SELECT request_hash FROM idempotency WHERE scope = ? AND key = ?";
        QCOMPARE(queryValue(recordHash, {staffId, u"pin-free-record"_qs}).toHex(), pinFreeHash.toHex());
        // The answer it keeps is the one sent: the approver's id, no PIN.
        QCOMPARE(queryValue("SELECT body FROM idempotency WHERE scope = ? AND key = ?",
                            {staffId, u"pin-free-record"_qs}),
                 QByteArray::fromStdString(first.body));
        QCOMPARE(first.json().value(u"approved_by"_qs).toString(), m_managerId);
        // A PIN spelled with a JSON escape is the same member to the handler, so to the record.
        const std::string escaped =
            "{\"lines\":[{\"sku\":\"" + kShirt.toStdString() +
            "\",\"quantity\":1,\"discount\":{\"percent\":30}}],"
            "\"approved_by\":{\"email\":\"manager@demo.comptoir.fr\",\"\\u0070in\":\"2580\"}}";
        QCOMPARE(c.raw("POST", "/api/v1/orders", escaped, "application/json", m_staffParis,
                       idempotencyKey("pin-escaped"))
                     .status,
                 201);
        QCOMPARE(queryValue(recordHash, {staffId, u"pin-escaped"_qs}).toHex(), pinFreeHash.toHex());
        QCOMPARE(reservedAtParis(kShirt), reserved + 2);

        // Replays are unchanged: the same body answers the same order again...
        const Reply again = placeOrder(body, m_staffParis, "pin-free-record");
        QCOMPARE(again.status, 201);
        QCOMPARE(again.header("Idempotent-Replayed"), std::string("true"));
        QCOMPARE(again.body, first.body);
        // ...and so does one that differs only in the PIN: the credential is not the request. A
        // replay checks no PIN, so it tells nothing about one and counts toward no lock-out.
        const Reply otherPin = placeOrder({{u"lines"_qs, lines}, {u"approved_by"_qs, approval(u"0000"_qs)}},
                                          m_staffParis, "pin-free-record");
        QCOMPARE(otherPin.status, 201);
        QCOMPARE(otherPin.header("Idempotent-Replayed"), std::string("true"));
        QCOMPARE(otherPin.body, first.body);
        QCOMPARE(
            queryValue("SELECT pin_failures FROM users WHERE email = ?", {u"manager@demo.comptoir.fr"_qs}),
            QByteArray("0"));
        // Another request under the key is still refused, and a new key still checks the PIN.
        const Reply otherLines = placeOrder({{u"lines"_qs, QJsonArray{line(kShirt, 2, percent(30))}},
                                             {u"approved_by"_qs, approval(u"2580"_qs)}},
                                            m_staffParis, "pin-free-record");
        QCOMPARE(otherLines.status, 422);
        QCOMPARE(otherLines.errorFields(), QStringList{u"Idempotency-Key"_qs});
        QCOMPARE(placeOrder({{u"lines"_qs, lines}, {u"approved_by"_qs, approval(u"0000"_qs)}}, m_staffParis,
                            "pin-free-wrong")
                     .status,
                 403);
        QCOMPARE(reservedAtParis(kShirt), reserved + 2);
        // That wrong PIN counted (a right one clears the count for the suite's next tests).
        QCOMPARE(
            queryValue("SELECT pin_failures FROM users WHERE email = ?", {u"manager@demo.comptoir.fr"_qs}),
            QByteArray("1"));
        QCOMPARE(placeOrder(body, m_staffParis, "pin-free-clears").status, 201);
    }

    void neitherTheFilesNorTheLogsOfTheServerHoldTheApprovalPin()
    {
        // A server that logs all it can, and an approver whose PIN no figure of a sale can hold.
        TestServer server(TestServer::Options{true, {u"--log-level"_qs, u"debug"_qs}});
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        const std::string admin = server.login(u"admin@demo.comptoir.fr"_qs);
        const std::string staff = server.login(u"staff.paris@demo.comptoir.fr"_qs);
        QVERIFY(!admin.empty() && !staff.empty());
        auto c = server.client();
        const QByteArray pin = "73915846";
        QCOMPARE(setPin(c, admin, QString::fromLatin1(pin)), 204);
        const auto sale = [&](const QByteArray& approvalPin, const std::string& key) {
            return c.post("/api/v1/orders",
                          {{u"lines"_qs, QJsonArray{line(kShirt, 1, percent(35))}},
                           {u"approved_by"_qs,
                            approval(QString::fromLatin1(approvalPin), u"admin@demo.comptoir.fr"_qs)}},
                          staff, idempotencyKey(key));
        };
        const Reply approved = sale(pin, "pin-nowhere");
        QCOMPARE(approved.status, 201);
        QCOMPARE(approved.json().value(u"approved_by"_qs).toString(),
                 c.get("/api/v1/me", admin).json().value(u"id"_qs).toString());
        QCOMPARE(sale(pin, "pin-nowhere").header("Idempotent-Replayed"), std::string("true"));
        QCOMPARE(sale("73915847", "pin-nowhere-wrong").status, 403);
        server.stop();

        // Every file of its data folder (database, its log, mail, keys) and everything it logged.
        QStringList files{server.logPath()};
        QDirIterator it(server.dataDir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        QVERIFY(files.size() > 1);
        for (const QString& path : files) {
            QFile f(path);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
            QVERIFY2(!f.readAll().contains(pin), qPrintable(path + u" holds the PIN"_qs));
        }
    }

    void staffSignedInByPinAtATillSellWithDiscounts()
    {
        auto c = m_server.client();
        const EnrolledRegister till = enrolRegister(c, m_manager, u"loc_paris"_qs);
        const std::string token = pinSignIn(c, till.token, u"staff.paris@demo.comptoir.fr"_qs, u"1470"_qs)
                                      .json()
                                      .value(u"token"_qs)
                                      .toString()
                                      .toStdString();
        QVERIFY(!token.empty());
        const Reply r = placeOrder({{u"lines"_qs, mixedLines()},
                                    {u"discount"_qs, orderDiscount(percent(10))},
                                    {u"promo_code"_qs, u"BIENVENUE10"_qs}},
                                   token);
        QCOMPARE(r.status, 201);
        QCOMPARE(amountOf(r.json().value(u"totals"_qs).toObject().value(u"total"_qs)), 7010);
        QCOMPARE(amountOf(r.json().value(u"totals"_qs).toObject().value(u"tax"_qs)), 752);
    }
};

QTEST_GUILESS_MAIN(TestStaffDiscounts)
#include "tst_staffdiscounts.moc"
