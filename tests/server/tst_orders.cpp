// Quotes and orders: totals that add up to the cent over thousands of generated carts, the
// status machine and what completion does to stock, reservations that expire, who may see
// and cancel which order, and bad carts named field by field.
#include "cashdrawers.h"
#include "demoaccounts.h"
#include "orderbodies.h"
#include "testserver.h"

#include <QJsonDocument>
#include <QtTest>
#include <mutex>
#include <random>
#include <thread>

using namespace comptoir::test;

namespace {

QJsonObject cartLine(const QString& sku, qint64 quantity)
{
    return {{u"sku"_qs, sku}, {u"quantity"_qs, double(quantity)}};
}

QJsonObject delivery()
{
    return {{u"type"_qs, u"delivery"_qs}, {u"address"_qs, u"12 rue des Lilas, 33000 Bordeaux"_qs}};
}

QJsonObject cartBody(const QJsonArray& lines, const QJsonObject& fulfillment, const QString& promo = {})
{
    QJsonObject body{{u"lines"_qs, lines}, {u"fulfillment"_qs, fulfillment}};
    if (!promo.isEmpty())
        body.insert(u"promo_code"_qs, promo);
    return body;
}

int rateOf(const QString& taxClass)
{
    if (taxClass == u"standard")
        return 2000;
    if (taxClass == u"reduced")
        return 550;
    return 0;
}

// VAT contained in a tax-inclusive amount: G·r/(10000+r), half away from zero, per API.md.
qint64 vatIncluded(qint64 gross, int rateBp)
{
    const qint64 denominator = 10000 + rateBp;
    const qint64 magnitude = (2 * std::abs(gross) * rateBp + denominator) / (2 * denominator);
    return gross < 0 ? -magnitude : magnitude;
}

struct CatalogSku {
    QString sku;
    qint64 price = 0;
    int rateBp = 0;
};

struct Promo {
    QString code;
    int percentOff = 0;   // or
    qint64 amountOff = 0; // in cents
    qint64 minSubtotal = 0;
};

// Below its minimum subtotal a code is refused (422 promo_code), so only reached minimums get here.
qint64 expectedDiscount(const Promo& p, qint64 subtotal)
{
    const qint64 d = p.percentOff ? (subtotal * p.percentOff * 2 + 100) / 200 : p.amountOff;
    return std::clamp<qint64>(d, 0, subtotal);
}

struct GeneratedCart {
    QList<int> skus; // indexes into the pool
    QList<qint64> quantities;
    int promo = -1;
    bool belowMinimum = false; // the promotion's minimum subtotal is not reached
    bool byManager = false;
    QJsonObject body;
};

// Checks one quote against the catalog, the promotion and the rounding rule, and the order
// placed from it against the quote. Empty when everything adds up.
QString checkCart(const GeneratedCart& cart, const QList<CatalogSku>& pool, const QList<Promo>& promos,
                  const QJsonObject& quote, const QJsonObject& order)
{
    const QJsonArray lines = quote.value(u"lines"_qs).toArray();
    if (lines.size() != cart.skus.size())
        return u"quote has %1 lines, expected %2"_qs.arg(lines.size()).arg(cart.skus.size());
    qint64 subtotal = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject l = lines[i].toObject();
        const CatalogSku& sku = pool[cart.skus[i]];
        if (l.value(u"sku"_qs).toString() != sku.sku ||
            l.value(u"quantity"_qs).toInteger() != cart.quantities[i])
            return u"line %1 is %2 × %3"_qs.arg(i)
                .arg(l.value(u"quantity"_qs).toInteger())
                .arg(l.value(u"sku"_qs).toString());
        if (amountOf(l.value(u"unit_price"_qs)) != sku.price)
            return u"line %1 unit price %2, catalog %3"_qs.arg(i)
                .arg(amountOf(l.value(u"unit_price"_qs)))
                .arg(sku.price);
        if (l.value(u"tax_rate_bp"_qs).toInt() != sku.rateBp)
            return u"line %1 rate %2, expected %3"_qs.arg(i)
                .arg(l.value(u"tax_rate_bp"_qs).toInt())
                .arg(sku.rateBp);
        if (amountOf(l.value(u"line_total"_qs)) != sku.price * cart.quantities[i])
            return u"line %1 total %2"_qs.arg(i).arg(amountOf(l.value(u"line_total"_qs)));
        subtotal += sku.price * cart.quantities[i];
    }
    const QJsonObject totals = quote.value(u"totals"_qs).toObject();
    const qint64 discount = cart.promo >= 0 ? expectedDiscount(promos[cart.promo], subtotal) : 0;
    if (amountOf(totals.value(u"subtotal"_qs)) != subtotal)
        return u"subtotal %1, expected %2"_qs.arg(amountOf(totals.value(u"subtotal"_qs))).arg(subtotal);
    if (amountOf(totals.value(u"discount"_qs)) != discount)
        return u"discount %1, expected %2"_qs.arg(amountOf(totals.value(u"discount"_qs))).arg(discount);
    if (amountOf(totals.value(u"total"_qs)) != subtotal - discount)
        return u"total %1, expected %2"_qs.arg(amountOf(totals.value(u"total"_qs))).arg(subtotal - discount);

    qint64 shareSum = 0, taxSum = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject l = lines[i].toObject();
        const qint64 lineTotal = amountOf(l.value(u"line_total"_qs));
        const qint64 share = amountOf(l.value(u"discount"_qs));
        // The share is the exact proportion rounded down or up, never further off.
        const qint64 exactTimesSubtotal = discount * lineTotal;
        const qint64 floorShare = subtotal > 0 ? exactTimesSubtotal / subtotal : 0;
        const qint64 ceilShare = floorShare + (subtotal > 0 && exactTimesSubtotal % subtotal != 0 ? 1 : 0);
        if (share < floorShare || share > ceilShare)
            return u"line %1 discount share %2 is not %3·%4/%5 rounded"_qs.arg(i)
                .arg(share)
                .arg(discount)
                .arg(lineTotal)
                .arg(subtotal);
        const qint64 tax = vatIncluded(lineTotal - share, pool[cart.skus[i]].rateBp);
        if (amountOf(l.value(u"tax"_qs)) != tax)
            return u"line %1 tax %2, expected %3 on %4 at %5 bp"_qs.arg(i)
                .arg(amountOf(l.value(u"tax"_qs)))
                .arg(tax)
                .arg(lineTotal - share)
                .arg(pool[cart.skus[i]].rateBp);
        shareSum += share;
        taxSum += tax;
    }
    if (shareSum != discount)
        return u"discount shares add up to %1, not %2"_qs.arg(shareSum).arg(discount);
    if (amountOf(totals.value(u"tax"_qs)) != taxSum)
        return u"tax %1, lines add up to %2"_qs.arg(amountOf(totals.value(u"tax"_qs))).arg(taxSum);

    // The order placed from the same body carries the same figures.
    // An order with nothing to pay is paid as placed; any other waits for its payment.
    const QString expectedStatus =
        amountOf(totals.value(u"total"_qs)) == 0 ? u"paid"_qs : u"pending_payment"_qs;
    if (order.value(u"status"_qs).toString() != expectedStatus)
        return u"order status %1"_qs.arg(order.value(u"status"_qs).toString());
    if (order.value(u"totals"_qs).toObject() != totals)
        return u"order totals %1 differ from the quote's %2"_qs.arg(
            QString::fromUtf8(
                QJsonDocument(order.value(u"totals"_qs).toObject()).toJson(QJsonDocument::Compact)),
            QString::fromUtf8(QJsonDocument(totals).toJson(QJsonDocument::Compact)));
    const QJsonArray orderLines = order.value(u"lines"_qs).toArray();
    if (orderLines.size() != lines.size())
        return u"order has %1 lines"_qs.arg(orderLines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QJsonObject q = lines[i].toObject(), o = orderLines[i].toObject();
        for (const QString& field :
             {u"sku"_qs, u"quantity"_qs, u"unit_price"_qs, u"tax_rate_bp"_qs, u"line_total"_qs})
            if (q.value(field) != o.value(field))
                return u"order line %1 %2 differs from the quote"_qs.arg(i).arg(field);
    }
    const QString promo = cart.promo >= 0 ? promos[cart.promo].code : QString();
    if (order.value(u"promo_code"_qs).toString() != promo ||
        quote.value(u"promo_code"_qs).toString() != promo)
        return u"promo code %1 / %2, expected %3"_qs.arg(order.value(u"promo_code"_qs).toString(),
                                                         quote.value(u"promo_code"_qs).toString(), promo);
    return {};
}

} // namespace

class TestOrders : public QObject {
    Q_OBJECT

private:
    // Thousands of orders: without an fsync per commit (tst_money_path covers kill -9 with the default).
    TestServer m_server{TestServer::Options{true, {u"--durability"_qs, u"normal"_qs}}};
    DemoAccounts m_accounts;
    std::string m_alice, m_bob;
    QString m_aliceId, m_bobId;
    QList<CatalogSku> m_standard, m_reduced, m_zero;
    QString m_drawer; // an open cash session at Paris, which staff's cash goes through
    int m_keys = 0;

    std::string nextKey() { return "orders-" + std::to_string(++m_keys); }

    QJsonObject level(const QString& sku, const QString& location)
    {
        auto c = m_server.client();
        return stockLevel(c, sku, location);
    }
    qint64 onHand(const QString& sku, const QString& location)
    {
        return level(sku, location).value(u"on_hand"_qs).toInteger();
    }
    qint64 reserved(const QString& sku, const QString& location)
    {
        return level(sku, location).value(u"reserved"_qs).toInteger();
    }

    bool topUp(const QString& sku, const QString& location, qint64 delta)
    {
        return m_server.client()
                   .post("/api/v1/inventory/adjustments",
                         {{u"sku"_qs, sku},
                          {u"location_id"_qs, location},
                          {u"delta"_qs, double(delta)},
                          {u"reason"_qs, u"receipt"_qs}},
                         m_accounts.manager, idempotencyKey(nextKey()))
                   .status == 201;
    }

    Reply place(const std::string& token, const QJsonObject& body)
    {
        return m_server.client().post("/api/v1/orders", body, token, idempotencyKey(nextKey()));
    }

    QJsonObject getOrder(const QString& id, const std::string& token)
    {
        return m_server.client().get("/api/v1/orders/" + id.toStdString(), token).json();
    }

    Reply setStatus(const QString& id, const QString& status, const std::string& token)
    {
        return m_server.client().post("/api/v1/orders/" + id.toStdString() + "/status",
                                      {{u"status"_qs, status}}, token);
    }

    Reply cancel(const QString& id, const std::string& token)
    {
        return m_server.client().post("/api/v1/orders/" + id.toStdString() + "/cancel", {}, token);
    }

    QString cardToken(const QString& number = u"4242424242424242"_qs)
    {
        const Reply r = m_server.client().post("/api/v1/payments/tokens",
                                               {{u"number"_qs, number},
                                                {u"exp_month"_qs, 12},
                                                {u"exp_year"_qs, QDate::currentDate().year() + 3},
                                                {u"cvc"_qs, u"123"_qs}});
        return r.json().value(u"token"_qs).toString();
    }

    // Pays the whole balance: by card for customers and kiosks, cash for staff and managers.
    Reply payInFull(const QString& orderId, const std::string& token, bool cash)
    {
        QJsonObject body{{u"method"_qs, u"card"_qs}, {u"token"_qs, cardToken()}};
        if (cash) {
            const qint64 total =
                amountOf(getOrder(orderId, token).value(u"totals"_qs).toObject().value(u"total"_qs));
            body = {
                {u"method"_qs, u"cash"_qs}, {u"tendered"_qs, eur(total)}, {u"cash_session_id"_qs, m_drawer}};
        }
        return m_server.client().post("/api/v1/orders/" + orderId.toStdString() + "/payments", body, token,
                                      idempotencyKey(nextKey()));
    }

    std::pair<std::string, QString> registerCustomer(const QString& email)
    {
        const RegisteredCustomer customer = comptoir::test::registerCustomer(
            m_server, email, email.section(u'@', 0, 0), u"customer-password"_qs);
        return {customer.token, customer.id};
    }

    QString stdSku(int i) const { return m_standard[i % m_standard.size()].sku; }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QVERIFY(m_accounts.signInStaff(m_server));
        m_drawer = openDrawer(m_server, m_accounts.manager, m_accounts.staffParis, u"loc_paris"_qs);
        QVERIFY(!m_drawer.isEmpty());
        QVERIFY(m_accounts.signInKiosks(m_server));
        std::tie(m_alice, m_aliceId) = registerCustomer(u"alice@example.fr"_qs);
        std::tie(m_bob, m_bobId) = registerCustomer(u"bob@example.fr"_qs);
        QVERIFY(!m_alice.empty() && !m_bob.empty() && !m_aliceId.isEmpty());

        // The whole catalog, by tax class.
        auto c = m_server.client();
        const QJsonArray catalog = everyItem(c, "/api/v1/products?limit=200");
        QVERIFY(!catalog.isEmpty());
        for (const QJsonValue& p : catalog) {
            const QString taxClass = p.toObject().value(u"tax_class"_qs).toString();
            for (const QJsonValue& v : p.toObject().value(u"variants"_qs).toArray()) {
                const CatalogSku sku{v.toObject().value(u"sku"_qs).toString(),
                                     amountOf(v.toObject().value(u"price"_qs)), rateOf(taxClass)};
                (taxClass == u"standard"  ? m_standard
                 : taxClass == u"reduced" ? m_reduced
                                          : m_zero)
                    .append(sku);
            }
        }
        QVERIFY(m_standard.size() > 100 && m_reduced.size() > 50 && m_zero.size() >= 5);
    }

    void quotedTotalsMatchPlacedOrdersToTheCent()
    {
        std::mt19937 random(20261124);
        // A pool over the three VAT classes, stocked deep at the Paris store.
        QList<CatalogSku> pool;
        const auto pick = [&](const QList<CatalogSku>& from, int n) {
            QList<CatalogSku> shuffled = from;
            std::shuffle(shuffled.begin(), shuffled.end(), random);
            pool.append(shuffled.mid(0, n));
        };
        pick(m_standard, 30);
        pick(m_reduced, 16);
        pick(m_zero, 8);
        for (const CatalogSku& s : pool)
            QVERIFY(topUp(s.sku, u"loc_paris"_qs, 100'000));

        const QList<Promo> promos = {{u"TOT-PCT10"_qs, 10, 0, 0},     {u"TOT-PCT15"_qs, 15, 0, 5000},
                                     {u"TOT-PCT33"_qs, 33, 0, 0},     {u"TOT-PCT100"_qs, 100, 0, 0},
                                     {u"TOT-AMT5"_qs, 0, 500, 0},     {u"TOT-AMT20"_qs, 0, 2000, 8000},
                                     {u"TOT-AMT777"_qs, 0, 77'777, 0}};
        auto c = m_server.client();
        for (const Promo& p : promos) {
            QJsonObject body{{u"code"_qs, p.code}};
            if (p.percentOff)
                body.insert(u"percent_off"_qs, p.percentOff);
            else
                body.insert(u"amount_off"_qs, eur(p.amountOff));
            if (p.minSubtotal)
                body.insert(u"min_subtotal"_qs, eur(p.minSubtotal));
            const Reply r = c.post("/api/v1/promotions", body, m_accounts.manager);
            QCOMPARE(r.status, 201);
            QCOMPARE(r.json().value(u"code"_qs).toString(), p.code);
        }

        // 2,000 carts that are priced and ordered, plus those whose code is refused on its minimum.
        constexpr int kPricedCarts = 2000;
        std::vector<GeneratedCart> carts;
        int priced = 0;
        while (priced < kPricedCarts) {
            GeneratedCart cart;
            const int lineCount = int(random() % 6) + 1;
            QJsonArray lines;
            qint64 subtotal = 0;
            while (cart.skus.size() < lineCount) {
                const int index = int(random() % pool.size());
                if (cart.skus.contains(index))
                    continue;
                cart.skus.append(index);
                cart.quantities.append(qint64(random() % 5) + 1);
                subtotal += pool[index].price * cart.quantities.last();
                lines.append(cartLine(pool[index].sku, cart.quantities.last()));
            }
            cart.promo = random() % 5 < 2 ? int(random() % promos.size()) : -1;
            cart.belowMinimum = cart.promo >= 0 && subtotal < promos[cart.promo].minSubtotal;
            cart.byManager = random() % 2;
            cart.body = cartBody(lines, carryOutAt(u"loc_paris"_qs),
                                 cart.promo >= 0 ? promos[cart.promo].code : QString());
            priced += !cart.belowMinimum;
            carts.push_back(cart);
        }
        const int kCarts = int(carts.size());

        constexpr int kClients = 4;
        std::mutex mutex;
        QStringList failures;
        std::vector<std::thread> clients;
        for (int t = 0; t < kClients; ++t)
            clients.emplace_back([&, t] {
                HttpClient client(m_server.port());
                for (int i = t; i < kCarts; i += kClients) {
                    const GeneratedCart& cart = carts[size_t(i)];
                    const std::string& token = cart.byManager ? m_accounts.manager : m_accounts.staffParis;
                    const Reply quote = client.post("/api/v1/quotes", cart.body, token);
                    const Reply order = client.post("/api/v1/orders", cart.body, token,
                                                    idempotencyKey("totals-" + std::to_string(i)));
                    QString failure;
                    if (cart.belowMinimum) {
                        if (quote.status != 422 || order.status != 422 ||
                            quote.errorFields() != QStringList{u"promo_code"_qs} ||
                            order.errorFields() != QStringList{u"promo_code"_qs})
                            failure = u"below the minimum: quote %1, order %2: %3"_qs.arg(quote.status)
                                          .arg(order.status)
                                          .arg(QString::fromStdString(order.body));
                    } else if (quote.status != 200 || order.status != 201)
                        failure = u"quote %1, order %2: %3"_qs.arg(quote.status)
                                      .arg(order.status)
                                      .arg(QString::fromStdString(order.body));
                    else
                        failure = checkCart(cart, pool, promos, quote.json(), order.json());
                    if (!failure.isEmpty()) {
                        std::lock_guard lock(mutex);
                        failures.append(u"cart %1 %2: %3"_qs.arg(i).arg(
                            QString::fromUtf8(QJsonDocument(cart.body).toJson(QJsonDocument::Compact)),
                            failure));
                    }
                }
            });
        for (auto& t : clients)
            t.join();
        QVERIFY2(failures.isEmpty(), qPrintable(u"%1 of %2 carts wrong; first: %3"_qs.arg(failures.size())
                                                    .arg(kCarts)
                                                    .arg(failures.value(0))));
        // Each code was used by exactly the orders that carry it.
        QMap<QString, qint64> used;
        for (const GeneratedCart& cart : carts)
            if (cart.promo >= 0 && !cart.belowMinimum)
                ++used[promos[cart.promo].code];
        QVERIFY(
            std::any_of(carts.begin(), carts.end(), [](const GeneratedCart& g) { return g.belowMinimum; }));
        for (const QJsonValue& p : c.get("/api/v1/promotions", m_accounts.manager).items()) {
            const QString code = p.toObject().value(u"code"_qs).toString();
            if (code.startsWith(u"TOT-"_qs))
                QCOMPARE(p.toObject().value(u"uses"_qs).toInteger(), used.value(code));
        }
    }

    void quotesHaveNoSideEffect()
    {
        const QString sku = stdSku(1);
        QVERIFY(topUp(sku, u"loc_lyon"_qs, 20));
        const QJsonObject before = level(sku, u"loc_lyon"_qs);
        auto c = m_server.client();
        const Reply anonymous =
            c.post("/api/v1/quotes", cartBody({cartLine(sku, 3)}, pickupAt(u"loc_lyon"_qs)));
        QCOMPARE(anonymous.status, 200);
        QCOMPARE(anonymous.json()
                     .value(u"lines"_qs)
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"available"_qs)
                     .toInteger(),
                 before.value(u"available"_qs).toInteger());
        QCOMPARE(
            c.post("/api/v1/quotes", cartBody({cartLine(sku, 3)}, pickupAt(u"loc_lyon"_qs)), m_alice).status,
            200);
        QCOMPARE(level(sku, u"loc_lyon"_qs), before);
        QCOMPARE(c.get("/api/v1/orders", m_alice).items().size(), 0);
    }

    void quotesShowAvailabilityWhereTheOrderWouldReserve()
    {
        const QString sku = stdSku(16);
        QVERIFY(topUp(sku, u"loc_warehouse"_qs, 7));
        QVERIFY(topUp(sku, u"loc_lyon"_qs, 3));
        auto c = m_server.client();
        const auto availableIn = [&](const QJsonObject& body, const std::string& token) {
            const Reply r = c.post("/api/v1/quotes", body, token);
            return r.status == 200
                       ? r.json().value(u"lines"_qs).toArray().first().toObject().value(u"available"_qs)
                       : QJsonValue(u"status %1"_qs.arg(r.status));
        };
        const auto availableAt = [&](const QString& location) {
            return QJsonValue(double(level(sku, location).value(u"available"_qs).toInteger()));
        };
        const QJsonObject line{{u"lines"_qs, QJsonArray{cartLine(sku, 1)}}};
        QJsonObject toHome = line;
        toHome.insert(u"fulfillment"_qs, delivery());
        QJsonObject atLyon = line;
        atLyon.insert(u"fulfillment"_qs, pickupAt(u"loc_lyon"_qs));
        // Deliveries ship from the warehouse, pickups wait at their store, counters sell their own.
        QCOMPARE(availableIn(toHome, {}), availableAt(u"loc_warehouse"_qs));
        QCOMPARE(availableIn(toHome, m_alice), availableAt(u"loc_warehouse"_qs));
        QCOMPARE(availableIn(toHome, m_accounts.staffParis), availableAt(u"loc_warehouse"_qs));
        QCOMPARE(availableIn(atLyon, m_alice), availableAt(u"loc_lyon"_qs));
        QCOMPARE(availableIn(line, m_accounts.staffParis), availableAt(u"loc_paris"_qs));
        QCOMPARE(availableIn(line, m_accounts.kioskLyon), availableAt(u"loc_lyon"_qs));
        // Nobody and nowhere: unknown, not zero.
        QVERIFY(availableIn(line, {}).isNull());
    }

    void promotionBelowItsMinimumIsRefusedWithoutTakingAUse()
    {
        auto c = m_server.client();
        QCOMPARE(c.post("/api/v1/promotions",
                        {{u"code"_qs, u"MIN100"_qs},
                         {u"percent_off"_qs, 10},
                         {u"min_subtotal"_qs, eur(10'000)},
                         {u"max_uses"_qs, 3}},
                        m_accounts.manager)
                     .status,
                 201);
        const auto uses = [&] {
            for (const QJsonValue& p : c.get("/api/v1/promotions", m_accounts.manager).items())
                if (p.toObject().value(u"code"_qs).toString() == u"MIN100")
                    return p.toObject().value(u"uses"_qs).toInteger();
            return qint64(-1);
        };
        const CatalogSku sku = m_standard[17];
        QVERIFY(sku.price < 10'000);
        QVERIFY(topUp(sku.sku, u"loc_paris"_qs, 100));
        const QJsonObject small = cartBody({cartLine(sku.sku, 1)}, pickupAt(u"loc_paris"_qs), u"MIN100"_qs);
        QCOMPARE(c.post("/api/v1/quotes", small, m_alice).errorFields(), QStringList{u"promo_code"_qs});
        const Reply refused = place(m_alice, small);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorFields(), QStringList{u"promo_code"_qs});
        QCOMPARE(uses(), 0);
        const qint64 enough = 10'000 / sku.price + 1;
        const Reply accepted =
            place(m_alice, cartBody({cartLine(sku.sku, enough)}, pickupAt(u"loc_paris"_qs), u"MIN100"_qs));
        QCOMPARE(accepted.status, 201);
        QCOMPARE(amountOf(accepted.json().value(u"totals"_qs).toObject().value(u"discount"_qs)),
                 (sku.price * enough * 10 * 2 + 100) / 200);
        QCOMPARE(uses(), 1);
    }

    void pickupOrderBecomesReadyThenCompletedAndLeavesTheShelf()
    {
        const QString sku = stdSku(2);
        QVERIFY(topUp(sku, u"loc_paris"_qs, 10));
        const qint64 hand = onHand(sku, u"loc_paris"_qs), held = reserved(sku, u"loc_paris"_qs);
        const Reply placed = place(m_alice, cartBody({cartLine(sku, 2)}, pickupAt(u"loc_paris"_qs)));
        QCOMPARE(placed.status, 201);
        const QString id = placed.json().value(u"id"_qs).toString();
        QCOMPARE(placed.json().value(u"channel"_qs).toString(), u"web"_qs);
        QCOMPARE(placed.json().value(u"customer_id"_qs).toString(), m_aliceId);
        QVERIFY(!placed.json().value(u"reservation_expires_at"_qs).toString().isEmpty());
        QVERIFY(placed.json().value(u"number"_qs).toString().startsWith(u"PAR-"_qs));
        QCOMPARE(onHand(sku, u"loc_paris"_qs), hand);
        QCOMPARE(reserved(sku, u"loc_paris"_qs), held + 2);

        QCOMPARE(payInFull(id, m_alice, false).status, 201);
        QCOMPARE(getOrder(id, m_alice).value(u"status"_qs).toString(), u"paid"_qs);
        QCOMPARE(setStatus(id, u"ready_for_pickup"_qs, m_accounts.staffParis).status, 200);
        const Reply done = setStatus(id, u"completed"_qs, m_accounts.staffParis);
        QCOMPARE(done.status, 200);
        QCOMPARE(done.json().value(u"status"_qs).toString(), u"completed"_qs);
        QCOMPARE(onHand(sku, u"loc_paris"_qs), hand - 2);
        QCOMPARE(reserved(sku, u"loc_paris"_qs), held);

        // Completed is final.
        for (const QString& next : {u"paid"_qs, u"ready_for_pickup"_qs, u"shipped"_qs, u"completed"_qs,
                                    u"cancelled"_qs, u"pending_payment"_qs})
            QCOMPARE(setStatus(id, next, m_accounts.staffParis).status, 409);
        QCOMPARE(cancel(id, m_accounts.staffParis).status, 409);
        QCOMPARE(cancel(id, m_accounts.manager).status, 409);
        QCOMPARE(onHand(sku, u"loc_paris"_qs), hand - 2);
        QCOMPARE(reserved(sku, u"loc_paris"_qs), held);
    }

    void deliveryOrderShipsThenCompletes()
    {
        const QString sku = stdSku(3);
        QVERIFY(topUp(sku, u"loc_warehouse"_qs, 10));
        const qint64 hand = onHand(sku, u"loc_warehouse"_qs), held = reserved(sku, u"loc_warehouse"_qs);
        const Reply placed = place(m_alice, cartBody({cartLine(sku, 3)}, delivery()));
        QCOMPARE(placed.status, 201);
        const QString id = placed.json().value(u"id"_qs).toString();
        QCOMPARE(placed.json().value(u"fulfillment"_qs).toObject().value(u"location_id"_qs).toString(),
                 u"loc_warehouse"_qs);
        QCOMPARE(reserved(sku, u"loc_warehouse"_qs), held + 3);
        QCOMPARE(payInFull(id, m_alice, false).status, 201);

        QCOMPARE(setStatus(id, u"ready_for_pickup"_qs, m_accounts.manager).status, 409);
        QCOMPARE(setStatus(id, u"completed"_qs, m_accounts.manager).status, 409);
        // Store staff do not run the warehouse.
        QCOMPARE(setStatus(id, u"shipped"_qs, m_accounts.staffParis).status, 404);
        QCOMPARE(setStatus(id, u"shipped"_qs, m_accounts.manager).status, 200);
        QCOMPARE(onHand(sku, u"loc_warehouse"_qs), hand);
        const Reply done = setStatus(id, u"completed"_qs, m_accounts.manager);
        QCOMPARE(done.status, 200);
        QCOMPARE(done.json().value(u"status"_qs).toString(), u"completed"_qs);
        QCOMPARE(onHand(sku, u"loc_warehouse"_qs), hand - 3);
        QCOMPARE(reserved(sku, u"loc_warehouse"_qs), held);
        QCOMPARE(setStatus(id, u"shipped"_qs, m_accounts.manager).status, 409);
    }

    void carryOutSaleCompletesStraightFromPaid()
    {
        const QString sku = stdSku(4);
        QVERIFY(topUp(sku, u"loc_paris"_qs, 10));
        const qint64 hand = onHand(sku, u"loc_paris"_qs), held = reserved(sku, u"loc_paris"_qs);
        const Reply placed =
            place(m_accounts.staffParis, cartBody({cartLine(sku, 4)}, carryOutAt(u"loc_paris"_qs)));
        QCOMPARE(placed.status, 201);
        QCOMPARE(placed.json().value(u"channel"_qs).toString(), u"pos"_qs);
        const QString id = placed.json().value(u"id"_qs).toString();
        QCOMPARE(reserved(sku, u"loc_paris"_qs), held + 4);
        QCOMPARE(payInFull(id, m_accounts.staffParis, true).status, 201);
        QCOMPARE(setStatus(id, u"ready_for_pickup"_qs, m_accounts.staffParis).status, 409);
        QCOMPARE(setStatus(id, u"shipped"_qs, m_accounts.staffParis).status, 409);
        QCOMPARE(setStatus(id, u"completed"_qs, m_accounts.staffParis).status, 200);
        QCOMPARE(onHand(sku, u"loc_paris"_qs), hand - 4);
        QCOMPARE(reserved(sku, u"loc_paris"_qs), held);
    }

    void illegalTransitionsAreConflicts()
    {
        const QString sku = stdSku(5);
        QVERIFY(topUp(sku, u"loc_paris"_qs, 20));
        const qint64 hand = onHand(sku, u"loc_paris"_qs), held = reserved(sku, u"loc_paris"_qs);

        // Unpaid orders move only by payment or cancellation.
        const QString pending = place(m_alice, cartBody({cartLine(sku, 1)}, pickupAt(u"loc_paris"_qs)))
                                    .json()
                                    .value(u"id"_qs)
                                    .toString();
        for (const QString& next : {u"completed"_qs, u"ready_for_pickup"_qs, u"shipped"_qs, u"paid"_qs})
            QCOMPARE(setStatus(pending, next, m_accounts.staffParis).status, 409);
        QCOMPARE(getOrder(pending, m_alice).value(u"status"_qs).toString(), u"pending_payment"_qs);

        // A pickup is never shipped, nor handed over before it is ready.
        const QString pickup = place(m_alice, cartBody({cartLine(sku, 1)}, pickupAt(u"loc_paris"_qs)))
                                   .json()
                                   .value(u"id"_qs)
                                   .toString();
        QCOMPARE(payInFull(pickup, m_alice, false).status, 201);
        QCOMPARE(setStatus(pickup, u"shipped"_qs, m_accounts.staffParis).status, 409);
        QCOMPARE(setStatus(pickup, u"completed"_qs, m_accounts.staffParis).status, 409);
        QCOMPARE(setStatus(pickup, u"pending_payment"_qs, m_accounts.staffParis).status, 409);
        QCOMPARE(setStatus(pickup, u"paid"_qs, m_accounts.staffParis).status, 409);
        QCOMPARE(getOrder(pickup, m_alice).value(u"status"_qs).toString(), u"paid"_qs);

        // Cancelled is final.
        QCOMPARE(cancel(pending, m_alice).status, 200);
        for (const QString& next : {u"pending_payment"_qs, u"paid"_qs, u"ready_for_pickup"_qs, u"shipped"_qs,
                                    u"completed"_qs, u"cancelled"_qs})
            QCOMPARE(setStatus(pending, next, m_accounts.staffParis).status, 409);
        QCOMPARE(cancel(pending, m_accounts.staffParis).status, 409);
        QCOMPARE(cancel(pending, m_alice).status, 409);
        QCOMPARE(onHand(sku, u"loc_paris"_qs), hand);
        QCOMPARE(reserved(sku, u"loc_paris"_qs), held + 1); // the paid pickup only

        // Not a status at all.
        const Reply unknown = setStatus(pickup, u"teleported"_qs, m_accounts.staffParis);
        QCOMPARE(unknown.status, 422);
        QCOMPARE(unknown.errorFields(), QStringList{u"status"_qs});
        QCOMPARE(m_server.client()
                     .post("/api/v1/orders/" + pickup.toStdString() + "/status", {}, m_accounts.staffParis)
                     .status,
                 422);
        QCOMPARE(m_server.client()
                     .raw("POST", "/api/v1/orders/" + pickup.toStdString() + "/status",
                          "{\"status\":", "application/json", m_accounts.staffParis)
                     .status,
                 400);
        // Kiosks, customers and other stores do not move orders.
        QCOMPARE(setStatus(pickup, u"ready_for_pickup"_qs, m_accounts.kioskParis).status, 403);
        QCOMPARE(setStatus(pickup, u"ready_for_pickup"_qs, m_alice).status, 403);
        QCOMPARE(setStatus(pickup, u"ready_for_pickup"_qs, m_accounts.staffLyon).status, 404);
        QCOMPARE(setStatus(u"ord_nope"_qs, u"completed"_qs, m_accounts.manager).status, 404);
        QCOMPARE(getOrder(pickup, m_alice).value(u"status"_qs).toString(), u"paid"_qs);
    }

    void customerCancelsOnlyWhilePendingAndStaffRefundOnCancel()
    {
        const QString sku = stdSku(6);
        QVERIFY(topUp(sku, u"loc_paris"_qs, 10));
        const qint64 held = reserved(sku, u"loc_paris"_qs);
        const QString pending = place(m_alice, cartBody({cartLine(sku, 2)}, pickupAt(u"loc_paris"_qs)))
                                    .json()
                                    .value(u"id"_qs)
                                    .toString();
        QCOMPARE(reserved(sku, u"loc_paris"_qs), held + 2);
        QCOMPARE(cancel(pending, m_bob).status, 404);
        const Reply cancelled = cancel(pending, m_alice);
        QCOMPARE(cancelled.status, 200);
        QCOMPARE(cancelled.json().value(u"status"_qs).toString(), u"cancelled"_qs);
        QCOMPARE(reserved(sku, u"loc_paris"_qs), held);

        const QString paid = place(m_alice, cartBody({cartLine(sku, 2)}, pickupAt(u"loc_paris"_qs)))
                                 .json()
                                 .value(u"id"_qs)
                                 .toString();
        QCOMPARE(payInFull(paid, m_alice, false).status, 201);
        QCOMPARE(cancel(paid, m_alice).status, 409);
        QCOMPARE(getOrder(paid, m_alice).value(u"status"_qs).toString(), u"paid"_qs);
        QCOMPARE(reserved(sku, u"loc_paris"_qs), held + 2);
        const Reply byStaff = cancel(paid, m_accounts.staffParis);
        QCOMPARE(byStaff.status, 200);
        QCOMPARE(byStaff.json().value(u"status"_qs).toString(), u"cancelled"_qs);
        QVERIFY(amountOf(byStaff.json().value(u"paid_total"_qs)) > 0);
        QCOMPARE(amountOf(byStaff.json().value(u"refunded_total"_qs)),
                 amountOf(byStaff.json().value(u"paid_total"_qs)));
        QCOMPARE(reserved(sku, u"loc_paris"_qs), held);
    }

    void unpaidOrderIsCancelledWhenItsReservationExpires()
    {
        TestServer server(TestServer::Options{
            true, {u"--reservation-seconds"_qs, u"1"_qs, u"--sweep-interval-ms"_qs, u"100"_qs}});
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        const std::string staff = server.login(u"staff.paris@demo.comptoir.fr"_qs);
        const std::string manager = server.login(u"manager@demo.comptoir.fr"_qs);
        const QString drawer = openDrawer(server, manager, staff, u"loc_paris"_qs);
        QVERIFY(!drawer.isEmpty());
        auto c = server.client();
        const QString sku = stdSku(7);
        QCOMPARE(c.post("/api/v1/inventory/adjustments",
                        {{u"sku"_qs, sku},
                         {u"location_id"_qs, u"loc_paris"_qs},
                         {u"delta"_qs, 10},
                         {u"reason"_qs, u"receipt"_qs}},
                        manager, idempotencyKey("expiry-stock"))
                     .status,
                 201);
        const auto levelOf = [&] {
            return c.get("/api/v1/inventory?sku=" + urlEncode(sku) + "&location_id=loc_paris")
                .items()
                .first()
                .toObject();
        };
        const QJsonObject before = levelOf();
        QCOMPARE(c.post("/api/v1/promotions",
                        {{u"code"_qs, u"ONCE"_qs}, {u"percent_off"_qs, 5}, {u"max_uses"_qs, 1}}, manager)
                     .status,
                 201);
        const auto promoUses = [&] {
            for (const QJsonValue& p : c.get("/api/v1/promotions", manager).items())
                if (p.toObject().value(u"code"_qs).toString() == u"ONCE")
                    return p.toObject().value(u"uses"_qs).toInteger();
            return qint64(-1);
        };
        const Reply placed =
            c.post("/api/v1/orders", cartBody({cartLine(sku, 3)}, carryOutAt(u"loc_paris"_qs), u"ONCE"_qs),
                   staff, idempotencyKey("expiry-1"));
        QCOMPARE(placed.status, 201);
        QCOMPARE(promoUses(), 1);
        const std::string path = "/api/v1/orders/" + placed.json().value(u"id"_qs).toString().toStdString();
        // A second order paid at once keeps its stock whatever the sweeper does.
        const Reply kept = c.post("/api/v1/orders", cartBody({cartLine(sku, 1)}, carryOutAt(u"loc_paris"_qs)),
                                  staff, idempotencyKey("expiry-2"));
        QCOMPARE(kept.status, 201);
        const Reply keptPaid =
            c.post("/api/v1/orders/" + kept.json().value(u"id"_qs).toString().toStdString() + "/payments",
                   {{u"method"_qs, u"cash"_qs},
                    {u"tendered"_qs, kept.json().value(u"totals"_qs).toObject().value(u"total"_qs)},
                    {u"cash_session_id"_qs, drawer}},
                   staff, idempotencyKey("expiry-pay"));

        // An offline carry-out sale already happened: it never expires.
        QJsonObject offlineBody = cartBody({cartLine(sku, 1)}, carryOutAt(u"loc_paris"_qs));
        offlineBody.insert(u"offline"_qs, true);
        const Reply offline = c.post("/api/v1/orders", offlineBody, staff, idempotencyKey("expiry-offline"));
        QCOMPARE(offline.status, 201);
        QVERIFY(offline.json().value(u"reservation_expires_at"_qs).isNull());

        QTRY_VERIFY_WITH_TIMEOUT(c.get(path, staff).json().value(u"status"_qs).toString() == u"cancelled",
                                 15000);
        const QJsonObject after = levelOf();
        QCOMPARE(after.value(u"on_hand"_qs).toInteger(), before.value(u"on_hand"_qs).toInteger());
        const qint64 keptHeld = (keptPaid.status == 201 ? 1 : 0) + 1; // and the offline sale
        QCOMPARE(after.value(u"reserved"_qs).toInteger(),
                 before.value(u"reserved"_qs).toInteger() + keptHeld);
        QVERIFY(c.get(path, staff).json().value(u"reservation_expires_at"_qs).isNull());
        QCOMPARE(promoUses(), 0); // the expired order gave its use back
        // Too late to pay.
        QCOMPARE(c.post(path + "/payments",
                        {{u"method"_qs, u"cash"_qs},
                         {u"tendered"_qs, placed.json().value(u"totals"_qs).toObject().value(u"total"_qs)},
                         {u"cash_session_id"_qs, drawer}},
                        staff, idempotencyKey("expiry-late"))
                     .status,
                 409);
        QCOMPARE(c.get("/api/v1/orders/" + offline.json().value(u"id"_qs).toString().toStdString(), staff)
                     .json()
                     .value(u"status"_qs)
                     .toString(),
                 u"pending_payment"_qs);
        if (keptPaid.status == 201) {
            QCOMPARE(c.get("/api/v1/orders/" + kept.json().value(u"id"_qs).toString().toStdString(), staff)
                         .json()
                         .value(u"status"_qs)
                         .toString(),
                     u"paid"_qs);
        }
    }

    void ordersAreSeenOnlyByTheirOwnerDeviceAndStore()
    {
        const QString sku = stdSku(8);
        QVERIFY(topUp(sku, u"loc_paris"_qs, 10));
        const Reply alices = place(m_alice, cartBody({cartLine(sku, 1)}, pickupAt(u"loc_paris"_qs)));
        const Reply bobs = place(m_bob, cartBody({cartLine(sku, 1)}, pickupAt(u"loc_paris"_qs)));
        const Reply kiosks =
            place(m_accounts.kioskParis, QJsonObject{{u"lines"_qs, QJsonArray{cartLine(sku, 1)}}});
        QCOMPARE(alices.status, 201);
        QCOMPARE(bobs.status, 201);
        QCOMPARE(kiosks.status, 201);
        QCOMPARE(kiosks.json().value(u"channel"_qs).toString(), u"kiosk"_qs);
        QCOMPARE(kiosks.json().value(u"fulfillment"_qs).toObject().value(u"type"_qs).toString(),
                 u"carry_out"_qs);
        const std::string alicePath =
            "/api/v1/orders/" + alices.json().value(u"id"_qs).toString().toStdString();
        const std::string kioskPath =
            "/api/v1/orders/" + kiosks.json().value(u"id"_qs).toString().toStdString();
        auto c = m_server.client();

        QCOMPARE(c.get(alicePath, m_alice).status, 200);
        QCOMPARE(c.get(alicePath, m_bob).status, 404);
        QCOMPARE(c.get(alicePath, m_accounts.kioskParis).status, 404);
        QCOMPARE(c.get(alicePath, m_accounts.staffLyon).status, 404);
        QCOMPARE(c.get(alicePath, m_accounts.staffParis).status, 200);
        QCOMPARE(c.get(alicePath, m_accounts.manager).status, 200);
        QCOMPARE(c.get(alicePath).status, 401);
        QCOMPARE(c.get(kioskPath, m_accounts.kioskParis).status, 200);
        QCOMPARE(c.get(kioskPath, m_accounts.kioskLyon).status, 404);
        QCOMPARE(c.get(kioskPath, m_alice).status, 404);
        QCOMPARE(c.get(kioskPath, m_accounts.staffLyon).status, 404);
        QCOMPARE(c.get(kioskPath, m_accounts.staffParis).status, 200);
        // Bob can neither pay nor cancel Alice's order: for him it does not exist.
        QCOMPARE(c.post(alicePath + "/payments", {{u"method"_qs, u"card"_qs}, {u"token"_qs, cardToken()}},
                        m_bob, idempotencyKey(nextKey()))
                     .status,
                 404);
        QCOMPARE(c.post(alicePath + "/cancel", {}, m_bob).status, 404);
        QCOMPARE(c.post(kioskPath + "/cancel", {}, m_accounts.kioskLyon).status, 404);
        QCOMPARE(c.post(alicePath + "/cancel", {}, m_accounts.staffLyon).status, 404);
        QCOMPARE(getOrder(alices.json().value(u"id"_qs).toString(), m_alice).value(u"status"_qs).toString(),
                 u"pending_payment"_qs);

        // Lists are scoped the same way.
        const auto ids = [&](const std::string& query, const std::string& token) {
            QStringList out;
            for (const QJsonValue& o : c.get("/api/v1/orders" + query, token).items())
                out.append(o.toObject().value(u"id"_qs).toString());
            return out;
        };
        const QString aliceId = alices.json().value(u"id"_qs).toString(),
                      bobId = bobs.json().value(u"id"_qs).toString(),
                      kioskId = kiosks.json().value(u"id"_qs).toString();
        const Reply aliceList = c.get("/api/v1/orders?limit=200", m_alice);
        QCOMPARE(aliceList.status, 200);
        for (const QJsonValue& o : aliceList.items())
            QCOMPARE(o.toObject().value(u"customer_id"_qs).toString(), m_aliceId);
        QVERIFY(ids("?limit=200", m_alice).contains(aliceId));
        QVERIFY(!ids("?limit=200", m_alice).contains(bobId));
        QVERIFY(!ids("?limit=200", m_bob).contains(aliceId));
        QCOMPARE(c.get("/api/v1/orders?customer_id=" + m_bobId.toStdString(), m_alice).status, 403);
        QCOMPARE(ids("?limit=200", m_accounts.kioskParis).contains(kioskId), true);
        QCOMPARE(ids("?limit=200", m_accounts.kioskParis).contains(aliceId), false);
        QVERIFY(ids("?limit=200", m_accounts.kioskLyon).isEmpty());
        QVERIFY(!ids("?limit=200", m_accounts.staffLyon).contains(aliceId));
        QCOMPARE(c.get("/api/v1/orders?store_id=loc_paris", m_accounts.staffLyon).status, 403);
        QVERIFY(ids("?limit=200&store_id=loc_paris", m_accounts.manager).contains(aliceId));
        QCOMPARE(c.get("/api/v1/orders").status, 401);
        QCOMPARE(c.get("/api/v1/orders?status=lost", m_accounts.manager).status, 400);
        // Newest first.
        const QJsonArray mine = aliceList.items();
        for (qsizetype i = 1; i < mine.size(); ++i)
            QVERIFY(mine[i - 1].toObject().value(u"created_at"_qs).toString() >=
                    mine[i].toObject().value(u"created_at"_qs).toString());
    }

    void anonymousCannotPlaceOrders()
    {
        auto c = m_server.client();
        const Reply r =
            c.post("/api/v1/orders", cartBody({cartLine(stdSku(9), 1)}, pickupAt(u"loc_paris"_qs)), {},
                   idempotencyKey(nextKey()));
        QCOMPARE(r.status, 401);
        QCOMPARE(r.json().value(u"status"_qs).toInt(), 401);
        QCOMPARE(c.post("/api/v1/orders", cartBody({cartLine(stdSku(9), 1)}, pickupAt(u"loc_paris"_qs)),
                        "garbage-token", idempotencyKey(nextKey()))
                     .status,
                 401);
    }

    void badCartsAreRefusedFieldByField_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QStringList>("fields");
        const QByteArray sku = stdSku(10).toUtf8();
        const auto withLines = [&](const QByteArray& lines) {
            return R"({"fulfillment":{"type":"pickup","location_id":"loc_paris"},"lines":)" + lines + "}";
        };
        QTest::newRow("malformed JSON") << QByteArray(R"({"lines":[{"sku":)") << 400 << QStringList();
        QTest::newRow("JSON but not an object") << QByteArray("[1,2]") << 400 << QStringList();
        QTest::newRow("missing lines")
            << QByteArray(R"({"fulfillment":{"type":"pickup","location_id":"loc_paris"}})") << 422
            << QStringList{u"lines"_qs};
        QTest::newRow("no lines") << withLines("[]") << 422 << QStringList{u"lines"_qs};
        QTest::newRow("lines not an array") << withLines("{}") << 422 << QStringList{u"lines"_qs};
        QTest::newRow("line not an object") << withLines("[3]") << 422 << QStringList{u"lines[0]"_qs};
        QTest::newRow("quantity 0") << withLines(R"([{"sku":")" + sku + R"(","quantity":0}])") << 422
                                    << QStringList{u"lines[0].quantity"_qs};
        QTest::newRow("quantity -1") << withLines(R"([{"sku":")" + sku + R"(","quantity":-1}])") << 422
                                     << QStringList{u"lines[0].quantity"_qs};
        QTest::newRow("quantity 1.5") << withLines(R"([{"sku":")" + sku + R"(","quantity":1.5}])") << 422
                                      << QStringList{u"lines[0].quantity"_qs};
        QTest::newRow("quantity 1e12") << withLines(R"([{"sku":")" + sku + R"(","quantity":1e12}])") << 422
                                       << QStringList{u"lines[0].quantity"_qs};
        QTest::newRow("quantity a string") << withLines(R"([{"sku":")" + sku + R"(","quantity":"2"}])") << 422
                                           << QStringList{u"lines[0].quantity"_qs};
        QTest::newRow("quantity missing")
            << withLines(R"([{"sku":")" + sku + R"("}])") << 422 << QStringList{u"lines[0].quantity"_qs};
        QTest::newRow("sku missing") << withLines(R"([{"quantity":1}])") << 422
                                     << QStringList{u"lines[0].sku"_qs};
        QTest::newRow("unknown sku") << withLines(R"([{"sku":"NO-SUCH-SKU","quantity":1}])") << 422
                                     << QStringList{u"lines[0].sku"_qs};
        QTest::newRow("second line unknown")
            << withLines(R"([{"sku":")" + sku + R"(","quantity":1},{"sku":"NOPE","quantity":1}])") << 422
            << QStringList{u"lines[1].sku"_qs};
        QTest::newRow("same sku twice")
            << withLines(R"([{"sku":")" + sku + R"(","quantity":1},{"sku":")" + sku + R"(","quantity":2}])")
            << 422 << QStringList{u"lines[1].sku"_qs};
        QTest::newRow("unknown promo code")
            << QByteArray(
                   R"({"fulfillment":{"type":"pickup","location_id":"loc_paris"},"promo_code":"NOSUCHCODE",)"
                   R"("lines":[{"sku":")" +
                   sku + R"(","quantity":1}]})")
            << 422 << QStringList{u"promo_code"_qs};
        QTest::newRow("bad fulfillment type")
            << QByteArray(R"({"fulfillment":{"type":"teleport"},"lines":[{"sku":")" + sku +
                          R"(","quantity":1}]})")
            << 422 << QStringList{u"fulfillment.type"_qs};
        QTest::newRow("pickup without a store")
            << QByteArray(R"({"fulfillment":{"type":"pickup"},"lines":[{"sku":")" + sku +
                          R"(","quantity":1}]})")
            << 422 << QStringList{u"fulfillment.location_id"_qs};
        QTest::newRow("delivery without an address")
            << QByteArray(R"({"fulfillment":{"type":"delivery"},"lines":[{"sku":")" + sku +
                          R"(","quantity":1}]})")
            << 422 << QStringList{u"fulfillment.address"_qs};
        QTest::newRow("pickup at an unknown store")
            << QByteArray(R"({"fulfillment":{"type":"pickup","location_id":"loc_mars"},"lines":[{"sku":")" +
                          sku + R"(","quantity":1}]})")
            << 422 << QStringList{u"fulfillment.location_id"_qs};
    }

    void badCartsAreRefusedFieldByField()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QStringList, fields);
        auto c = m_server.client();
        const qsizetype before = c.get("/api/v1/orders?limit=200", m_alice).items().size();
        for (const char* path : {"/api/v1/quotes", "/api/v1/orders"}) {
            const Reply r = c.raw("POST", path, body.toStdString(), "application/json", m_alice,
                                  idempotencyKey(nextKey()));
            QCOMPARE(r.status, status);
            QVERIFY2(r.header("Content-Type").starts_with("application/problem+json"), path);
            QCOMPARE(r.json().value(u"status"_qs).toInt(), status);
            if (!fields.isEmpty())
                QCOMPARE(r.errorFields(), fields);
        }
        QCOMPARE(c.get("/api/v1/orders?limit=200", m_alice).items().size(), before);
    }

    void ordersNeedAnIdempotencyKeyAndJson()
    {
        auto c = m_server.client();
        const QJsonObject body = cartBody({cartLine(stdSku(11), 1)}, pickupAt(u"loc_paris"_qs));
        const Reply missing = c.post("/api/v1/orders", body, m_alice);
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.errorFields(), QStringList{u"Idempotency-Key"_qs});
        QCOMPARE(c.post("/api/v1/orders", body, m_alice, idempotencyKey(std::string(256, 'x'))).status, 400);
        QCOMPARE(c.raw("POST", "/api/v1/orders", "lines=1", "application/x-www-form-urlencoded", m_alice,
                       idempotencyKey(nextKey()))
                     .status,
                 415);
    }

    void customersDoNotCarryOutAndPickupIsAtAStore()
    {
        auto c = m_server.client();
        const QString sku = stdSku(12);
        const Reply carry = place(m_alice, cartBody({cartLine(sku, 1)}, carryOutAt(u"loc_paris"_qs)));
        QCOMPARE(carry.status, 422);
        QCOMPARE(carry.errorFields(), QStringList{u"fulfillment.type"_qs});
        const Reply warehouse = place(m_alice, cartBody({cartLine(sku, 1)}, pickupAt(u"loc_warehouse"_qs)));
        QCOMPARE(warehouse.status, 422);
        QCOMPARE(warehouse.errorFields(), QStringList{u"fulfillment.location_id"_qs});
        // Staff sell carry-out at their own store only.
        const Reply elsewhere =
            place(m_accounts.staffParis, cartBody({cartLine(sku, 1)}, carryOutAt(u"loc_lyon"_qs)));
        QCOMPARE(elsewhere.status, 422);
        QCOMPARE(elsewhere.errorFields(), QStringList{u"fulfillment.location_id"_qs});
        const Reply offline = place(m_alice, QJsonObject{{u"lines"_qs, QJsonArray{cartLine(sku, 1)}},
                                                         {u"fulfillment"_qs, pickupAt(u"loc_paris"_qs)},
                                                         {u"offline"_qs, true}});
        QCOMPARE(offline.status, 422);
        QCOMPARE(offline.errorFields(), QStringList{u"offline"_qs});
    }

    void shortStockNamesEachShortLine()
    {
        const QString plenty = stdSku(13), scarce = stdSku(14);
        QVERIFY(topUp(plenty, u"loc_bordeaux"_qs, 50));
        const qint64 available = level(scarce, u"loc_bordeaux"_qs).value(u"available"_qs).toInteger();
        const QJsonObject before = level(plenty, u"loc_bordeaux"_qs);
        const Reply r = place(m_bob, cartBody({cartLine(plenty, 2), cartLine(scarce, available + 1)},
                                              pickupAt(u"loc_bordeaux"_qs)));
        QCOMPARE(r.status, 409);
        const QJsonArray lines = r.json().value(u"lines"_qs).toArray();
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().toObject().value(u"sku"_qs).toString(), scarce);
        QCOMPARE(lines.first().toObject().value(u"requested"_qs).toInteger(), available + 1);
        QCOMPARE(lines.first().toObject().value(u"available"_qs).toInteger(), available);
        // Nothing was reserved, not even the line that had stock.
        QCOMPARE(level(plenty, u"loc_bordeaux"_qs), before);
    }

    void unknownExpiredAndFuturePromoCodesAreRefused()
    {
        auto c = m_server.client();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto iso = [](const QDateTime& t) { return t.toString(Qt::ISODateWithMs); };
        QCOMPARE(c.post("/api/v1/promotions",
                        {{u"code"_qs, u"OLD10"_qs},
                         {u"percent_off"_qs, 10},
                         {u"starts_at"_qs, iso(now.addDays(-30))},
                         {u"ends_at"_qs, iso(now.addDays(-1))}},
                        m_accounts.manager)
                     .status,
                 201);
        QCOMPARE(c.post("/api/v1/promotions",
                        {{u"code"_qs, u"SOON10"_qs},
                         {u"percent_off"_qs, 10},
                         {u"starts_at"_qs, iso(now.addDays(2))}},
                        m_accounts.manager)
                     .status,
                 201);
        QCOMPARE(c.post("/api/v1/promotions", {{u"code"_qs, u"now5"_qs}, {u"amount_off"_qs, eur(500)}},
                        m_accounts.manager)
                     .json()
                     .value(u"code"_qs)
                     .toString(),
                 u"NOW5"_qs);
        const QString sku = stdSku(15);
        QVERIFY(topUp(sku, u"loc_paris"_qs, 10));
        for (const QString& code : {u"OLD10"_qs, u"SOON10"_qs, u"NEVER-HEARD"_qs}) {
            const QJsonObject body = cartBody({cartLine(sku, 1)}, pickupAt(u"loc_paris"_qs), code);
            const Reply quote = c.post("/api/v1/quotes", body, m_alice);
            QCOMPARE(quote.status, 422);
            QCOMPARE(quote.errorFields(), QStringList{u"promo_code"_qs});
            const Reply order = place(m_alice, body);
            QCOMPARE(order.status, 422);
            QCOMPARE(order.errorFields(), QStringList{u"promo_code"_qs});
        }
        // Codes are not case-sensitive.
        const Reply lower =
            c.post("/api/v1/quotes", cartBody({cartLine(sku, 1)}, pickupAt(u"loc_paris"_qs), u"now5"_qs));
        QCOMPARE(lower.status, 200);
        QCOMPARE(amountOf(lower.json().value(u"totals"_qs).toObject().value(u"discount"_qs)),
                 std::min<qint64>(
                     500, amountOf(lower.json().value(u"totals"_qs).toObject().value(u"subtotal"_qs))));
        QCOMPARE(c.get("/api/v1/promotions", m_accounts.manager).status, 200);
    }

    void promotionsRefuseBadInput_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("malformed JSON") << QByteArray(R"({"code":)") << 400 << QStringList();
        QTest::newRow("amount_off in dollars")
            << QByteArray(R"({"code":"USD5","amount_off":{"amount":500,"currency":"USD"}})") << 422
            << QStringList{u"amount_off.currency"_qs};
        QTest::newRow("amount_off not positive")
            << QByteArray(R"({"code":"ZERO5","amount_off":{"amount":0,"currency":"EUR"}})") << 422
            << QStringList{u"amount_off.amount"_qs};
        QTest::newRow("both kinds")
            << QByteArray(R"({"code":"BOTH","percent_off":5,"amount_off":{"amount":5,"currency":"EUR"}})")
            << 422 << QStringList{u"percent_off"_qs};
        QTest::newRow("neither kind")
            << QByteArray(R"({"code":"NONE"})") << 422 << QStringList{u"percent_off"_qs};
        QTest::newRow("percent over 100")
            << QByteArray(R"({"code":"P101","percent_off":101})") << 422 << QStringList{u"percent_off"_qs};
        QTest::newRow("percent 0") << QByteArray(R"({"code":"P0","percent_off":0})") << 422
                                   << QStringList{u"percent_off"_qs};
        QTest::newRow("bad code") << QByteArray(R"({"code":"no spaces please","percent_off":5})") << 422
                                  << QStringList{u"code"_qs};
        QTest::newRow("ends before it starts")
            << QByteArray(
                   R"({"code":"BACKWARDS","percent_off":5,"starts_at":"2030-01-02T00:00:00Z","ends_at":"2030-01-01T00:00:00Z"})")
            << 422 << QStringList{u"ends_at"_qs};
        QTest::newRow("max_uses 0") << QByteArray(R"({"code":"MAX0","percent_off":5,"max_uses":0})") << 422
                                    << QStringList{u"max_uses"_qs};
    }

    void promotionsRefuseBadInput()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QStringList, fields);
        auto c = m_server.client();
        const Reply r =
            c.raw("POST", "/api/v1/promotions", body.toStdString(), "application/json", m_accounts.manager);
        QCOMPARE(r.status, status);
        if (!fields.isEmpty())
            QCOMPARE(r.errorFields(), fields);
        QCOMPARE(c.raw("POST", "/api/v1/promotions", R"({"code":"STAFF5","percent_off":5})",
                       "application/json", m_accounts.staffParis)
                     .status,
                 403);
        QCOMPARE(c.get("/api/v1/promotions", m_accounts.staffParis).status, 403);
        QCOMPARE(c.get("/api/v1/promotions").status, 401);
    }

    void archivedProductsCannotBeOrdered()
    {
        auto c = m_server.client();
        const Reply product =
            c.post("/api/v1/products",
                   {{u"name"_qs, u"Vase retiré"_qs},
                    {u"tax_class"_qs, u"standard"_qs},
                    {u"variants"_qs,
                     QJsonArray{QJsonObject{{u"sku"_qs, u"VASE-GONE-1"_qs}, {u"price"_qs, eur(3900)}}}}},
                   m_accounts.manager);
        QCOMPARE(product.status, 201);
        QVERIFY(topUp(u"VASE-GONE-1"_qs, u"loc_paris"_qs, 5));
        const QJsonObject body = cartBody({cartLine(u"VASE-GONE-1"_qs, 1)}, carryOutAt(u"loc_paris"_qs));
        QCOMPARE(c.post("/api/v1/quotes", body, m_accounts.staffParis).status, 200);
        const Reply before = place(m_accounts.staffParis, body);
        QCOMPARE(before.status, 201);
        QCOMPARE(c.del("/api/v1/products/" + product.json().value(u"id"_qs).toString().toStdString(),
                       m_accounts.manager)
                         .status /
                     100,
                 2);
        const Reply quote = c.post("/api/v1/quotes", body, m_accounts.staffParis);
        QCOMPARE(quote.status, 422);
        QCOMPARE(quote.errorFields(), QStringList{u"lines[0].sku"_qs});
        const Reply order = place(m_accounts.staffParis, body);
        QCOMPARE(order.status, 422);
        QCOMPARE(order.errorFields(), QStringList{u"lines[0].sku"_qs});
        // The order placed before keeps its line.
        const QJsonObject kept = getOrder(before.json().value(u"id"_qs).toString(), m_accounts.staffParis);
        QCOMPARE(kept.value(u"lines"_qs).toArray().first().toObject().value(u"sku"_qs).toString(),
                 u"VASE-GONE-1"_qs);
    }
};

QTEST_GUILESS_MAIN(TestOrders)
#include "tst_orders.moc"
