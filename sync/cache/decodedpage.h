#pragma once
// A page of change envelopes (API.md, Sync) read into the rows the cache stores, as UTF-8 ready
// to bind. Reading is most of the work of a page and needs no database: a bootstrap does it on
// a thread of its own while the previous page is written (Puller), then ChangeApplier writes.
// Read with simdjson: a bootstrap is ~170 MB of JSON at 100,000 products, and each entity is
// stored as the server wrote it (the bytes of its `data`, not a re-encoding).

#include <QJsonArray>
#include <QList>
#include <QString>
#include <optional>
#include <stdexcept>
#include <variant>

namespace comptoir::sync {

// An answer that is not a page of changes at all (not JSON, not the envelope's shape).
class NotAPage : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A page that does not follow the contract (not an envelope, seq out of order, `next` behind
// its own changes). Nothing of it is applied.
class ProtocolError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Text columns are UTF-8; an empty optional text is stored as NULL.
struct ProductRow {
    struct Variant {
        QByteArray sku;
        qint64 price = 0;
        QByteArray barcode;
    };
    QByteArray name, brand, categoryId, status, description, json;
    QByteArray codes; // SKUs and barcodes, space-separated, for the search index
    std::optional<qint64> minPrice;
    QList<Variant> variants;
};
struct StockRow {
    QByteArray sku, locationId;
    qint64 onHand = 0, reserved = 0;
};
struct CategoryRow {
    QByteArray parentId, name, json;
    qint64 position = 0;
};
struct LocationRow {
    QByteArray name, kind, json;
};
struct PromotionRow {
    QByteArray json;
};
struct OrderRow {
    QByteArray number, status, updatedAt, json;
};
// A register's drawer session (staff, managers): the console shows its drawer offline.
struct CashSessionRow {
    QByteArray storeId, registerId, status, openedAt, json;
};
struct CashMovementRow {
    QByteArray sessionId, at, json;
};

// Goods that came back against an order, at the store that took them (API.md "Returns").
struct ReturnRow {
    QByteArray orderId, storeId, createdAt, json;
};

// Shop (issue 15, orders and wishlist part): a customer's wishlist, one change holding the whole
// list ({"items":[{"product_id","added_at"}]}), keyed by the customer.
struct WishlistRow {
    QByteArray json;
};
// The customer's own: a saved address, and the cart kept on the server (its version decides
// which of two devices' copies is newer).
struct AddressRow {
    QByteArray json;
};
struct CartRow {
    qint64 version = 0;
    QByteArray json;
};

struct DecodedChange {
    enum class Entity {
        Product,
        Stock,
        Category,
        Location,
        Promotion,
        Order,
        CashSession,
        CashMovement,
        Return,
        Wishlist,
        Address,
        Cart,
        Unknown
    };
    qint64 seq = 0;
    Entity kind = Entity::Unknown;
    QString unknownEntity; // the server's name for an entity this client does not know
    QByteArray id;         // UTF-8
    bool upsert = false;
    // An upsert's row, or a stock deletion's key. Empty when unknown or invalid.
    std::variant<std::monostate, ProductRow, StockRow, CategoryRow, LocationRow, PromotionRow, OrderRow,
                 CashSessionRow, CashMovementRow, ReturnRow, WishlistRow, AddressRow, CartRow>
        row;
    QString invalid; // why a known entity's data could not be read: logged and passed over
};

// The name the feed gives an entity this client knows ("product", "stock", ...).
[[nodiscard]] QString entityName(DecodedChange::Entity kind);

struct DecodedPage {
    QList<DecodedChange> changes;
    qint64 next = 0;
};

struct FeedPage {
    DecodedPage page;
    bool hasMore = false;
};

// An answer of GET /sync/changes: {"changes": [...], "next": N, "has_more": B}. Throws NotAPage
// or ProtocolError; a change whose data cannot be read is kept with its reason
// (DecodedChange::invalid) and does not spoil its page.
[[nodiscard]] FeedPage decodeFeedPage(const QByteArray& json);
struct LiveFrame {
    QString type;     // "changes" is the only one this client reads
    DecodedPage page; // of a "changes" frame
};

// A frame of the live channel: {"type": "changes", "changes": [...], "next": N}. Throws as
// decodeFeedPage; a frame of another type comes back with its type only.
[[nodiscard]] LiveFrame decodeLiveFrame(const QByteArray& json);
// Changes given as a JSON array, with the page's `next` (tests): as decodeFeedPage.
[[nodiscard]] DecodedPage decodeChanges(const QJsonArray& changes, qint64 next);

} // namespace comptoir::sync
