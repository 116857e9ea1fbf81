#include "sync/cache/decodedpage.h"

#include <QJsonDocument>
#include <array>
#include <cmath>
#include <limits>
#include <simdjson.h>

namespace comptoir::sync {

namespace od = simdjson::ondemand;

namespace {

// A known entity whose data lacks what the cache needs.
class BadData : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

QByteArray bytes(std::string_view text)
{
    return {text.data(), qsizetype(text.size())};
}

// Fields are looked up by name in any order (another server may order them otherwise).
std::optional<std::string_view> stringField(od::object& object, std::string_view key)
{
    od::value value;
    if (object.find_field_unordered(key).get(value) != simdjson::SUCCESS)
        return std::nullopt;
    std::string_view text;
    if (value.get_string().get(text) != simdjson::SUCCESS)
        return std::nullopt;
    return text;
}

QByteArray requireString(od::object& object, std::string_view key)
{
    const std::optional<std::string_view> text = stringField(object, key);
    if (!text || text->empty())
        throw BadData("missing " + std::string(key));
    return bytes(*text);
}

QByteArray optionalString(od::object& object, std::string_view key)
{
    return bytes(stringField(object, key).value_or(std::string_view()));
}

// A JSON number with an integral value (1 and 1.0 alike), or nothing.
std::optional<qint64> integerOf(od::value value)
{
    int64_t integer = 0;
    if (value.get_int64().get(integer) == simdjson::SUCCESS)
        return integer;
    double real = 0;
    // Within ±2^53 (exact in a double; beyond, the cast could leave qint64's range).
    if (value.get_double().get(real) == simdjson::SUCCESS && std::fabs(real) <= 9007199254740992.0 &&
        real == double(qint64(real)))
        return qint64(real);
    return std::nullopt;
}

qint64 requireInteger(od::object& object, std::string_view key)
{
    od::value value;
    std::optional<qint64> integer;
    if (object.find_field_unordered(key).get(value) == simdjson::SUCCESS)
        integer = integerOf(value);
    if (!integer)
        throw BadData("missing or not an integer: " + std::string(key));
    return *integer;
}

ProductRow productRow(od::object& data, std::string_view json)
{
    ProductRow p;
    p.name = requireString(data, "name");
    p.brand = optionalString(data, "brand");
    p.categoryId = optionalString(data, "category_id");
    p.status = bytes(stringField(data, "status").value_or("active"));
    p.description = optionalString(data, "description");
    od::array variants;
    if (data.find_field_unordered("variants").get_array().get(variants) == simdjson::SUCCESS) {
        qint64 minPrice = std::numeric_limits<qint64>::max();
        for (auto element : variants) {
            od::object variant;
            if (element.get_object().get(variant) != simdjson::SUCCESS)
                throw BadData("a variant is not an object");
            ProductRow::Variant row;
            row.sku = requireString(variant, "sku");
            row.barcode = optionalString(variant, "barcode");
            od::object price;
            if (variant.find_field_unordered("price").get_object().get(price) != simdjson::SUCCESS)
                throw BadData("missing price");
            row.price = requireInteger(price, "amount");
            minPrice = std::min(minPrice, row.price);
            if (!p.codes.isEmpty())
                p.codes += ' ';
            p.codes += row.sku;
            if (!row.barcode.isEmpty())
                p.codes += ' ' + row.barcode;
            p.variants.append(std::move(row));
        }
        if (!p.variants.isEmpty())
            p.minPrice = minPrice;
    }
    p.json = bytes(json);
    return p;
}

constexpr std::array<std::pair<std::string_view, DecodedChange::Entity>, 12> kEntities = {{
    {"product", DecodedChange::Entity::Product},
    {"stock", DecodedChange::Entity::Stock},
    {"category", DecodedChange::Entity::Category},
    {"location", DecodedChange::Entity::Location},
    {"promotion", DecodedChange::Entity::Promotion},
    {"order", DecodedChange::Entity::Order},
    {"cash_session", DecodedChange::Entity::CashSession},
    {"cash_movement", DecodedChange::Entity::CashMovement},
    {"return", DecodedChange::Entity::Return},
    {"wishlist", DecodedChange::Entity::Wishlist},
    {"address", DecodedChange::Entity::Address},
    {"cart", DecodedChange::Entity::Cart},
}};

DecodedChange::Entity kindOf(std::string_view entity)
{
    for (const auto& [name, kind] : kEntities)
        if (name == entity)
            return kind;
    return DecodedChange::Entity::Unknown;
}

// Reads an upsert's data (its own JSON text, `json`) into the entity's row.
void readRow(DecodedChange& c, od::object& data, std::string_view json)
{
    using Entity = DecodedChange::Entity;
    switch (c.kind) {
    case Entity::Product:
        c.row = productRow(data, json);
        break;
    case Entity::Stock:
        c.row = StockRow{requireString(data, "sku"), requireString(data, "location_id"),
                         requireInteger(data, "on_hand"), requireInteger(data, "reserved")};
        break;
    case Entity::Category: {
        CategoryRow row{optionalString(data, "parent_id"), requireString(data, "name"), bytes(json)};
        od::value position;
        if (data.find_field_unordered("position").get(position) == simdjson::SUCCESS)
            row.position = integerOf(position).value_or(0);
        c.row = std::move(row);
        break;
    }
    case Entity::Location:
        c.row = LocationRow{requireString(data, "name"), requireString(data, "kind"), bytes(json)};
        break;
    case Entity::Promotion:
        c.row = PromotionRow{bytes(json)};
        break;
    case Entity::Order:
        c.row = OrderRow{optionalString(data, "number"), requireString(data, "status"),
                         optionalString(data, "updated_at"), bytes(json)};
        break;
    case Entity::CashSession:
        c.row = CashSessionRow{requireString(data, "store_id"), requireString(data, "register_id"),
                               requireString(data, "status"), requireString(data, "opened_at"), bytes(json)};
        break;
    case Entity::CashMovement:
        c.row = CashMovementRow{requireString(data, "session_id"), requireString(data, "at"), bytes(json)};
        break;
    case Entity::Return:
        c.row = ReturnRow{requireString(data, "order_id"), requireString(data, "store_id"),
                          requireString(data, "created_at"), bytes(json)};
        break;
    case Entity::Wishlist:
        c.row = WishlistRow{bytes(json)};
        break;
    case Entity::Address:
        c.row = AddressRow{bytes(json)};
        break;
    case Entity::Cart:
        c.row = CartRow{requireInteger(data, "version"), bytes(json)};
        break;
    case Entity::Unknown:
        break;
    }
}

// Reads the pages of one thread: simdjson's parsers keep their buffers from page to page.
class Reader {
public:
    // `changes`: the envelope array, inside a buffer readable up to `end` (simdjson's padding).
    void readChanges(od::array changes, const char* end, DecodedPage& page);

private:
    void readChange(od::object change, const char* end, DecodedPage& page);
    void readData(DecodedChange& c, std::string_view json, const char* end);

    od::parser m_dataParser;
    simdjson::dom::parser m_validator;
    qint64 m_previous = 0;
};

void Reader::readChanges(od::array changes, const char* end, DecodedPage& page)
{
    m_previous = 0;
    for (auto element : changes) {
        od::object change;
        if (element.get_object().get(change) != simdjson::SUCCESS)
            throw ProtocolError("a change is not an object");
        readChange(change, end, page);
    }
}

void Reader::readChange(od::object change, const char* end, DecodedPage& page)
{
    DecodedChange c;
    std::optional<qint64> seq;
    std::string_view entity, id, op;
    std::optional<std::string_view> data; // an object's JSON text
    for (auto element : change) {
        od::field field;
        if (std::move(element).get(field) != simdjson::SUCCESS)
            throw NotAPage("a change cannot be read");
        const std::string_view key = field.unescaped_key();
        od::value value = field.value();
        if (key == "seq") {
            seq = integerOf(value);
        } else if (key == "entity") {
            if (value.get_string().get(entity) != simdjson::SUCCESS)
                entity = {};
        } else if (key == "id") {
            if (value.get_string().get(id) != simdjson::SUCCESS)
                id = {};
        } else if (key == "op") {
            if (value.get_string().get(op) != simdjson::SUCCESS)
                op = {};
        } else if (key == "data") {
            od::object object;
            std::string_view json;
            if (value.get_object().get(object) == simdjson::SUCCESS &&
                object.raw_json().get(json) == simdjson::SUCCESS)
                data = json;
        }
    }
    if (!seq || *seq <= 0)
        throw ProtocolError("a change has no valid seq");
    if (*seq <= m_previous)
        throw ProtocolError("changes are not in ascending seq order");
    m_previous = *seq;
    if (entity.empty() || id.empty() || (op != "upsert" && op != "delete"))
        throw ProtocolError("a change lacks its entity, id or op");
    c.seq = *seq;
    c.upsert = op == "upsert";
    if (c.upsert && !data)
        throw ProtocolError("an upsert has no data object");
    c.kind = kindOf(entity);
    if (c.kind == DecodedChange::Entity::Unknown)
        c.unknownEntity = QString::fromUtf8(entity.data(), qsizetype(entity.size()));
    c.id = bytes(id);
    try {
        if (c.upsert)
            readData(c, *data, end);
        else if (c.kind == DecodedChange::Entity::Stock) {
            const qsizetype at = c.id.lastIndexOf('@');
            if (at <= 0)
                throw BadData("a stock id is <sku>@<location_id>");
            c.row = StockRow{c.id.left(at), c.id.mid(at + 1)};
        }
    } catch (const BadData& e) {
        c.row = std::monostate();
        c.invalid = QString::fromUtf8(e.what());
    }
    page.changes.append(std::move(c));
}

void Reader::readData(DecodedChange& c, std::string_view json, const char* end)
{
    if (c.kind == DecodedChange::Entity::Unknown)
        return;
    // On-demand parsing checks only what it reads, and the text is stored as it came: the whole
    // object is validated first (a promotion's fields, say, are never read here).
    simdjson::dom::element validated;
    if (m_validator.parse(json.data(), json.size(), false).get(validated) != simdjson::SUCCESS)
        throw BadData("data that is not valid JSON");
    // The data object again, on its own: its fields come in any order, and a second parser
    // reads them without losing the page's place. Its text lies inside the page's buffer.
    od::document document;
    od::object data;
    if (m_dataParser.iterate(json.data(), json.size(), size_t(end - json.data())).get(document) !=
            simdjson::SUCCESS ||
        document.get_object().get(data) != simdjson::SUCCESS)
        throw BadData("data that cannot be read");
    try {
        readRow(c, data, json);
    } catch (const simdjson::simdjson_error& e) {
        throw BadData(std::string("data that cannot be read: ") + e.what());
    }
}

Reader& threadReader()
{
    thread_local Reader reader;
    return reader;
}

od::parser& threadPageParser()
{
    thread_local od::parser parser;
    return parser;
}

} // namespace

QString entityName(DecodedChange::Entity kind)
{
    for (const auto& [name, known] : kEntities)
        if (known == kind)
            return QString::fromLatin1(name.data(), qsizetype(name.size()));
    return {};
}

namespace {

// What a page of the feed and a live frame have in common: {"type"?, "changes", "next",
// "has_more"?}, in any order, other keys ignored.
struct Envelope {
    FeedPage feed;
    QString type;
    bool sawChanges = false, sawNext = false, sawMore = false;

    void checkCursor() const
    {
        for (const DecodedChange& c : feed.page.changes)
            if (c.seq > feed.page.next)
                throw ProtocolError("a change lies beyond the page's next cursor");
    }
};

Envelope readEnvelope(const QByteArray& json)
{
    const simdjson::padded_string padded(json.constData(), size_t(json.size()));
    const char* end = padded.data() + padded.size() + simdjson::SIMDJSON_PADDING;
    Envelope envelope;
    try {
        od::document document = threadPageParser().iterate(padded);
        od::object root = document.get_object();
        for (auto element : root) {
            od::field field;
            if (std::move(element).get(field) != simdjson::SUCCESS)
                throw NotAPage("the page cannot be read");
            const std::string_view key = field.unescaped_key();
            od::value value = field.value();
            if (key == "changes") {
                threadReader().readChanges(value.get_array(), end, envelope.feed.page);
                envelope.sawChanges = true;
            } else if (key == "next") {
                const std::optional<qint64> next = integerOf(value);
                if (!next)
                    throw NotAPage("next is not an integer");
                envelope.feed.page.next = *next;
                envelope.sawNext = true;
            } else if (key == "has_more") {
                envelope.feed.hasMore = value.get_bool();
                envelope.sawMore = true;
            } else if (key == "type") {
                const std::string_view type = value.get_string();
                envelope.type = QString::fromUtf8(type.data(), qsizetype(type.size()));
            }
        }
    } catch (const simdjson::simdjson_error& e) {
        throw NotAPage(e.what());
    }
    return envelope;
}

} // namespace

FeedPage decodeFeedPage(const QByteArray& json)
{
    Envelope envelope = readEnvelope(json);
    if (!envelope.sawChanges || !envelope.sawNext || !envelope.sawMore)
        throw NotAPage("not the envelope of a page");
    envelope.checkCursor();
    return std::move(envelope.feed);
}

LiveFrame decodeLiveFrame(const QByteArray& json)
{
    Envelope envelope = readEnvelope(json);
    LiveFrame frame{envelope.type, {}};
    if (frame.type != u"changes")
        return frame;
    if (!envelope.sawChanges || !envelope.sawNext)
        throw NotAPage("a changes frame without changes or next");
    envelope.checkCursor();
    frame.page = std::move(envelope.feed.page);
    return frame;
}

DecodedPage decodeChanges(const QJsonArray& changes, qint64 next)
{
    QByteArray json = R"({"changes":)" + QJsonDocument(changes).toJson(QJsonDocument::Compact) +
                      R"(,"next":)" + QByteArray::number(next) + R"(,"has_more":false})";
    try {
        return decodeFeedPage(json).page;
    } catch (const NotAPage& e) {
        throw ProtocolError(e.what()); // a QJsonArray is JSON: what fails is a change's shape
    }
}

} // namespace comptoir::sync
