// JSON codecs: every domain type survives encode → JSON text → decode, the encoded objects
// carry the wire names of API.md, and decoders report every bad field with its dotted path.

#include "comptoir/codecs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <functional>

using namespace comptoir;

namespace {

constexpr qint64 k2Pow53 = qint64(1) << 53;

QDateTime utc(const QString& text)
{
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        qFatal("bad time in test data: %s", qPrintable(text));
    return t.toUTC();
}

QJsonObject parse(const QByteArray& text)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qFatal("bad JSON in test: %s", text.constData());
    return doc.object();
}

// Through serialized text and back, as the object travels over the wire.
QJsonObject overTheWire(const QJsonObject& object)
{
    return parse(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QSet<QString> keysOf(const QJsonObject& object)
{
    const QStringList keys = object.keys();
    return {keys.cbegin(), keys.cend()};
}

QSet<QString> setOf(std::initializer_list<QString> keys)
{
    return QSet<QString>(keys);
}

// The errors a decoder threw, or nothing when it accepted the input.
QList<FieldError> errorsOf(const std::function<void()>& decode)
{
    try {
        decode();
    } catch (const ValidationError& e) {
        return e.errors();
    }
    return {};
}

QStringList fieldsOf(const QList<FieldError>& errors)
{
    QStringList fields;
    for (const FieldError& e : errors)
        fields.append(e.field);
    return fields;
}

QString describe(const QList<FieldError>& errors)
{
    QStringList parts;
    for (const FieldError& e : errors)
        parts.append(e.field + u": "_qs + e.message);
    return parts.isEmpty() ? u"(no error)"_qs : parts.join(u"; "_qs);
}

// The message recorded for `field`, or a null string when there is none.
QString messageFor(const QList<FieldError>& errors, const QString& field)
{
    for (const FieldError& e : errors)
        if (e.field == field)
            return e.message;
    return {};
}

// Checks that decoding failed with exactly these fields and that each message contains its text.
#define COMPARE_ERRORS(errors, expected)                                                                     \
    do {                                                                                                     \
        const QList<FieldError> actual_ = (errors);                                                          \
        const QList<std::pair<QString, QString>> expected_ = expected;                                       \
        QStringList wanted_;                                                                                 \
        for (const auto& [field_, text_] : expected_)                                                        \
            wanted_.append(field_);                                                                          \
        QStringList got_ = fieldsOf(actual_);                                                                \
        got_.sort();                                                                                         \
        wanted_.sort();                                                                                      \
        QVERIFY2(got_ == wanted_, qPrintable(describe(actual_)));                                            \
        for (const auto& [field_, text_] : expected_)                                                        \
            QVERIFY2(messageFor(actual_, field_).contains(text_), qPrintable(describe(actual_)));            \
    } while (false)

using Expected = QList<std::pair<QString, QString>>;

Money eur(qint64 amount)
{
    return Money::of(amount);
}

Category sampleCategory()
{
    return Category{CategoryId{u"cat_epicerie"_qs}, u"Épicerie fine"_qs, CategoryId{u"cat_root"_qs}, 3};
}

Product sampleProduct()
{
    Product p;
    p.id = ProductId{u"prd_01h2xcejqtf2nbrexx3vqjhp41"_qs};
    p.name = u"T-shirt coton bio « Marinière »"_qs;
    p.description = u"Coton biologique, coupe droite.\nLavable à 30 °C."_qs;
    p.brand = u"Armor"_qs;
    p.categoryId = CategoryId{u"cat_textile"_qs};
    p.taxClass = TaxClass::Reduced;
    p.status = ProductStatus::Archived;
    p.imageUrl = u"https://cdn.example.com/img/mariniere.jpg"_qs;
    p.variants = {
        Variant{u"TSHIRT-NAVY-M"_qs,
                {{u"size"_qs, u"M"_qs}, {u"colour"_qs, u"navy"_qs}},
                eur(1999),
                u"4006381333931"_qs},
        Variant{u"TSHIRT-NAVY-L"_qs, {{u"size"_qs, u"L"_qs}}, eur(2199), QString()},
    };
    p.version = 7;
    p.updatedAt = utc(u"2026-11-23T10:00:00.123Z"_qs);
    return p;
}

Order sampleOrder()
{
    Order o;
    o.id = OrderId{u"ord_01h2xcejqtf2nbrexx3vqjhp41"_qs};
    o.number = u"PAR-000123"_qs;
    o.channel = u"kiosk"_qs;
    o.storeId = LocationId{u"loc_paris"_qs};
    o.customerId = UserId{u"usr_alice"_qs};
    o.status = u"pending_payment"_qs;
    o.fulfillment = Fulfillment{u"pickup"_qs, LocationId{u"loc_paris"_qs}, QString()};
    o.lines = {
        OrderLine{u"TSHIRT-NAVY-M"_qs, u"T-shirt M"_qs, 2, eur(1999), 2000, eur(3998), eur(0)},
        OrderLine{u"JAM-FIG"_qs, u"Confiture de figues"_qs, 1, eur(650), 550, eur(650), eur(0)},
    };
    o.promoCode = u"BIENVENUE10"_qs;
    o.totals = Totals{eur(4648), eur(465), eur(642), eur(4183)};
    o.paidTotal = eur(0);
    o.refundedTotal = eur(0);
    o.reservationExpiresAt = utc(u"2026-11-23T10:15:00.000Z"_qs);
    o.createdAt = utc(u"2026-11-23T10:00:00.000Z"_qs);
    o.updatedAt = utc(u"2026-11-23T10:00:01.500Z"_qs);
    return o;
}

QJsonObject validProductJson()
{
    return toJson(sampleProduct());
}

} // namespace

class TestCodecs : public QObject {
    Q_OBJECT

private slots:
    // ---- wire shape and round trips ------------------------------------------------------------

    void encodesMoneyAsIntegerAmountAndCurrency()
    {
        const QJsonObject json = toJson(Money::of(1999));
        QCOMPARE(keysOf(json), setOf({u"amount"_qs, u"currency"_qs}));
        QCOMPARE(json[u"amount"_qs].toInteger(), qint64(1999));
        QCOMPARE(json[u"currency"_qs].toString(), u"EUR"_qs);
        QCOMPARE(QJsonDocument(json).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"amount":1999,"currency":"EUR"})"));
        // The largest amount the wire allows stays an exact integer in the text.
        QCOMPARE(QJsonDocument(toJson(Money::of(-k2Pow53))).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"amount":-9007199254740992,"currency":"EUR"})"));
    }

    void roundTripsMoney()
    {
        for (const Money& m : {Money::of(0), Money::of(-1), Money::of(k2Pow53), Money::of(-k2Pow53),
                               Money::of(500, u"JPY"_qs), Money::of(1234, u"KWD"_qs)})
            QCOMPARE(moneyFromJson(overTheWire(toJson(m))), m);
    }

    void roundTripsCategories()
    {
        const Category child = sampleCategory();
        const QJsonObject json = toJson(child);
        QCOMPARE(keysOf(json), setOf({u"id"_qs, u"name"_qs, u"parent_id"_qs, u"position"_qs}));
        QCOMPARE(json[u"parent_id"_qs].toString(), u"cat_root"_qs);
        QCOMPARE(categoryFromJson(overTheWire(json)), child);

        const Category root{CategoryId{u"cat_root"_qs}, u"Tout"_qs, CategoryId{}, 0};
        QVERIFY(toJson(root)[u"parent_id"_qs].isNull());
        QCOMPARE(categoryFromJson(overTheWire(toJson(root))), root);
    }

    void encodesProductsWithApiFieldNames()
    {
        const QJsonObject json = validProductJson();
        QCOMPARE(keysOf(json), setOf({u"id"_qs, u"name"_qs, u"description"_qs, u"brand"_qs, u"category_id"_qs,
                                      u"tax_class"_qs, u"status"_qs, u"image_url"_qs, u"variants"_qs,
                                      u"version"_qs, u"updated_at"_qs}));
        QCOMPARE(json[u"tax_class"_qs].toString(), u"reduced"_qs);
        QCOMPARE(json[u"status"_qs].toString(), u"archived"_qs);
        QCOMPARE(json[u"image_url"_qs].toString(), u"https://cdn.example.com/img/mariniere.jpg"_qs);
        QCOMPARE(json[u"category_id"_qs].toString(), u"cat_textile"_qs);
        QCOMPARE(json[u"version"_qs].toInteger(), qint64(7));
        QCOMPARE(json[u"updated_at"_qs].toString(), u"2026-11-23T10:00:00.123Z"_qs);

        const QJsonArray variants = json[u"variants"_qs].toArray();
        QCOMPARE(variants.size(), 2);
        const QJsonObject first = variants[0].toObject();
        QCOMPARE(keysOf(first), setOf({u"sku"_qs, u"options"_qs, u"price"_qs, u"barcode"_qs}));
        QCOMPARE(first[u"sku"_qs].toString(), u"TSHIRT-NAVY-M"_qs);
        QCOMPARE(first[u"options"_qs].toObject(),
                 (QJsonObject{{u"size"_qs, u"M"_qs}, {u"colour"_qs, u"navy"_qs}}));
        QCOMPARE(first[u"price"_qs].toObject(),
                 (QJsonObject{{u"amount"_qs, 1999}, {u"currency"_qs, u"EUR"_qs}}));
        QCOMPARE(first[u"barcode"_qs].toString(), u"4006381333931"_qs);
        QVERIFY(variants[1].toObject()[u"barcode"_qs].isNull());
    }

    void roundTripsProductsWithVariantsOptionsAndBarcodes()
    {
        const Product p = sampleProduct();
        QCOMPARE(productFromJson(overTheWire(toJson(p))), p);

        // Optional parts left out: no image, no category, no time, standard class, active.
        Product bare;
        bare.name = u"Sac"_qs;
        bare.variants = {Variant{u"BAG"_qs, {}, eur(0), QString()}};
        const QJsonObject json = toJson(bare);
        QVERIFY(json[u"image_url"_qs].isNull());
        QVERIFY(json[u"category_id"_qs].isNull());
        QVERIFY(json[u"updated_at"_qs].isNull());
        QCOMPARE(json[u"tax_class"_qs].toString(), u"standard"_qs);
        QCOMPARE(json[u"status"_qs].toString(), u"active"_qs);
        QCOMPARE(productFromJson(overTheWire(json)), bare);
    }

    void roundTripsEveryTaxClass()
    {
        for (TaxClass c : {TaxClass::Standard, TaxClass::Reduced, TaxClass::Zero}) {
            Product p = sampleProduct();
            p.taxClass = c;
            QVERIFY(productFromJson(overTheWire(toJson(p))).taxClass == c);
        }
    }

    void roundTripsLocations()
    {
        const Location l{LocationId{u"loc_wh_1"_qs}, u"Entrepôt Lyon"_qs, LocationKind::Warehouse,
                         u"12 rue de la Soie, 69001 Lyon"_qs, u"Europe/Paris"_qs};
        const QJsonObject json = toJson(l);
        QCOMPARE(keysOf(json), setOf({u"id"_qs, u"name"_qs, u"kind"_qs, u"address"_qs, u"timezone"_qs}));
        QCOMPARE(json[u"kind"_qs].toString(), u"warehouse"_qs);
        QCOMPARE(locationFromJson(overTheWire(json)), l);
        Location store = l;
        store.kind = LocationKind::Store;
        QCOMPARE(toJson(store)[u"kind"_qs].toString(), u"store"_qs);
        QCOMPARE(locationFromJson(overTheWire(toJson(store))), store);
    }

    void roundTripsStockLevelsWithDerivedAvailable()
    {
        const StockLevel s{u"TSHIRT-NAVY-M"_qs, LocationId{u"loc_paris"_qs}, 5, 8};
        const QJsonObject json = toJson(s);
        QCOMPARE(keysOf(json),
                 setOf({u"sku"_qs, u"location_id"_qs, u"on_hand"_qs, u"reserved"_qs, u"available"_qs}));
        QCOMPARE(json[u"on_hand"_qs].toInteger(), qint64(5));
        QCOMPARE(json[u"reserved"_qs].toInteger(), qint64(8));
        QCOMPARE(json[u"available"_qs].toInteger(), qint64(-3));
        QCOMPARE(stockLevelFromJson(overTheWire(json)), s);
    }

    void roundTripsMovements()
    {
        const Movement m{42,
                         u"JAM-FIG"_qs,
                         LocationId{u"loc_paris"_qs},
                         -2,
                         0,
                         u"adjustment"_qs,
                         u"adj_9"_qs,
                         u"damage"_qs,
                         10,
                         3,
                         utc(u"2026-11-23T09:30:00.000Z"_qs)};
        const QJsonObject json = toJson(m);
        QCOMPARE(keysOf(json), setOf({u"id"_qs, u"sku"_qs, u"location_id"_qs, u"on_hand_delta"_qs,
                                      u"reserved_delta"_qs, u"cause"_qs, u"cause_id"_qs, u"reason"_qs,
                                      u"on_hand_after"_qs, u"reserved_after"_qs, u"at"_qs}));
        QCOMPARE(json[u"on_hand_delta"_qs].toInteger(), qint64(-2));
        QCOMPARE(json[u"at"_qs].toString(), u"2026-11-23T09:30:00.000Z"_qs);
        QCOMPARE(movementFromJson(overTheWire(json)), m);

        Movement order = m;
        order.cause = u"order"_qs;
        order.causeId = u"ord_1"_qs;
        order.reason.clear();
        order.reservedDelta = 2;
        QVERIFY(toJson(order)[u"reason"_qs].isNull());
        QCOMPARE(movementFromJson(overTheWire(toJson(order))), order);
    }

    void roundTripsUsersOfEveryRole()
    {
        const User staff{UserId{u"usr_bob"_qs}, u"staff.paris@demo.comptoir.fr"_qs, u"Bob"_qs, Role::Staff,
                         LocationId{u"loc_paris"_qs}};
        const QJsonObject json = toJson(staff);
        QCOMPARE(keysOf(json), setOf({u"id"_qs, u"email"_qs, u"name"_qs, u"role"_qs, u"store_id"_qs}));
        QCOMPARE(json[u"role"_qs].toString(), u"staff"_qs);
        QCOMPARE(json[u"store_id"_qs].toString(), u"loc_paris"_qs);
        QCOMPARE(userFromJson(overTheWire(json)), staff);

        const QStringList names = {u"customer"_qs, u"kiosk"_qs, u"staff"_qs, u"manager"_qs, u"admin"_qs};
        const QList<Role> roles = {Role::Customer, Role::Kiosk, Role::Staff, Role::Manager, Role::Admin};
        for (qsizetype i = 0; i < roles.size(); ++i) {
            const User u{UserId{u"usr_%1"_qs.arg(i)}, u"u%1@example.com"_qs.arg(i), QString(), roles[i], {}};
            const QJsonObject encoded = toJson(u);
            QCOMPARE(encoded[u"role"_qs].toString(), names[i]);
            QVERIFY(encoded[u"store_id"_qs].isNull());
            QCOMPARE(userFromJson(overTheWire(encoded)), u);
        }
    }

    void ordersRolesByPower()
    {
        QVERIFY(isAtLeast(Role::Admin, Role::Manager));
        QVERIFY(isAtLeast(Role::Manager, Role::Staff));
        QVERIFY(isAtLeast(Role::Staff, Role::Staff));
        QVERIFY(!isAtLeast(Role::Staff, Role::Manager));
        QVERIFY(!isAtLeast(Role::Kiosk, Role::Staff));
        QVERIFY(!isAtLeast(Role::Customer, Role::Staff));
    }

    void roundTripsUpsertAndDeleteChanges()
    {
        const Change upsert{12, u"product"_qs, u"prd_1"_qs, ChangeOp::Upsert, validProductJson()};
        const QJsonObject json = toJson(upsert);
        QCOMPARE(keysOf(json), setOf({u"seq"_qs, u"entity"_qs, u"id"_qs, u"op"_qs, u"data"_qs}));
        QCOMPARE(json[u"seq"_qs].toInteger(), qint64(12));
        QCOMPARE(json[u"op"_qs].toString(), u"upsert"_qs);
        QCOMPARE(json[u"data"_qs].toObject(), validProductJson());
        const Change decoded = changeFromJson(overTheWire(json));
        QCOMPARE(decoded, upsert);
        QCOMPARE(productFromJson(decoded.data), sampleProduct());

        const Change tombstone{13, u"stock"_qs, u"TSHIRT-NAVY-M@loc_paris"_qs, ChangeOp::Delete, {}};
        const QJsonObject deleted = toJson(tombstone);
        QCOMPARE(deleted[u"op"_qs].toString(), u"delete"_qs);
        QVERIFY(deleted.contains(u"data"_qs));
        QVERIFY(deleted[u"data"_qs].isNull());
        QCOMPARE(changeFromJson(overTheWire(deleted)), tombstone);
    }

    void encodesOrdersWithApiFieldNames()
    {
        const QJsonObject json = toJson(sampleOrder());
        QCOMPARE(keysOf(json), setOf({u"id"_qs, u"number"_qs, u"channel"_qs, u"store_id"_qs,
                                      u"customer_id"_qs, u"status"_qs, u"fulfillment"_qs, u"lines"_qs,
                                      u"promo_code"_qs, u"totals"_qs, u"paid_total"_qs, u"refunded_total"_qs,
                                      u"reservation_expires_at"_qs, u"created_at"_qs, u"updated_at"_qs,
                                      u"offline"_qs, u"discount"_qs, u"approved_by"_qs}));
        QVERIFY(json[u"discount"_qs].isNull());
        QVERIFY(json[u"approved_by"_qs].isNull());
        const QJsonObject fulfillment = json[u"fulfillment"_qs].toObject();
        QCOMPARE(keysOf(fulfillment), setOf({u"type"_qs, u"location_id"_qs, u"address"_qs}));
        QCOMPARE(fulfillment[u"type"_qs].toString(), u"pickup"_qs);
        QVERIFY(fulfillment[u"address"_qs].isNull());

        const QJsonObject line = json[u"lines"_qs].toArray().at(0).toObject();
        QCOMPARE(keysOf(line), setOf({u"sku"_qs, u"name"_qs, u"quantity"_qs, u"unit_price"_qs,
                                      u"tax_rate_bp"_qs, u"line_total"_qs, u"discount"_qs}));
        QCOMPARE(line[u"discount"_qs].toObject(), toJson(eur(0)));
        QCOMPARE(line[u"quantity"_qs].toInteger(), qint64(2));
        QCOMPARE(line[u"tax_rate_bp"_qs].toInteger(), qint64(2000));
        QCOMPARE(line[u"unit_price"_qs].toObject(), toJson(eur(1999)));
        QCOMPARE(line[u"line_total"_qs].toObject(), toJson(eur(3998)));

        const QJsonObject totals = json[u"totals"_qs].toObject();
        QCOMPARE(keysOf(totals), setOf({u"subtotal"_qs, u"discount"_qs, u"tax"_qs, u"total"_qs}));
        QCOMPARE(totals[u"total"_qs].toObject(), toJson(eur(4183)));
        QCOMPARE(json[u"paid_total"_qs].toObject(), toJson(eur(0)));
        QCOMPARE(json[u"reservation_expires_at"_qs].toString(), u"2026-11-23T10:15:00.000Z"_qs);
    }

    void roundTripsOrdersWithLinesTotalsAndFulfillment()
    {
        const Order o = sampleOrder();
        QCOMPARE(orderFromJson(overTheWire(toJson(o))), o);
        // An order stored before staff discounts has none on its lines, nor on the whole.
        QJsonObject older = toJson(o);
        QJsonArray olderLines = older[u"lines"_qs].toArray();
        QJsonObject firstLine = olderLines[0].toObject();
        firstLine.remove(u"discount"_qs);
        olderLines[0] = firstLine;
        older[u"lines"_qs] = olderLines;
        older.remove(u"discount"_qs);
        older.remove(u"approved_by"_qs);
        QCOMPARE(orderFromJson(overTheWire(older)), o);

        Order delivery = o;
        delivery.fulfillment =
            Fulfillment{u"delivery"_qs, LocationId{u"loc_wh_1"_qs}, u"3 place Bellecour, Lyon"_qs};
        delivery.customerId = {};
        delivery.promoCode.clear();
        delivery.status = u"shipped"_qs;
        delivery.channel = u"web"_qs;
        delivery.reservationExpiresAt = {};
        delivery.paidTotal = eur(4183);
        delivery.refundedTotal = eur(1000);
        // Staff discounts: a line's own, and the order's with its reason and approver.
        delivery.lines[0].discount = eur(400);
        delivery.lines[0].lineTotal = eur(3598);
        delivery.discount = OrderDiscount{15, eur(637), u"Client fidèle"_qs};
        delivery.approvedBy = UserId{u"usr_manager"_qs};
        const QJsonObject json = toJson(delivery);
        QCOMPARE(json[u"discount"_qs].toObject().value(u"approved_by"_qs).toString(), u"usr_manager"_qs);
        QCOMPARE(json[u"discount"_qs].toObject().value(u"percent"_qs).toInt(), 15);
        QVERIFY(json[u"customer_id"_qs].isNull());
        QVERIFY(json[u"promo_code"_qs].isNull());
        QVERIFY(json[u"reservation_expires_at"_qs].isNull());
        QCOMPARE(orderFromJson(overTheWire(json)), delivery);
    }

    // An order's (and a stock level's) bytes written directly are QJsonDocument's: random lines,
    // nulls, times, and text with quotes, backslashes, control characters, accents and emoji.
    void ordersAndStockWrittenAsBytesEqualQtsEncoding()
    {
        QRandomGenerator random(20261124);
        const auto text = [&](int maxLength) {
            static const QList<char16_t> alphabet = {
                u'a',  u'Z',  u'0', u' ', u'"', u'\\',  u'/',   0x01,   0x1f,   0x7f,   u'\n',
                u'\t', u'\r', 0x08, 0x0c, 0xe9, 0x20ac, 0x2028, 0xfeff, 0xd83d, 0xde00, 0xffff};
            QString s;
            const int length = int(random.bounded(maxLength + 1));
            for (int i = 0; i < length; ++i)
                s += QChar(alphabet[int(random.bounded(alphabet.size()))]);
            if (s.size() >= 2 && random.bounded(2)) // a well-formed surrogate pair now and then
                s.replace(0, 2, QString::fromUtf8("\xf0\x9f\x98\x80"));
            return s;
        };
        const auto money = [&] {
            // Now and then beyond 2^53, where QJsonDocument writes a double ('g' form).
            const qint64 scale = random.bounded(20) == 0 ? (qint64(1) << 30) : 1; // stays within qint64
            return Money{(qint64(random.bounded(2000000000)) - 1000) * scale, u"EUR"_qs};
        };
        const auto time = [&] {
            return random.bounded(4) == 0
                       ? QDateTime()
                       : QDateTime::fromMSecsSinceEpoch(
                             qint64(random.bounded(2000000000)) * 1000 + random.bounded(1000), Qt::UTC);
        };
        for (int n = 0; n < 2000; ++n) {
            Order o;
            o.id.value = text(30);
            o.number = text(12);
            o.channel = text(8);
            o.storeId.value = text(3);
            o.customerId.value = text(3);
            o.status = text(10);
            o.fulfillment = {text(10), LocationId{text(4)}, text(40)};
            for (int i = int(random.bounded(5)); i > 0; --i)
                o.lines.append(OrderLine{text(20), text(60), qint64(random.bounded(1000000)), money(),
                                         int(random.bounded(3000)), money(), money()});
            o.promoCode = text(6);
            o.totals = {money(), money(), money(), money()};
            o.paidTotal = money();
            o.refundedTotal = money();
            o.reservationExpiresAt = time();
            o.createdAt = time();
            o.updatedAt = time();
            o.offline = random.bounded(2);
            if (random.bounded(2))
                o.discount = OrderDiscount{
                    random.bounded(2) ? std::optional<int>(1 + int(random.bounded(100))) : std::nullopt,
                    money(), text(30)};
            o.approvedBy.value = random.bounded(2) ? text(10) : QString();
            const QByteArray qt = QJsonDocument(toJson(o)).toJson(QJsonDocument::Compact);
            const std::string bytes = orderJsonBytes(o);
            QVERIFY2(QByteArray::fromStdString(bytes) == qt, qt.constData());

            const StockLevel level{text(20), LocationId{text(8)}, qint64(random.bounded(2000000)) - 1000000,
                                   qint64(random.bounded(1000000))};
            const QByteArray qtLevel = QJsonDocument(toJson(level)).toJson(QJsonDocument::Compact);
            QVERIFY2(QByteArray::fromStdString(stockLevelJsonBytes(level)) == qtLevel, qtLevel.constData());
        }
    }

    void roundTripsCardAndCashPayments()
    {
        const Payment card{u"pay_1"_qs, OrderId{u"ord_1"_qs}, u"card"_qs, u"captured"_qs, eur(4183),
                           u"visa"_qs,  u"4242"_qs,           QString(),  std::nullopt};
        const QJsonObject json = toJson(card);
        QCOMPARE(keysOf(json), setOf({u"id"_qs, u"order_id"_qs, u"method"_qs, u"status"_qs, u"amount"_qs,
                                      u"card"_qs, u"decline_code"_qs, u"change_due"_qs}));
        QCOMPARE(json[u"card"_qs].toObject(),
                 (QJsonObject{{u"brand"_qs, u"visa"_qs}, {u"last4"_qs, u"4242"_qs}}));
        QVERIFY(json[u"change_due"_qs].isNull());
        QVERIFY(json[u"decline_code"_qs].isNull());
        QCOMPARE(paymentFromJson(overTheWire(json)), card);

        const Payment declined{u"pay_2"_qs, OrderId{u"ord_1"_qs}, u"card"_qs, u"declined"_qs,
                               eur(4183),   u"visa"_qs,           u"0002"_qs, u"card_declined"_qs,
                               std::nullopt};
        QCOMPARE(toJson(declined)[u"decline_code"_qs].toString(), u"card_declined"_qs);
        QCOMPARE(paymentFromJson(overTheWire(toJson(declined))), declined);

        const Payment cash{u"pay_3"_qs, OrderId{u"ord_1"_qs},
                           u"cash"_qs,  u"captured"_qs,
                           eur(4183),   QString(),
                           QString(),   QString(),
                           eur(817)};
        const QJsonObject cashJson = toJson(cash);
        QVERIFY(cashJson[u"card"_qs].isNull());
        QCOMPARE(cashJson[u"change_due"_qs].toObject(), toJson(eur(817)));
        QCOMPARE(paymentFromJson(overTheWire(cashJson)), cash);
    }

    void roundTripsPercentAndAmountPromotions()
    {
        Promotion percent;
        percent.code = u"BIENVENUE10"_qs;
        percent.percentOff = 10;
        percent.minSubtotal = eur(2000);
        percent.startsAt = utc(u"2026-11-01T00:00:00.000Z"_qs);
        percent.endsAt = utc(u"2026-12-31T23:59:59.999Z"_qs);
        percent.maxUses = 500;
        percent.uses = 17;
        const QJsonObject json = toJson(percent);
        QVERIFY(
            keysOf(json).contains(setOf({u"code"_qs, u"percent_off"_qs, u"amount_off"_qs, u"min_subtotal"_qs,
                                         u"starts_at"_qs, u"ends_at"_qs, u"max_uses"_qs})));
        QCOMPARE(json[u"percent_off"_qs].toInteger(), qint64(10));
        QVERIFY(json[u"amount_off"_qs].isNull());
        QCOMPARE(json[u"min_subtotal"_qs].toObject(), toJson(eur(2000)));
        QCOMPARE(json[u"max_uses"_qs].toInteger(), qint64(500));
        QCOMPARE(promotionFromJson(overTheWire(json)), percent);

        Promotion amount;
        amount.code = u"NOEL5"_qs;
        amount.amountOff = eur(500);
        const QJsonObject amountJson = toJson(amount);
        QVERIFY(amountJson[u"percent_off"_qs].isNull());
        QCOMPARE(amountJson[u"amount_off"_qs].toObject(), toJson(eur(500)));
        QVERIFY(amountJson[u"max_uses"_qs].isNull());
        QCOMPARE(promotionFromJson(overTheWire(amountJson)), amount);
    }

    void formatsTimesAsRfc3339UtcWithMilliseconds()
    {
        const QDateTime paris = QDateTime::fromString(u"2026-11-23T11:00:00+01:00"_qs, Qt::ISODate);
        QCOMPARE(toRfc3339(paris), u"2026-11-23T10:00:00.000Z"_qs);
        QCOMPARE(fromRfc3339(u"2026-11-23T11:00:00.250+01:00"_qs), utc(u"2026-11-23T10:00:00.250Z"_qs));
        QCOMPARE(fromRfc3339(u"2026-11-23T10:00:00Z"_qs), utc(u"2026-11-23T10:00:00.000Z"_qs));
        QVERIFY(!fromRfc3339(u"2026-11-23T10:00:00"_qs).isValid()); // no offset: ambiguous
        QVERIFY(!fromRfc3339(u"yesterday"_qs).isValid());
    }

    // toRfc3339 formats times itself: the same text as Qt's ISODateWithMs in UTC, whatever the
    // time's zone, before 1970 and up to year 9999, and Qt's own text beyond.
    void formatsTimesAsQtDoes()
    {
        QRandomGenerator random(424242);
        const qint64 year1 = -62135596800000;     // 0001-01-01T00:00:00Z
        const qint64 year10000 = 253402300800000; // 10000-01-01T00:00:00Z
        QList<qint64> times = {0,         -1,          1, year1, year1 - 1, year10000 - 1,
                               year10000, 951782400000 /* 2000-02-29 */};
        for (int i = 0; i < 20000; ++i)
            times.append(year1 + qint64(random.bounded(double(year10000 - year1))));
        for (const qint64 ms : times) {
            for (const QDateTime& t :
                 {QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC),
                  QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, 5 * 3600 + 1800)}) {
                const QString expected = t.toUTC().toString(Qt::ISODateWithMs);
                QVERIFY2(toRfc3339(t) == expected, qPrintable(expected + u" != "_qs + toRfc3339(t)));
            }
        }
        QCOMPARE(toRfc3339(QDateTime()), QDateTime().toUTC().toString(Qt::ISODateWithMs));
        // Far beyond year 9999 (a year past 32767 wraps in std::chrono's year): Qt's text.
        for (const qint64 ms : {year10000 * 7, year1 * 3}) {
            const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            QCOMPARE(toRfc3339(t), t.toString(Qt::ISODateWithMs));
        }
    }

    // Text that is no Unicode (half a surrogate pair) is refused on the way in, with its field.
    void refusesLoneSurrogatesInText()
    {
        const QJsonObject json = parse(R"({"name":"Pull \ud800 marin"})");
        JsonReader r(json);
        (void)r.string(u"name"_qs, 200);
        QVERIFY_THROWS_EXCEPTION(ValidationError, r.throwIfErrors());
        JsonReader paired(parse(R"({"name":"Pull \ud83d\ude00"})"));
        QCOMPARE(paired.string(u"name"_qs, 200), QString::fromUtf8("Pull \xf0\x9f\x98\x80"));
        paired.throwIfErrors();
    }

    void ignoresUnknownFields()
    {
        QJsonObject json = validProductJson();
        json[u"colour_of_the_day"_qs] = u"blue"_qs;
        QCOMPARE(productFromJson(json), sampleProduct());
    }

    // ---- validation ----------------------------------------------------------------------------

    void reportsMissingRequiredFields()
    {
        QJsonObject json = validProductJson();
        json.remove(u"name"_qs);
        COMPARE_ERRORS(errorsOf([&] { (void)productFromJson(json); }),
                       (Expected{{u"name"_qs, u"is required"_qs}}));
        json = validProductJson();
        json[u"name"_qs] = QJsonValue::Null;
        COMPARE_ERRORS(errorsOf([&] { (void)productFromJson(json); }),
                       (Expected{{u"name"_qs, u"is required"_qs}}));
        json = validProductJson();
        json[u"name"_qs] = u"   "_qs;
        COMPARE_ERRORS(errorsOf([&] { (void)productFromJson(json); }),
                       (Expected{{u"name"_qs, u"must not be empty"_qs}}));
        json = validProductJson();
        json.remove(u"variants"_qs);
        COMPARE_ERRORS(errorsOf([&] { (void)productFromJson(json); }),
                       (Expected{{u"variants"_qs, u"is required"_qs}}));

        COMPARE_ERRORS(errorsOf([&] { (void)productFromJson(QJsonObject{}); }),
                       (Expected{{u"name"_qs, u"is required"_qs},
                                 {u"tax_class"_qs, u"is required"_qs},
                                 {u"variants"_qs, u"is required"_qs}}));
    }

    void reportsNonIntegerAmountOnTheVariantPricePath()
    {
        QJsonObject json = validProductJson();
        QJsonArray variants = json[u"variants"_qs].toArray();
        QJsonObject second = variants[1].toObject();
        second[u"price"_qs] = QJsonObject{{u"amount"_qs, 19.99}, {u"currency"_qs, u"EUR"_qs}};
        variants[1] = second;
        json[u"variants"_qs] = variants;
        COMPARE_ERRORS(errorsOf([&] { (void)productFromJson(json); }),
                       (Expected{{u"variants[1].price.amount"_qs, u"must be an integer"_qs}}));
    }

    void reportsBadVariantFieldsWithTheirPaths_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad EAN-13 check digit")
            << u"barcode"_qs << QJsonValue(u"4006381333932"_qs) << u"variants[0].barcode"_qs << u"EAN-13"_qs;
        QTest::newRow("EAN-13 with a letter")
            << u"barcode"_qs << QJsonValue(u"400638133393X"_qs) << u"variants[0].barcode"_qs << u"EAN-13"_qs;
        QTest::newRow("barcode too long") << u"barcode"_qs << QJsonValue(u"40063813339310"_qs)
                                          << u"variants[0].barcode"_qs << u"at most 13"_qs;
        QTest::newRow("barcode a number") << u"barcode"_qs << QJsonValue(4006381333931.0)
                                          << u"variants[0].barcode"_qs << u"must be a string"_qs;
        QTest::newRow("sku with space")
            << u"sku"_qs << QJsonValue(u"T SHIRT"_qs) << u"variants[0].sku"_qs << u"letters, digits"_qs;
        QTest::newRow("sku too long")
            << u"sku"_qs << QJsonValue(QString(65, u'A')) << u"variants[0].sku"_qs << u"at most 64"_qs;
        QTest::newRow("sku missing") << u"sku"_qs << QJsonValue() << u"variants[0].sku"_qs
                                     << u"is required"_qs;
        QTest::newRow("price a number")
            << u"price"_qs << QJsonValue(1999) << u"variants[0].price"_qs << u"must be an object"_qs;
        QTest::newRow("price missing")
            << u"price"_qs << QJsonValue() << u"variants[0].price"_qs << u"is required"_qs;
        QTest::newRow("amount a string")
            << u"price"_qs << QJsonValue(QJsonObject{{u"amount"_qs, u"1999"_qs}, {u"currency"_qs, u"EUR"_qs}})
            << u"variants[0].price.amount"_qs << u"must be an integer"_qs;
        QTest::newRow("amount missing") << u"price"_qs << QJsonValue(QJsonObject{{u"currency"_qs, u"EUR"_qs}})
                                        << u"variants[0].price.amount"_qs << u"is required"_qs;
        QTest::newRow("amount negative")
            << u"price"_qs << QJsonValue(QJsonObject{{u"amount"_qs, -1}, {u"currency"_qs, u"EUR"_qs}})
            << u"variants[0].price.amount"_qs << u"must not be negative"_qs;
        QTest::newRow("amount beyond 2^53")
            << u"price"_qs
            << QJsonValue(QJsonObject{{u"amount"_qs, 9007199254740994.0}, {u"currency"_qs, u"EUR"_qs}})
            << u"variants[0].price.amount"_qs << u"must be"_qs;
        QTest::newRow("amount 1e300")
            << u"price"_qs << QJsonValue(QJsonObject{{u"amount"_qs, 1e300}, {u"currency"_qs, u"EUR"_qs}})
            << u"variants[0].price.amount"_qs << u"must be"_qs;
        QTest::newRow("currency lower case")
            << u"price"_qs << QJsonValue(QJsonObject{{u"amount"_qs, 1}, {u"currency"_qs, u"eur"_qs}})
            << u"variants[0].price.currency"_qs << u"ISO 4217"_qs;
        QTest::newRow("currency too long")
            << u"price"_qs << QJsonValue(QJsonObject{{u"amount"_qs, 1}, {u"currency"_qs, u"EURO"_qs}})
            << u"variants[0].price.currency"_qs << u"at most 3"_qs;
        QTest::newRow("currency missing") << u"price"_qs << QJsonValue(QJsonObject{{u"amount"_qs, 1}})
                                          << u"variants[0].price.currency"_qs << u"is required"_qs;
        QTest::newRow("options not an object")
            << u"options"_qs << QJsonValue(u"M"_qs) << u"variants[0].options"_qs << u"must be an object"_qs;
        QTest::newRow("option value a number") << u"options"_qs << QJsonValue(QJsonObject{{u"size"_qs, 42}})
                                               << u"variants[0].options.size"_qs << u"must be a string"_qs;
        QTest::newRow("option value too long")
            << u"options"_qs << QJsonValue(QJsonObject{{u"size"_qs, QString(101, u'x')}})
            << u"variants[0].options.size"_qs << u"at most 100"_qs;
    }

    void reportsBadVariantFieldsWithTheirPaths()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        QFETCH(QString, message);
        QJsonObject json = validProductJson();
        QJsonArray variants = json[u"variants"_qs].toArray();
        QJsonObject first = variants[0].toObject();
        if (value.isNull())
            first.remove(key);
        else
            first[key] = value;
        variants[0] = first;
        json[u"variants"_qs] = variants;
        COMPARE_ERRORS(errorsOf([&] { (void)productFromJson(json); }), (Expected{{field, message}}));
    }

    void reportsBadProductFields_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown tax class")
            << u"tax_class"_qs << QJsonValue(u"luxury"_qs) << u"unknown value"_qs;
        QTest::newRow("tax class upper case")
            << u"tax_class"_qs << QJsonValue(u"STANDARD"_qs) << u"unknown value"_qs;
        QTest::newRow("tax class a rate") << u"tax_class"_qs << QJsonValue(2000) << u"must be a string"_qs;
        QTest::newRow("unknown status") << u"status"_qs << QJsonValue(u"deleted"_qs) << u"unknown value"_qs;
        QTest::newRow("name a number") << u"name"_qs << QJsonValue(42) << u"must be a string"_qs;
        QTest::newRow("name an array")
            << u"name"_qs << QJsonValue(QJsonArray{u"a"_qs}) << u"must be a string"_qs;
        QTest::newRow("name over 200") << u"name"_qs << QJsonValue(QString(201, u'n')) << u"at most 200"_qs;
        QTest::newRow("description over 10000")
            << u"description"_qs << QJsonValue(QString(10001, u'd')) << u"at most 10000"_qs;
        QTest::newRow("brand over 200") << u"brand"_qs << QJsonValue(QString(201, u'b')) << u"at most 200"_qs;
        QTest::newRow("image url over 2000")
            << u"image_url"_qs << QJsonValue(QString(2001, u'u')) << u"at most 2000"_qs;
        QTest::newRow("variants an object")
            << u"variants"_qs << QJsonValue(QJsonObject{}) << u"must be an array"_qs;
        QTest::newRow("variants empty") << u"variants"_qs << QJsonValue(QJsonArray{}) << u"at least one"_qs;
        QTest::newRow("version negative") << u"version"_qs << QJsonValue(-1) << u"between"_qs;
        QTest::newRow("version fractional") << u"version"_qs << QJsonValue(1.5) << u"must be an integer"_qs;
        QTest::newRow("version a string") << u"version"_qs << QJsonValue(u"7"_qs) << u"must be an integer"_qs;
        QTest::newRow("version a bool") << u"version"_qs << QJsonValue(true) << u"must be an integer"_qs;
        QTest::newRow("updated_at not a time")
            << u"updated_at"_qs << QJsonValue(u"yesterday"_qs) << u"RFC 3339"_qs;
        QTest::newRow("updated_at without offset")
            << u"updated_at"_qs << QJsonValue(u"2026-11-23T10:00:00"_qs) << u"RFC 3339"_qs;
    }

    void reportsBadProductFields()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, message);
        QJsonObject json = validProductJson();
        json[key] = value;
        COMPARE_ERRORS(errorsOf([&] { (void)productFromJson(json); }), (Expected{{key, message}}));
    }

    void acceptsLimitsExactly()
    {
        QJsonObject json = validProductJson();
        json[u"name"_qs] = QString(200, u'n');
        json[u"version"_qs] = double(k2Pow53);
        QJsonArray variants = json[u"variants"_qs].toArray();
        QJsonObject first = variants[0].toObject();
        first[u"sku"_qs] = QString(64, u'A');
        first[u"price"_qs] = toJson(Money::of(k2Pow53));
        variants[0] = first;
        json[u"variants"_qs] = variants;
        const Product p = productFromJson(json);
        QCOMPARE(p.name.size(), 200);
        QCOMPARE(p.version, k2Pow53);
        QCOMPARE(p.variants[0].price.amount, k2Pow53);
        // An amount written as 1999.0 is the integer 1999.
        QCOMPARE(moneyFromJson(parse(R"({"amount":1999.0,"currency":"EUR"})")), Money::of(1999));
    }

    void rejectsAmountsBeyondTwoToThe53InJsonText()
    {
        // Parsed from text, 2^53 + 1 is held exactly as an integer; it must not be rounded to 2^53
        // and accepted.
        const QJsonObject json = parse(R"({"amount":9007199254740993,"currency":"EUR"})");
        COMPARE_ERRORS(errorsOf([&] { (void)moneyFromJson(json); }),
                       (Expected{{u"amount"_qs, u"must be"_qs}}));
        const QJsonObject negative = parse(R"({"amount":-9007199254740993,"currency":"EUR"})");
        COMPARE_ERRORS(errorsOf([&] { (void)moneyFromJson(negative); }),
                       (Expected{{u"amount"_qs, u"must be"_qs}}));
        const QJsonObject huge = parse(R"({"amount":9223372036854775807,"currency":"EUR"})");
        COMPARE_ERRORS(errorsOf([&] { (void)moneyFromJson(huge); }),
                       (Expected{{u"amount"_qs, u"must be"_qs}}));
        QCOMPARE(moneyFromJson(parse(R"({"amount":9007199254740992,"currency":"EUR"})")), Money::of(k2Pow53));
        QCOMPARE(moneyFromJson(parse(R"({"amount":-9007199254740992,"currency":"EUR"})")),
                 Money::of(-k2Pow53));
    }

    void reportsBareMoneyErrorsOnItsOwnFields()
    {
        COMPARE_ERRORS(
            errorsOf([&] {
                (void)moneyFromJson(QJsonObject{{u"amount"_qs, 19.99}});
            }),
            (Expected{{u"amount"_qs, u"must be an integer"_qs}, {u"currency"_qs, u"is required"_qs}}));
        COMPARE_ERRORS(errorsOf([&] {
                           (void)moneyFromJson(QJsonObject{{u"amount"_qs, 1}, {u"currency"_qs, u"E1R"_qs}});
                       }),
                       (Expected{{u"currency"_qs, u"ISO 4217"_qs}}));
    }

    void reportsSeveralErrorsAtOnce()
    {
        QJsonObject json = validProductJson();
        json.remove(u"name"_qs);
        json[u"tax_class"_qs] = u"luxury"_qs;
        json[u"image_url"_qs] = 12;
        QJsonArray variants = json[u"variants"_qs].toArray();
        QJsonObject first = variants[0].toObject();
        first[u"barcode"_qs] = u"4006381333932"_qs;
        variants[0] = first;
        QJsonObject second = variants[1].toObject();
        second[u"price"_qs] = QJsonObject{{u"amount"_qs, 19.99}, {u"currency"_qs, u"euro"_qs}};
        second[u"sku"_qs] = u""_qs;
        variants[1] = second;
        variants.append(u"not a variant"_qs);
        json[u"variants"_qs] = variants;
        COMPARE_ERRORS(errorsOf([&] { (void)productFromJson(json); }),
                       (Expected{{u"name"_qs, u"is required"_qs},
                                 {u"tax_class"_qs, u"unknown value"_qs},
                                 {u"image_url"_qs, u"must be a string"_qs},
                                 {u"variants[0].barcode"_qs, u"EAN-13"_qs},
                                 {u"variants[1].sku"_qs, u"must not be empty"_qs},
                                 {u"variants[1].price.amount"_qs, u"must be an integer"_qs},
                                 {u"variants[1].price.currency"_qs, u"at most 3"_qs},
                                 {u"variants[2]"_qs, u"must be an object"_qs}}));
    }

    void reportsEmptyVariantsAlongsideOtherErrors()
    {
        QJsonObject json = validProductJson();
        json.remove(u"name"_qs);
        json[u"variants"_qs] = QJsonArray{};
        COMPARE_ERRORS(errorsOf([&] { (void)productFromJson(json); }),
                       (Expected{{u"name"_qs, u"is required"_qs}, {u"variants"_qs, u"at least one"_qs}}));
    }

    void validationErrorCarriesProblemJsonErrors()
    {
        try {
            (void)productFromJson(QJsonObject{{u"tax_class"_qs, u"zero"_qs}, {u"variants"_qs, QJsonArray{}}});
            QFAIL("accepted a product without a name");
        } catch (const ValidationError& e) {
            const QJsonArray errors = e.toJson();
            QCOMPARE(errors.size(), 2);
            QCOMPARE(errors[0].toObject(),
                     (QJsonObject{{u"field"_qs, u"name"_qs}, {u"message"_qs, u"is required"_qs}}));
            QCOMPARE(errors[1].toObject()[u"field"_qs].toString(), u"variants"_qs);
            QVERIFY(QString::fromUtf8(e.what()).startsWith(u"name: is required"_qs));
        }
    }

    void reportsBadOrderFieldsWithTheirPaths()
    {
        QJsonObject json = toJson(sampleOrder());
        QJsonArray lines = json[u"lines"_qs].toArray();
        QJsonObject first = lines[0].toObject();
        first[u"quantity"_qs] = 0;
        first[u"tax_rate_bp"_qs] = 20.5;
        lines[0] = first;
        QJsonObject second = lines[1].toObject();
        second[u"unit_price"_qs] = QJsonObject{{u"amount"_qs, 6.5}, {u"currency"_qs, u"EUR"_qs}};
        second.remove(u"line_total"_qs);
        lines[1] = second;
        json[u"lines"_qs] = lines;
        QJsonObject totals = json[u"totals"_qs].toObject();
        totals.remove(u"tax"_qs);
        json[u"totals"_qs] = totals;
        QJsonObject fulfillment = json[u"fulfillment"_qs].toObject();
        fulfillment.remove(u"type"_qs);
        json[u"fulfillment"_qs] = fulfillment;
        json[u"created_at"_qs] = u"2026-11-23 10:00"_qs;
        json[u"paid_total"_qs] = 4183;
        json[u"channel"_qs] = QString(17, u'k');
        COMPARE_ERRORS(errorsOf([&] { (void)orderFromJson(json); }),
                       (Expected{{u"lines[0].quantity"_qs, u"between 1 and"_qs},
                                 {u"lines[0].tax_rate_bp"_qs, u"must be an integer"_qs},
                                 {u"lines[1].unit_price.amount"_qs, u"must be an integer"_qs},
                                 {u"lines[1].line_total"_qs, u"is required"_qs},
                                 {u"totals.tax"_qs, u"is required"_qs},
                                 {u"fulfillment.type"_qs, u"is required"_qs},
                                 {u"created_at"_qs, u"RFC 3339"_qs},
                                 {u"paid_total"_qs, u"must be an object"_qs},
                                 {u"channel"_qs, u"at most 16"_qs}}));
    }

    void reportsBadOrderLinesArray()
    {
        QJsonObject json = toJson(sampleOrder());
        json[u"lines"_qs] = u"none"_qs;
        COMPARE_ERRORS(errorsOf([&] { (void)orderFromJson(json); }),
                       (Expected{{u"lines"_qs, u"must be an array"_qs}}));
        json.remove(u"lines"_qs);
        json.remove(u"id"_qs);
        COMPARE_ERRORS(errorsOf([&] { (void)orderFromJson(json); }),
                       (Expected{{u"lines"_qs, u"is required"_qs}, {u"id"_qs, u"is required"_qs}}));
    }

    void reportsBadChanges()
    {
        COMPARE_ERRORS(errorsOf([&] {
                           (void)changeFromJson(QJsonObject{{u"seq"_qs, 0},
                                                            {u"entity"_qs, u"product"_qs},
                                                            {u"id"_qs, u"p"_qs},
                                                            {u"op"_qs, u"merge"_qs}});
                       }),
                       (Expected{{u"seq"_qs, u"between 1 and"_qs},
                                 {u"op"_qs, u"unknown value"_qs},
                                 {u"data"_qs, u"is required for an upsert"_qs}}));
        COMPARE_ERRORS(errorsOf([&] {
                           (void)changeFromJson(QJsonObject{{u"seq"_qs, 3},
                                                            {u"entity"_qs, u"product"_qs},
                                                            {u"id"_qs, u"p"_qs},
                                                            {u"op"_qs, u"upsert"_qs},
                                                            {u"data"_qs, u"{}"_qs}});
                       }),
                       (Expected{{u"data"_qs, u"must be an object"_qs}}));
        COMPARE_ERRORS(errorsOf([&] {
                           (void)changeFromJson(QJsonObject{{u"seq"_qs, u"5"_qs}});
                       }),
                       (Expected{{u"seq"_qs, u"must be an integer"_qs},
                                 {u"entity"_qs, u"is required"_qs},
                                 {u"id"_qs, u"is required"_qs},
                                 {u"op"_qs, u"is required"_qs},
                                 {u"data"_qs, u"is required for an upsert"_qs}}));
    }

    void reportsBadStockLevelsLocationsAndUsers()
    {
        COMPARE_ERRORS(errorsOf([&] {
                           (void)stockLevelFromJson(QJsonObject{{u"sku"_qs, u"A"_qs},
                                                                {u"location_id"_qs, u"loc"_qs},
                                                                {u"on_hand"_qs, 5},
                                                                {u"reserved"_qs, 2},
                                                                {u"available"_qs, 4}});
                       }),
                       (Expected{{u"available"_qs, u"on_hand - reserved"_qs}}));
        COMPARE_ERRORS(errorsOf([&] {
                           (void)stockLevelFromJson(QJsonObject{
                               {u"sku"_qs, u"A"_qs}, {u"location_id"_qs, u"loc"_qs}, {u"reserved"_qs, -1}});
                       }),
                       (Expected{{u"on_hand"_qs, u"is required"_qs}, {u"reserved"_qs, u"between 0 and"_qs}}));
        COMPARE_ERRORS(
            errorsOf([&] {
                (void)locationFromJson(QJsonObject{{u"name"_qs, u"Paris"_qs}, {u"kind"_qs, u"shop"_qs}});
            }),
            (Expected{{u"id"_qs, u"is required"_qs}, {u"kind"_qs, u"unknown value"_qs}}));
        COMPARE_ERRORS(errorsOf([&] {
                           (void)userFromJson(QJsonObject{{u"id"_qs, u"u"_qs},
                                                          {u"role"_qs, u"root"_qs},
                                                          {u"email"_qs, QString(255, u'e')}});
                       }),
                       (Expected{{u"email"_qs, u"at most 254"_qs}, {u"role"_qs, u"unknown value"_qs}}));
        COMPARE_ERRORS(errorsOf([&] {
                           (void)categoryFromJson(QJsonObject{{u"position"_qs, -1}});
                       }),
                       (Expected{{u"name"_qs, u"is required"_qs}, {u"position"_qs, u"between 0 and"_qs}}));
    }

    void reportsBadPayments()
    {
        QJsonObject json = toJson(Payment{u"pay_1"_qs, OrderId{u"ord_1"_qs}, u"cash"_qs, u"captured"_qs,
                                          eur(100), QString(), QString(), QString(), eur(5)});
        json[u"change_due"_qs] = QJsonObject{{u"amount"_qs, u"5"_qs}, {u"currency"_qs, u"EUR"_qs}};
        json[u"card"_qs] = QJsonObject{{u"brand"_qs, u"visa"_qs}, {u"last4"_qs, u"42424"_qs}};
        json.remove(u"amount"_qs);
        COMPARE_ERRORS(errorsOf([&] { (void)paymentFromJson(json); }),
                       (Expected{{u"change_due.amount"_qs, u"must be an integer"_qs},
                                 {u"card.last4"_qs, u"at most 4"_qs},
                                 {u"amount"_qs, u"is required"_qs}}));
    }

    void requiresExactlyOneKindOfPromotionDiscount()
    {
        QJsonObject both = toJson(Promotion{u"X"_qs, 10, eur(100), eur(0), {}, {}, std::nullopt, 0});
        COMPARE_ERRORS(errorsOf([&] { (void)promotionFromJson(both); }),
                       (Expected{{u"percent_off"_qs, u"exactly one"_qs}}));
        QJsonObject neither =
            toJson(Promotion{u"X"_qs, std::nullopt, std::nullopt, eur(0), {}, {}, std::nullopt, 0});
        COMPARE_ERRORS(errorsOf([&] { (void)promotionFromJson(neither); }),
                       (Expected{{u"percent_off"_qs, u"exactly one"_qs}}));
        // Reported together with other problems, not only when everything else is right.
        neither.remove(u"code"_qs);
        COMPARE_ERRORS(errorsOf([&] { (void)promotionFromJson(neither); }),
                       (Expected{{u"code"_qs, u"is required"_qs}, {u"percent_off"_qs, u"exactly one"_qs}}));
        QJsonObject tooMuch = toJson(Promotion{u"X"_qs, 150, std::nullopt, eur(0), {}, {}, std::nullopt, 0});
        COMPARE_ERRORS(errorsOf([&] { (void)promotionFromJson(tooMuch); }),
                       (Expected{{u"percent_off"_qs, u"between 1 and 100"_qs}}));
        QJsonObject zeroUses = toJson(Promotion{u"X"_qs, 10, std::nullopt, eur(0), {}, {}, 0, 0});
        COMPARE_ERRORS(errorsOf([&] { (void)promotionFromJson(zeroUses); }),
                       (Expected{{u"max_uses"_qs, u"between 1 and"_qs}}));
    }
};

QTEST_APPLESS_MAIN(TestCodecs)
#include "tst_codecs.moc"
