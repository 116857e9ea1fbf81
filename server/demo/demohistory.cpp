#include "demo/demohistory.h"

#include "comptoir/ids.h"
#include "demo/democatalog.h"
#include "domain/orderservice.h"
#include "domain/pricing.h"
#include "domain/taxallocation.h"

#include <QTimeZone>
#include <algorithm>
#include <cmath>
#include <random>

namespace comptoir::server::demo {

namespace {

const QString kCurrency = u"EUR"_qs;

struct DemoShop {
    LocationId id;
    double weight; // share of the chain's orders
    UserId staff;  // who rings up its till sales
};

// One sale or refund of a day, written in time order.
struct Event {
    QDateTime at;
    int order = 0;  // index into the day's orders
    int refund = 0; // 0: the sale; 1: its payment refunded whole; 2: a fifth of it refunded
};

struct DayOrder {
    const DemoShop* shop = nullptr;
    QString channel;
    QString method;
    QList<CartLine> lines;
    OrderRecord record;
    PaymentRecord payment;
};

// Minutes after midnight, Paris time: a steady trickle from 9:00 to 19:30 with a lunch peak and
// an after-work peak.
int minuteOfDay(std::mt19937& rng)
{
    std::uniform_real_distribution<double> u(0, 1);
    const double pick = u(rng);
    double minute;
    if (pick < 0.45)
        minute = 9 * 60 + u(rng) * 630;
    else if (pick < 0.75)
        minute = std::normal_distribution<double>(12 * 60 + 45, 50)(rng);
    else
        minute = std::normal_distribution<double>(17 * 60 + 45, 60)(rng);
    return std::clamp(int(minute), 9 * 60, 19 * 60 + 29);
}

double weekdayFactor(int dayOfWeek)
{
    // Monday … Sunday, divided by their mean (6.7 ÷ 7) so a week averages the orders asked for.
    static const double factors[] = {0.8, 0.85, 0.95, 0.9, 1.1, 1.6, 0.5};
    return factors[(dayOfWeek - 1) % 7] * 7.0 / 6.7;
}

} // namespace

HistoryWritten writeSalesHistory(Store& store, const HistorySettings& settings, const QDateTime& now)
{
    HistoryWritten written;
    if (settings.days <= 0)
        return written;
    const DemoCatalog catalog = buildDemoCatalog();
    // The SKUs sold: every variant of the active products; a few sell much more than the rest.
    QStringList skus;
    for (const Product& p : catalog.products)
        if (p.status == ProductStatus::Active)
            for (const Variant& v : p.variants)
                skus.append(v.sku);
    if (skus.isEmpty())
        return written;
    std::mt19937 shuffle(settings.seed);
    std::shuffle(skus.begin(), skus.end(), shuffle);
    skus = skus.mid(0, 400);

    QList<DemoShop> shops;
    const std::map<QString, double> weights{{u"loc_paris"_qs, 0.45}, {u"loc_lyon"_qs, 0.33}};
    for (const Location& l : catalog.locations) {
        if (l.kind != LocationKind::Store)
            continue;
        const auto staff = store.credentials(u"staff.%1@demo.comptoir.fr"_qs.arg(l.id.value.mid(4)));
        shops.append({l.id, weights.count(l.id.value) ? weights.at(l.id.value) : 0.22,
                      staff ? staff->user.id : UserId{}});
    }
    if (shops.isEmpty())
        return written;
    std::vector<double> shopWeights;
    for (const DemoShop& s : shops)
        shopWeights.push_back(s.weight);

    const QTimeZone paris("Europe/Paris");
    const QDate today = now.toTimeZone(paris).date();
    const int perDay = settings.ordersPerDay > 0 ? settings.ordersPerDay : 120;
    for (int back = settings.days; back >= 1; --back) {
        const QDate day = today.addDays(-back);
        // The same day always gives the same sales, whatever day the demo was made on.
        std::mt19937 rng(settings.seed ^ quint32(day.toJulianDay()));
        std::uniform_real_distribution<double> u(0, 1);
        std::discrete_distribution<int> pickShop(shopWeights.begin(), shopWeights.end());
        const int count =
            std::max(1, int(std::lround(perDay * weekdayFactor(day.dayOfWeek()) * (0.85 + 0.3 * u(rng)))));
        std::vector<DayOrder> orders(static_cast<size_t>(count));
        std::vector<Event> events;
        for (int i = 0; i < count; ++i) {
            DayOrder& o = orders[size_t(i)];
            o.shop = &shops[pickShop(rng)];
            const double channel = u(rng);
            o.channel = channel < 0.6 ? u"pos"_qs : channel < 0.85 ? u"kiosk"_qs : u"web"_qs;
            const double method = u(rng);
            if (o.channel == u"pos")
                o.method = method < 0.3 ? u"cash"_qs : method < 0.85 ? u"terminal"_qs : u"card"_qs;
            else if (o.channel == u"kiosk")
                o.method = method < 0.8 ? u"terminal"_qs : u"card"_qs;
            else
                o.method = u"card"_qs;
            const int lines = 1 + (u(rng) < 0.45) + (u(rng) < 0.15);
            for (int l = 0; l < lines; ++l) {
                // Squared: the first SKUs of the shuffled list are the best sellers.
                const auto index = qsizetype(double(skus.size()) * std::pow(u(rng), 2.0));
                const QString& sku = skus[std::min(index, skus.size() - 1)];
                if (std::none_of(o.lines.cbegin(), o.lines.cend(),
                                 [&](const CartLine& c) { return c.sku == sku; }))
                    o.lines.append({sku, u(rng) < 0.9 ? 1 : 2});
            }
            const QTime time = QTime(0, 0).addSecs(minuteOfDay(rng) * 60 + int(u(rng) * 60));
            const QDateTime at = QDateTime(day, time, paris).toUTC();
            events.push_back({at, i, 0});
            if (u(rng) < 0.025) {
                // Brought back later that day (before closing): all of it, or a goodwill gesture.
                const QDateTime later = std::min(at.addSecs(qint64(600 + u(rng) * 7200)),
                                                 QDateTime(day, QTime(19, 59), paris).toUTC());
                events.push_back({later, i, u(rng) < 0.5 ? 1 : 2});
            }
        }
        std::stable_sort(events.begin(), events.end(),
                         [](const Event& a, const Event& b) { return a.at < b.at; });
        // The recording time is put back to "now" however the day's transaction ends.
        struct Restore {
            Store& store;
            ~Restore() { store.setRecordingTime(std::nullopt); }
        } restore{store};
        store.transaction([&] {
            for (const Event& e : events) {
                DayOrder& d = orders[size_t(e.order)];
                store.setRecordingTime(e.at);
                if (e.refund == 0) {
                    CartRequest cart;
                    cart.lines = d.lines;
                    cart.fulfillment = {d.channel == u"web" ? u"pickup"_qs : u"carry_out"_qs, d.shop->id, {}};
                    const PricedCart priced = priceCart(cart, store, d.shop->id, kCurrency, e.at);
                    Order& o = d.record.order;
                    o.id.value = newId(u"ord"_qs);
                    o.channel = d.channel;
                    o.storeId = d.shop->id;
                    o.status = u"paid"_qs;
                    o.fulfillment = cart.fulfillment;
                    o.totals = priced.totals;
                    o.paidTotal = priced.totals.total;
                    o.refundedTotal = Money{0, kCurrency};
                    o.createdAt = e.at;
                    o.updatedAt = e.at;
                    d.record.placedBy = d.channel == u"pos" ? d.shop->staff : UserId{};
                    for (const PricedLine& l : priced.lines) {
                        o.lines.append(l.line);
                        d.record.lineDiscounts.append(l.discount);
                        d.record.lineTaxes.append(l.tax);
                    }
                    o.number = store.nextOrderNumber(orderNumberPrefix(d.shop->id));
                    store.saveOrder(d.record, true); // paid as placed: its `sale` entry
                    Payment& p = d.payment.payment;
                    p.id = newId(u"pay"_qs);
                    p.orderId = o.id;
                    p.method = d.method;
                    p.status = u"captured"_qs;
                    p.amount = o.totals.total;
                    if (d.method == u"card") {
                        p.cardBrand = u"visa"_qs;
                        p.cardLast4 = u"4242"_qs;
                    }
                    if (d.method == u"cash")
                        p.changeDue = Money{0, kCurrency};
                    d.payment.createdAt = e.at;
                    store.savePayment(d.payment, true);
                    ++written.orders;
                    continue;
                }
                const qint64 paid = d.payment.payment.amount.amount;
                const qint64 amount = e.refund == 1 ? paid : std::max<qint64>(1, paid / 5);
                if (paid <= 0 || d.payment.refunded > 0)
                    continue;
                RefundRecord refund;
                refund.id = newId(u"ref"_qs);
                refund.paymentId = d.payment.payment.id;
                refund.amount = amount;
                refund.reason = amount == paid ? u"retour client"_qs : u"geste commercial"_qs;
                refund.source = u"api"_qs;
                refund.method = d.method;
                refund.taxes = allocateTaxes(d.record, amount);
                store.saveRefund(refund); // its `refund` entry
                d.payment.refunded += amount;
                d.payment.payment.status = amount == paid ? u"refunded"_qs : u"partially_refunded"_qs;
                store.savePayment(d.payment, false);
                d.record.order.refundedTotal = Money{amount, kCurrency};
                d.record.order.updatedAt = e.at;
                store.saveOrder(d.record, false);
                ++written.refunds;
            }
        });
    }
    return written;
}

} // namespace comptoir::server::demo
