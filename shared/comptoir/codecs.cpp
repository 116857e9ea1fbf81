#include "comptoir/codecs.h"

#include "comptoir/ean13.h"
#include "comptoir/jsonwriter.h"

#include <QJsonArray>
#include <chrono>
#include <cstdio>

namespace comptoir {

namespace {

QJsonValue nullIfEmpty(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}
QJsonValue timeOrNull(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(toRfc3339(time)) : QJsonValue();
}

QDateTime readTime(JsonReader& r, const QString& key)
{
    const auto text = r.optionalString(key, 64);
    if (!text)
        return {};
    QDateTime t = fromRfc3339(*text);
    if (!t.isValid())
        r.fail(key, u"must be an RFC 3339 time"_qs);
    return t;
}

template <typename E, typename F> E readEnum(JsonReader& r, const QString& key, F parse, E fallback)
{
    const QString text = r.string(key, 64);
    if (text.isEmpty())
        return fallback;
    const auto value = parse(text);
    if (!value) {
        r.fail(key, u"has an unknown value"_qs);
        return fallback;
    }
    return *value;
}

std::optional<ProductStatus> productStatusFromString(const QString& text)
{
    if (text == u"active")
        return ProductStatus::Active;
    if (text == u"archived")
        return ProductStatus::Archived;
    return std::nullopt;
}

std::optional<LocationKind> locationKindFromString(const QString& text)
{
    if (text == u"store")
        return LocationKind::Store;
    if (text == u"warehouse")
        return LocationKind::Warehouse;
    return std::nullopt;
}

std::optional<ChangeOp> changeOpFromString(const QString& text)
{
    if (text == u"upsert")
        return ChangeOp::Upsert;
    if (text == u"delete")
        return ChangeOp::Delete;
    return std::nullopt;
}

Totals readTotals(JsonReader& r)
{
    Totals t;
    t.subtotal = r.money(u"subtotal"_qs);
    t.discount = r.money(u"discount"_qs);
    t.tax = r.money(u"tax"_qs);
    t.total = r.money(u"total"_qs);
    return t;
}

} // namespace

QString toString(ProductStatus status)
{
    return status == ProductStatus::Active ? u"active"_qs : u"archived"_qs;
}
QString toString(LocationKind kind)
{
    return kind == LocationKind::Store ? u"store"_qs : u"warehouse"_qs;
}
QString toString(ChangeOp op)
{
    return op == ChangeOp::Upsert ? u"upsert"_qs : u"delete"_qs;
}

QString toString(Role role)
{
    switch (role) {
    case Role::Customer:
        return u"customer"_qs;
    case Role::Kiosk:
        return u"kiosk"_qs;
    case Role::Staff:
        return u"staff"_qs;
    case Role::Manager:
        return u"manager"_qs;
    case Role::Admin:
        return u"admin"_qs;
    case Role::Register:
        return u"register"_qs;
    }
    return {};
}

std::optional<Role> roleFromString(const QString& text)
{
    for (Role r : {Role::Customer, Role::Kiosk, Role::Staff, Role::Manager, Role::Admin, Role::Register})
        if (toString(r) == text)
            return r;
    return std::nullopt;
}

static int rank(Role role)
{
    switch (role) {
    case Role::Customer:
    case Role::Kiosk:
    case Role::Register:
        return 0;
    case Role::Staff:
        return 1;
    case Role::Manager:
        return 2;
    case Role::Admin:
        return 3;
    }
    return 0;
}

bool isAtLeast(Role role, Role minimum)
{
    return rank(role) >= rank(minimum);
}

QString toRfc3339(const QDateTime& time)
{
    // QDateTime::toString converts through time zones and a format parser: 5 % of the server's
    // writer thread, which stamps every order it saves. Years 1 to 9999 are formatted here (the
    // same text: tst_codecs compares), anything else by Qt.
    using namespace std::chrono;
    constexpr qint64 kYear1 = -62135596800000;     // 0001-01-01T00:00:00Z
    constexpr qint64 kYear10000 = 253402300800000; // 10000-01-01T00:00:00Z
    const qint64 ms = time.toMSecsSinceEpoch();
    if (!time.isValid() || ms < kYear1 || ms >= kYear10000)
        return time.toUTC().toString(Qt::ISODateWithMs);
    const sys_days day = floor<days>(sys_time<milliseconds>(milliseconds(ms)));
    const year_month_day date(day);
    const int year = int(date.year());
    const qint64 inDay = ms - duration_cast<milliseconds>(day.time_since_epoch()).count();
    char text[32];
    const int length = std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ", year,
                                     unsigned(date.month()), unsigned(date.day()), int(inDay / 3600000),
                                     int(inDay / 60000 % 60), int(inDay / 1000 % 60), int(inDay % 1000));
    return QString::fromLatin1(text, length);
}

QDateTime fromRfc3339(const QString& text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    // RFC 3339 requires an offset; a bare local time is ambiguous, so refuse it.
    if (t.isValid() && t.timeSpec() == Qt::LocalTime)
        return {};
    return t.toUTC();
}

QJsonObject toJson(const Money& money)
{
    return {{u"amount"_qs, double(money.amount)}, {u"currency"_qs, money.currency}};
}

QJsonObject toJson(const Category& c)
{
    return {{u"id"_qs, c.id.value},
            {u"name"_qs, c.name},
            {u"parent_id"_qs, nullIfEmpty(c.parentId.value)},
            {u"position"_qs, c.position}};
}

QJsonObject toJson(const Variant& v)
{
    QJsonObject options;
    for (auto it = v.options.cbegin(); it != v.options.cend(); ++it)
        options.insert(it.key(), it.value());
    return {{u"sku"_qs, v.sku},
            {u"options"_qs, options},
            {u"price"_qs, toJson(v.price)},
            {u"barcode"_qs, nullIfEmpty(v.barcode)}};
}

QJsonObject toJson(const Product& p)
{
    QJsonArray variants;
    for (const Variant& v : p.variants)
        variants.append(toJson(v));
    return {{u"id"_qs, p.id.value},
            {u"name"_qs, p.name},
            {u"description"_qs, p.description},
            {u"brand"_qs, p.brand},
            {u"category_id"_qs, nullIfEmpty(p.categoryId.value)},
            {u"tax_class"_qs, toString(p.taxClass)},
            {u"status"_qs, toString(p.status)},
            {u"image_url"_qs, nullIfEmpty(p.imageUrl)},
            {u"variants"_qs, variants},
            {u"version"_qs, double(p.version)},
            {u"updated_at"_qs, timeOrNull(p.updatedAt)}};
}

QJsonObject toJson(const Location& l)
{
    return {{u"id"_qs, l.id.value},
            {u"name"_qs, l.name},
            {u"kind"_qs, toString(l.kind)},
            {u"address"_qs, l.address},
            {u"timezone"_qs, l.timezone}};
}

QJsonObject toJson(const StockLevel& s)
{
    return {{u"sku"_qs, s.sku},
            {u"location_id"_qs, s.locationId.value},
            {u"on_hand"_qs, double(s.onHand)},
            {u"reserved"_qs, double(s.reserved)},
            {u"available"_qs, double(s.available())}};
}

QJsonObject toJson(const Movement& m)
{
    return {{u"id"_qs, double(m.id)},
            {u"sku"_qs, m.sku},
            {u"location_id"_qs, m.locationId.value},
            {u"on_hand_delta"_qs, double(m.onHandDelta)},
            {u"reserved_delta"_qs, double(m.reservedDelta)},
            {u"cause"_qs, m.cause},
            {u"cause_id"_qs, m.causeId},
            {u"reason"_qs, nullIfEmpty(m.reason)},
            {u"on_hand_after"_qs, double(m.onHandAfter)},
            {u"reserved_after"_qs, double(m.reservedAfter)},
            {u"at"_qs, timeOrNull(m.at)}};
}

QJsonObject toJson(const User& u)
{
    return {{u"id"_qs, u.id.value},
            {u"email"_qs, u.email},
            {u"name"_qs, u.name},
            {u"role"_qs, toString(u.role)},
            {u"store_id"_qs, nullIfEmpty(u.storeId.value)}};
}

QJsonObject toJson(const Change& c)
{
    return {{u"seq"_qs, double(c.seq)},
            {u"entity"_qs, c.entity},
            {u"id"_qs, c.id},
            {u"op"_qs, toString(c.op)},
            {u"data"_qs, c.op == ChangeOp::Delete ? QJsonValue() : QJsonValue(c.data)}};
}

QJsonObject toJson(const Totals& t)
{
    return {{u"subtotal"_qs, toJson(t.subtotal)},
            {u"discount"_qs, toJson(t.discount)},
            {u"tax"_qs, toJson(t.tax)},
            {u"total"_qs, toJson(t.total)}};
}

namespace {

// A line made before staff discounts has none, in the line's currency.
Money lineDiscount(const OrderLine& l)
{
    return l.discount.currency.isEmpty() ? Money{l.discount.amount, l.lineTotal.currency} : l.discount;
}

QJsonValue orderDiscountJson(const Order& o)
{
    if (!o.discount)
        return QJsonValue();
    return QJsonObject{{u"percent"_qs, o.discount->percent ? QJsonValue(*o.discount->percent) : QJsonValue()},
                       {u"amount"_qs, toJson(o.discount->amount)},
                       {u"reason"_qs, o.discount->reason},
                       {u"approved_by"_qs, nullIfEmpty(o.approvedBy.value)}};
}

} // namespace

QJsonObject toJson(const OrderLine& l)
{
    return {{u"sku"_qs, l.sku},
            {u"name"_qs, l.name},
            {u"quantity"_qs, double(l.quantity)},
            {u"unit_price"_qs, toJson(l.unitPrice)},
            {u"tax_rate_bp"_qs, l.taxRateBp},
            {u"line_total"_qs, toJson(l.lineTotal)},
            {u"discount"_qs, toJson(lineDiscount(l))}};
}

QJsonObject toJson(const Order& o)
{
    QJsonArray lines;
    for (const OrderLine& l : o.lines)
        lines.append(toJson(l));
    return {{u"id"_qs, o.id.value},
            {u"number"_qs, o.number},
            {u"channel"_qs, o.channel},
            {u"store_id"_qs, nullIfEmpty(o.storeId.value)},
            {u"customer_id"_qs, nullIfEmpty(o.customerId.value)},
            {u"status"_qs, o.status},
            {u"fulfillment"_qs, QJsonObject{{u"type"_qs, o.fulfillment.type},
                                            {u"location_id"_qs, nullIfEmpty(o.fulfillment.locationId.value)},
                                            {u"address"_qs, nullIfEmpty(o.fulfillment.address)}}},
            {u"lines"_qs, lines},
            {u"promo_code"_qs, nullIfEmpty(o.promoCode)},
            {u"totals"_qs, toJson(o.totals)},
            {u"paid_total"_qs, toJson(o.paidTotal)},
            {u"refunded_total"_qs, toJson(o.refundedTotal)},
            {u"reservation_expires_at"_qs, timeOrNull(o.reservationExpiresAt)},
            {u"created_at"_qs, timeOrNull(o.createdAt)},
            {u"updated_at"_qs, timeOrNull(o.updatedAt)},
            {u"offline"_qs, o.offline},
            {u"discount"_qs, orderDiscountJson(o)},
            {u"approved_by"_qs, nullIfEmpty(o.approvedBy.value)}};
}

namespace {

void writeMoney(JsonWriter& w, const Money& m)
{
    w.beginObject().key("amount").integer(m.amount).key("currency").string(m.currency).endObject();
}

} // namespace

// toJson(const StockLevel&) above as bytes (each reservation publishes its stock level).
std::string stockLevelJsonBytes(const StockLevel& s)
{
    JsonWriter w;
    w.beginObject();
    w.key("available").integer(s.available());
    w.key("location_id").string(s.locationId.value);
    w.key("on_hand").integer(s.onHand);
    w.key("reserved").integer(s.reserved);
    w.key("sku").string(s.sku);
    w.endObject();
    return w.take();
}

// toJson(const Order&) above as bytes, keys in QJsonObject's (sorted) order: tst_codecs checks
// the two agree on generated orders.
std::string orderJsonBytes(const Order& o)
{
    JsonWriter w;
    w.beginObject();
    w.key("approved_by").stringOrNull(o.approvedBy.value);
    w.key("channel").string(o.channel);
    w.key("created_at").timeOrNull(o.createdAt);
    w.key("customer_id").stringOrNull(o.customerId.value);
    w.key("discount");
    if (o.discount) {
        w.beginObject();
        w.key("amount");
        writeMoney(w, o.discount->amount);
        w.key("approved_by").stringOrNull(o.approvedBy.value);
        w.key("percent");
        if (o.discount->percent)
            w.integer(*o.discount->percent);
        else
            w.null();
        w.key("reason").string(o.discount->reason);
        w.endObject();
    } else {
        w.null();
    }
    w.key("fulfillment").beginObject();
    w.key("address").stringOrNull(o.fulfillment.address);
    w.key("location_id").stringOrNull(o.fulfillment.locationId.value);
    w.key("type").string(o.fulfillment.type);
    w.endObject();
    w.key("id").string(o.id.value);
    w.key("lines").beginArray();
    for (const OrderLine& l : o.lines) {
        w.beginObject();
        w.key("discount");
        writeMoney(w, lineDiscount(l));
        w.key("line_total");
        writeMoney(w, l.lineTotal);
        w.key("name").string(l.name);
        w.key("quantity").integer(l.quantity);
        w.key("sku").string(l.sku);
        w.key("tax_rate_bp").integer(l.taxRateBp);
        w.key("unit_price");
        writeMoney(w, l.unitPrice);
        w.endObject();
    }
    w.endArray();
    w.key("number").string(o.number);
    w.key("offline").boolean(o.offline);
    w.key("paid_total");
    writeMoney(w, o.paidTotal);
    w.key("promo_code").stringOrNull(o.promoCode);
    w.key("refunded_total");
    writeMoney(w, o.refundedTotal);
    w.key("reservation_expires_at").timeOrNull(o.reservationExpiresAt);
    w.key("status").string(o.status);
    w.key("store_id").stringOrNull(o.storeId.value);
    w.key("totals").beginObject();
    w.key("discount");
    writeMoney(w, o.totals.discount);
    w.key("subtotal");
    writeMoney(w, o.totals.subtotal);
    w.key("tax");
    writeMoney(w, o.totals.tax);
    w.key("total");
    writeMoney(w, o.totals.total);
    w.endObject();
    w.key("updated_at").timeOrNull(o.updatedAt);
    w.endObject();
    return w.take();
}

QJsonObject toJson(const Payment& p)
{
    QJsonObject card;
    if (!p.cardLast4.isEmpty())
        card = {{u"brand"_qs, p.cardBrand}, {u"last4"_qs, p.cardLast4}};
    return {{u"id"_qs, p.id},
            {u"order_id"_qs, p.orderId.value},
            {u"method"_qs, p.method},
            {u"status"_qs, p.status},
            {u"amount"_qs, toJson(p.amount)},
            {u"card"_qs, card.isEmpty() ? QJsonValue() : QJsonValue(card)},
            {u"decline_code"_qs, nullIfEmpty(p.declineCode)},
            {u"change_due"_qs, p.changeDue ? QJsonValue(toJson(*p.changeDue)) : QJsonValue()}};
}

QJsonObject toJson(const CashSession& s)
{
    const auto moneyOrNull = [](const std::optional<Money>& m) {
        return m ? QJsonValue(toJson(*m)) : QJsonValue();
    };
    std::optional<Money> difference;
    if (s.counted && s.expectedCash)
        difference = s.counted->minus(*s.expectedCash);
    return {{u"id"_qs, s.id},
            {u"register_id"_qs, s.registerId.value},
            {u"store_id"_qs, s.storeId.value},
            {u"status"_qs, s.status},
            {u"opened_by"_qs, s.openedBy.value},
            {u"opened_at"_qs, timeOrNull(s.openedAt)},
            {u"opening_float"_qs, toJson(s.openingFloat)},
            {u"closed_by"_qs, nullIfEmpty(s.closedBy.value)},
            {u"closed_at"_qs, timeOrNull(s.closedAt)},
            {u"counted"_qs, moneyOrNull(s.counted)},
            {u"expected_cash"_qs, moneyOrNull(s.expectedCash)},
            {u"difference"_qs, moneyOrNull(difference)}};
}

QJsonObject toJson(const CashMovement& m)
{
    return {{u"id"_qs, m.id},         {u"session_id"_qs, m.sessionId},
            {u"kind"_qs, m.kind},     {u"amount"_qs, toJson(m.amount)},
            {u"reason"_qs, m.reason}, {u"at"_qs, timeOrNull(m.at)},
            {u"by"_qs, m.by.value}};
}

QJsonObject toJson(const Promotion& p)
{
    return {{u"code"_qs, p.code},
            {u"percent_off"_qs, p.percentOff ? QJsonValue(*p.percentOff) : QJsonValue()},
            {u"amount_off"_qs, p.amountOff ? QJsonValue(toJson(*p.amountOff)) : QJsonValue()},
            {u"min_subtotal"_qs, toJson(p.minSubtotal)},
            {u"starts_at"_qs, timeOrNull(p.startsAt)},
            {u"ends_at"_qs, timeOrNull(p.endsAt)},
            {u"max_uses"_qs, p.maxUses ? QJsonValue(double(*p.maxUses)) : QJsonValue()},
            {u"uses"_qs, double(p.uses)},
            {u"id"_qs, p.code}, // the code is the promotion's id (GET /promotions/{id})
            {u"version"_qs, double(p.version)},
            {u"disabled"_qs, p.disabled}};
}

Money moneyFromJson(const QJsonObject& json)
{
    // Read at the top level so that errors name "amount" and "currency", not a wrapper's path.
    JsonReader r(json);
    const qint64 amount = r.integer(u"amount"_qs, -(qint64(1) << 53), qint64(1) << 53);
    const QString currency = r.string(u"currency"_qs, 3);
    if (!currency.isEmpty() && !isCurrencyCode(currency))
        r.fail(u"currency"_qs, u"must be an ISO 4217 code such as EUR"_qs);
    r.throwIfErrors();
    return Money{amount, currency};
}

Category categoryFromJson(const QJsonObject& json)
{
    JsonReader r(json);
    Category c;
    c.id.value = r.optionalString(u"id"_qs, 64).value_or(QString());
    c.name = r.string(u"name"_qs, 200);
    c.parentId.value = r.optionalString(u"parent_id"_qs, 64).value_or(QString());
    c.position = int(r.optionalInteger(u"position"_qs, 0, 1'000'000).value_or(0));
    r.throwIfErrors();
    return c;
}

Variant readVariant(JsonReader& r)
{
    Variant v;
    v.sku = r.string(u"sku"_qs, 64);
    if (!v.sku.isEmpty() && !isValidId(v.sku))
        r.fail(u"sku"_qs, u"may hold only letters, digits, '-' and '_'"_qs);
    if (const auto options = r.optionalObject(u"options"_qs)) {
        if (options->size() > 20)
            r.fail(u"options"_qs, u"must have at most 20 entries"_qs);
        for (auto it = options->constBegin(); it != options->constEnd(); ++it) {
            if (!it->isString() || it->toString().size() > 100 || it.key().size() > 50)
                r.fail(u"options."_qs + it.key(), u"must be a string of at most 100 characters"_qs);
            else
                v.options.insert(it.key(), it->toString());
        }
    }
    v.price = r.money(u"price"_qs);
    if (v.price.amount < 0)
        r.fail(u"price.amount"_qs, u"must not be negative"_qs);
    v.barcode = r.optionalString(u"barcode"_qs, 13).value_or(QString());
    if (!v.barcode.isEmpty() && !isValidEan13(v.barcode))
        r.fail(u"barcode"_qs, u"must be a valid EAN-13 (13 digits with the right check digit)"_qs);
    return v;
}

Product productFromJson(const QJsonObject& json)
{
    JsonReader r(json);
    Product p;
    p.id.value = r.optionalString(u"id"_qs, 64).value_or(QString());
    p.name = r.string(u"name"_qs, 200);
    p.description = r.optionalString(u"description"_qs, 10000).value_or(QString());
    p.brand = r.optionalString(u"brand"_qs, 200).value_or(QString());
    p.categoryId.value = r.optionalString(u"category_id"_qs, 64).value_or(QString());
    p.taxClass = readEnum(r, u"tax_class"_qs, taxClassFromString, TaxClass::Standard);
    if (r.has(u"status"_qs))
        p.status = readEnum(r, u"status"_qs, productStatusFromString, ProductStatus::Active);
    p.imageUrl = r.optionalString(u"image_url"_qs, 2000).value_or(QString());
    const QJsonArray variants = r.array(u"variants"_qs, 200);
    // Checked on the raw value, so that this is reported alongside errors in other fields.
    if (const QJsonValue raw = json.value(u"variants"_qs); raw.isArray() && raw.toArray().isEmpty())
        r.fail(u"variants"_qs, u"must have at least one variant"_qs);
    for (qsizetype i = 0; i < variants.size(); ++i) {
        const QString segment = u"variants[%1]"_qs.arg(i);
        if (!variants[i].isObject()) {
            r.fail(segment, u"must be an object"_qs);
            continue;
        }
        JsonReader vr = r.nested(variants[i].toObject(), segment);
        p.variants.append(readVariant(vr));
    }
    p.version = r.optionalInteger(u"version"_qs, 0, qint64(1) << 53).value_or(0);
    p.updatedAt = readTime(r, u"updated_at"_qs);
    r.throwIfErrors();
    return p;
}

Location locationFromJson(const QJsonObject& json)
{
    JsonReader r(json);
    Location l;
    l.id.value = r.string(u"id"_qs, 64);
    l.name = r.string(u"name"_qs, 200);
    l.kind = readEnum(r, u"kind"_qs, locationKindFromString, LocationKind::Store);
    l.address = r.optionalString(u"address"_qs, 500).value_or(QString());
    l.timezone = r.optionalString(u"timezone"_qs, 64).value_or(QString());
    r.throwIfErrors();
    return l;
}

StockLevel stockLevelFromJson(const QJsonObject& json)
{
    JsonReader r(json);
    StockLevel s;
    s.sku = r.string(u"sku"_qs, 64);
    s.locationId.value = r.string(u"location_id"_qs, 64);
    s.onHand = r.integer(u"on_hand"_qs, -(qint64(1) << 53), qint64(1) << 53);
    s.reserved = r.integer(u"reserved"_qs, 0, qint64(1) << 53);
    if (r.has(u"available"_qs) &&
        r.integer(u"available"_qs, -(qint64(1) << 53), qint64(1) << 53) != s.available())
        r.fail(u"available"_qs, u"must equal on_hand - reserved"_qs);
    r.throwIfErrors();
    return s;
}

Movement movementFromJson(const QJsonObject& json)
{
    JsonReader r(json);
    constexpr qint64 big = qint64(1) << 53;
    Movement m;
    m.id = r.integer(u"id"_qs, 0, big);
    m.sku = r.string(u"sku"_qs, 64);
    m.locationId.value = r.string(u"location_id"_qs, 64);
    m.onHandDelta = r.integer(u"on_hand_delta"_qs, -big, big);
    m.reservedDelta = r.integer(u"reserved_delta"_qs, -big, big);
    m.cause = r.string(u"cause"_qs, 64);
    m.causeId = r.optionalString(u"cause_id"_qs, 128).value_or(QString());
    m.reason = r.optionalString(u"reason"_qs, 64).value_or(QString());
    m.onHandAfter = r.integer(u"on_hand_after"_qs, -big, big);
    m.reservedAfter = r.integer(u"reserved_after"_qs, -big, big);
    m.at = readTime(r, u"at"_qs);
    r.throwIfErrors();
    return m;
}

User userFromJson(const QJsonObject& json)
{
    JsonReader r(json);
    User u;
    u.id.value = r.string(u"id"_qs, 64);
    u.email = r.string(u"email"_qs, 254);
    u.name = r.optionalString(u"name"_qs, 200).value_or(QString());
    u.role = readEnum(r, u"role"_qs, roleFromString, Role::Customer);
    u.storeId.value = r.optionalString(u"store_id"_qs, 64).value_or(QString());
    r.throwIfErrors();
    return u;
}

Change changeFromJson(const QJsonObject& json)
{
    JsonReader r(json);
    Change c;
    c.seq = r.integer(u"seq"_qs, 1, qint64(1) << 53);
    c.entity = r.string(u"entity"_qs, 32);
    c.id = r.string(u"id"_qs, 200);
    c.op = readEnum(r, u"op"_qs, changeOpFromString, ChangeOp::Upsert);
    if (c.op == ChangeOp::Upsert) {
        const auto data = r.optionalObject(u"data"_qs);
        if (data)
            c.data = *data;
        else if (!r.has(u"data"_qs)) // present but not an object is already reported
            r.fail(u"data"_qs, u"is required for an upsert"_qs);
    }
    r.throwIfErrors();
    return c;
}

Order orderFromJson(const QJsonObject& json)
{
    JsonReader r(json);
    constexpr qint64 big = qint64(1) << 53;
    Order o;
    o.id.value = r.string(u"id"_qs, 64);
    o.number = r.optionalString(u"number"_qs, 64).value_or(QString());
    o.channel = r.string(u"channel"_qs, 16);
    o.storeId.value = r.optionalString(u"store_id"_qs, 64).value_or(QString());
    o.customerId.value = r.optionalString(u"customer_id"_qs, 64).value_or(QString());
    o.status = r.string(u"status"_qs, 32);
    if (const auto f = r.optionalObject(u"fulfillment"_qs)) {
        JsonReader fr = r.nested(*f, u"fulfillment"_qs);
        o.fulfillment.type = fr.string(u"type"_qs, 16);
        o.fulfillment.locationId.value = fr.optionalString(u"location_id"_qs, 64).value_or(QString());
        o.fulfillment.address = fr.optionalString(u"address"_qs, 1000).value_or(QString());
    }
    const QJsonArray lines = r.array(u"lines"_qs, 500);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        JsonReader lr = r.nested(lines[i].toObject(), u"lines[%1]"_qs.arg(i));
        OrderLine l;
        l.sku = lr.string(u"sku"_qs, 64);
        l.name = lr.optionalString(u"name"_qs, 200).value_or(QString());
        l.quantity = lr.integer(u"quantity"_qs, 1, big);
        l.unitPrice = lr.money(u"unit_price"_qs);
        l.taxRateBp = int(lr.integer(u"tax_rate_bp"_qs, 0, 10000));
        l.lineTotal = lr.money(u"line_total"_qs);
        // Orders made before staff discounts have none.
        l.discount = lr.optionalMoney(u"discount"_qs).value_or(Money{0, l.lineTotal.currency});
        o.lines.append(l);
    }
    o.promoCode = r.optionalString(u"promo_code"_qs, 64).value_or(QString());
    if (const auto t = r.optionalObject(u"totals"_qs)) {
        JsonReader tr = r.nested(*t, u"totals"_qs);
        o.totals = readTotals(tr);
    }
    o.paidTotal = r.optionalMoney(u"paid_total"_qs).value_or(Money{});
    o.refundedTotal = r.optionalMoney(u"refunded_total"_qs).value_or(Money{});
    o.reservationExpiresAt = readTime(r, u"reservation_expires_at"_qs);
    o.createdAt = readTime(r, u"created_at"_qs);
    o.updatedAt = readTime(r, u"updated_at"_qs);
    o.offline = r.optionalBool(u"offline"_qs).value_or(false);
    if (const auto d = r.optionalObject(u"discount"_qs)) {
        JsonReader dr = r.nested(*d, u"discount"_qs);
        OrderDiscount discount;
        if (const auto percent = dr.optionalInteger(u"percent"_qs, 1, 100))
            discount.percent = int(*percent);
        discount.amount = dr.money(u"amount"_qs);
        discount.reason = dr.optionalString(u"reason"_qs, 200).value_or(QString());
        o.discount = discount;
    }
    o.approvedBy.value = r.optionalString(u"approved_by"_qs, 64).value_or(QString());
    r.throwIfErrors();
    return o;
}

Payment paymentFromJson(const QJsonObject& json)
{
    JsonReader r(json);
    Payment p;
    p.id = r.string(u"id"_qs, 64);
    p.orderId.value = r.string(u"order_id"_qs, 64);
    p.method = r.string(u"method"_qs, 16);
    p.status = r.string(u"status"_qs, 16);
    p.amount = r.money(u"amount"_qs);
    if (const auto card = r.optionalObject(u"card"_qs)) {
        JsonReader cr = r.nested(*card, u"card"_qs);
        p.cardBrand = cr.string(u"brand"_qs, 32);
        p.cardLast4 = cr.string(u"last4"_qs, 4);
    }
    p.declineCode = r.optionalString(u"decline_code"_qs, 64).value_or(QString());
    p.changeDue = r.optionalMoney(u"change_due"_qs);
    r.throwIfErrors();
    return p;
}

Promotion promotionFromJson(const QJsonObject& json)
{
    JsonReader r(json);
    Promotion p;
    p.code = r.string(u"code"_qs, 64);
    if (const auto pct = r.optionalInteger(u"percent_off"_qs, 1, 100))
        p.percentOff = int(*pct);
    p.amountOff = r.optionalMoney(u"amount_off"_qs);
    // On presence, not on parsed values: a present but invalid field is reported on its own.
    if (r.has(u"percent_off"_qs) == r.has(u"amount_off"_qs))
        r.fail(u"percent_off"_qs, u"exactly one of percent_off and amount_off is required"_qs);
    p.minSubtotal = r.optionalMoney(u"min_subtotal"_qs).value_or(Money{});
    p.startsAt = readTime(r, u"starts_at"_qs);
    p.endsAt = readTime(r, u"ends_at"_qs);
    p.maxUses = r.optionalInteger(u"max_uses"_qs, 1, qint64(1) << 53);
    p.uses = r.optionalInteger(u"uses"_qs, 0, qint64(1) << 53).value_or(0);
    r.throwIfErrors();
    return p;
}

} // namespace comptoir
