#pragma once
// The storage interface of the server. SQLite implements it today; a PostgreSQL backend can
// implement it later without touching the API or domain layers. Every mutating method is atomic,
// appends to the change log in the same transaction, and joins an enclosing transaction() when
// called inside one.

#include "comptoir/domain.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace comptoir::server {

enum class ProductSort { Relevance, Name, PriceAsc, PriceDesc };

struct ProductQuery {
    QString text;        // full-text query as typed by a person; empty for none
    CategoryId category; // includes sub-categories
    std::optional<qint64> minPrice;
    std::optional<qint64> maxPrice;
    LocationId inStockAt;
    ProductSort sort = ProductSort::Name;
    int limit = 50;
    QString cursor; // opaque, from a previous page
};

// A page of items already encoded as JSON objects, joined by commas, ready to be framed.
struct RawPage {
    std::string itemsJson;
    int count = 0;
    QString nextCursor;
};

template <typename T> struct Page {
    QList<T> items;
    QString nextCursor;
};

struct StoredProduct {
    qint64 version = 0;
    std::string json;
};

struct NewUser {
    QString email;
    QString name;
    QString passwordHash;
    Role role = Role::Customer;
    LocationId storeId;
};

struct Credentials {
    User user;
    QString passwordHash;
};

struct StockQuery {
    QString sku;
    LocationId location;
    int limit = 50;
    QString cursor;
};

struct Adjustment {
    QString sku;
    LocationId location;
    qint64 delta = 0;
    QString reason;
    QString actor; // user id, for the movement record
};

struct Transfer {
    QString sku;
    LocationId from;
    LocationId to;
    qint64 quantity = 0;
    QString actor;
};

struct TransferResult {
    QString id;
    StockLevel from;
    StockLevel to;
};

// The answer a request produced, kept for idempotent replays.
struct StoredResponse {
    int status = 0;
    std::string body;
};

// What pricing needs to know of a SKU.
struct SkuInfo {
    QString sku;
    ProductId productId;
    QString name; // product name with the variant's options, as printed on a receipt
    ProductStatus status = ProductStatus::Active;
    Money price;
    TaxClass taxClass = TaxClass::Standard;
};

// An order with what the server keeps beside its wire shape.
struct OrderRecord {
    Order order;
    UserId placedBy;             // the customer, device or staff member who placed it
    QList<qint64> lineDiscounts; // the share of the order discount on each line
    QList<qint64> lineTaxes;     // VAT contained in each line after its discount
    // The order as saveOrder last wrote it, encoded as the API shows it: the answer reuses the
    // bytes the write transaction produced instead of encoding the order a second time.
    std::string json;
    qint64 version = 0; // of the stored row: every saveOrder adds one
};

struct OrderQuery {
    QString status;
    LocationId store;
    UserId customer;
    UserId placedBy;
    int limit = 50;
    QString cursor;
};

struct CardToken {
    QString token;
    QString brand;
    QString last4;
    QString behaviour; // "approve" or a decline code, decided by the simulator at tokenization
    bool used = false;
};

// The gateway's own record of a charge, kept by idempotency key so a retried charge is not
// charged twice.
struct GatewayCharge {
    QString reference;
    bool approved = false;
    QString declineCode;
    qint64 amount = 0;
    QString refundBehaviour; // the test card's: empty (refunds work), "refund_fails", "refund_times_out"
};

// The gateway's own record of a refund it made, kept by idempotency key so a refund asked again
// is answered and not made twice.
struct GatewayRefund {
    QString reference;
    QString chargeReference;
    qint64 amount = 0;
};

// A processor event waiting in the outbox to be delivered to the webhook endpoint.
struct OutboxEvent {
    qint64 id = 0;
    QString eventId;
    QByteArray body;
    int attempts = 0; // deliveries tried so far
};

struct PaymentRecord {
    Payment payment;
    qint64 refunded = 0;
    QString gatewayReference;
    QDateTime createdAt;
};

struct RefundRecord {
    QString id;
    QString paymentId;
    qint64 amount = 0;
    QString reason;
    QString source;           // "api", "cancellation" or "webhook"
    QString gatewayReference; // the processor's refund this one records, when it made one
};

struct ReportRange {
    QDateTime from;
    QDateTime to;
};

// What part of the change log a principal may read (API.md, Sync: scope).
struct ChangeScope {
    bool promotions = false; // kiosks, staff and managers price carts offline
    bool allOrders = false;  // managers and admins
    QString store;           // staff: orders of this store
    QString user;            // customers: their own orders
    QString device;          // kiosks: the orders they placed
};

// One change, already encoded as the JSON object of the wire.
struct EncodedChange {
    qint64 seq = 0;
    std::string json;
};

// A change with what decides who may read it (the columns changePage's scope filter reads).
struct LoggedChange {
    EncodedChange change;
    std::string entity;
    QString scopeStore;
    QString scopeUser;
    QString scopeDevice;

    // The rule of changePage's SQL, for a change already read: the live hub reads a commit's
    // changes once and hands each socket what its scope sees.
    [[nodiscard]] bool visibleTo(const ChangeScope& scope) const;
};

class Store {
public:
    virtual ~Store() = default;

    [[nodiscard]] virtual bool isReady() = 0;
    [[nodiscard]] virtual int schemaVersion() = 0;
    [[nodiscard]] virtual std::optional<QString> meta(const QString& key) = 0;
    virtual void setMeta(const QString& key, const QString& value) = 0;

    // Runs `work` in one write transaction (BEGIN IMMEDIATE); joins an enclosing one.
    virtual void transaction(const std::function<void()>& work) = 0;

    // Users, tokens, devices.
    virtual User createUser(const NewUser& user) = 0; // Conflict on a duplicate email
    [[nodiscard]] virtual std::optional<Credentials> credentials(const QString& email) = 0;
    [[nodiscard]] virtual std::optional<User> user(const UserId& id) = 0;
    [[nodiscard]] virtual bool hasAdmin() = 0;
    virtual void saveToken(const QByteArray& tokenHash, const UserId& user, const QDateTime& expiresAt) = 0;
    [[nodiscard]] virtual std::optional<User> userForToken(const QByteArray& tokenHash,
                                                           const QDateTime& now) = 0;
    virtual void revokeToken(const QByteArray& tokenHash) = 0;
    // How many tokens were revoked since the process started: the live hub checks its sockets'
    // tokens again only when this moves (or every few seconds, for expiry).
    [[nodiscard]] virtual quint64 tokenRevocations() = 0;
    virtual void createDevice(const QString& deviceId, const QString& name, const User& deviceUser) = 0;

    // Catalog.
    [[nodiscard]] virtual QList<Category> categories() = 0;
    [[nodiscard]] virtual bool categoryExists(const CategoryId& id) = 0;
    virtual void putCategory(const Category& category) = 0;
    [[nodiscard]] virtual std::optional<StoredProduct> productJson(const ProductId& id) = 0;
    [[nodiscard]] virtual std::optional<Product> product(const ProductId& id) = 0;
    [[nodiscard]] virtual RawPage products(const ProductQuery& query) = 0; // BadRequest on a bad cursor
    virtual Product createProduct(Product product) = 0;                    // Conflict on a taken sku/barcode
    virtual Product updateProduct(Product product, qint64 expectedVersion) = 0; // PreconditionFailed
    virtual Product archiveProduct(const ProductId& id) = 0;
    // Moves on after every committed change to products or categories (not stock), so answers
    // computed from the catalog can be cached against it.
    [[nodiscard]] virtual quint64 catalogVersion() const = 0;

    // Locations.
    [[nodiscard]] virtual QList<Location> locations() = 0;
    [[nodiscard]] virtual std::optional<Location> location(const LocationId& id) = 0;
    virtual void putLocation(const Location& location) = 0;

    // Inventory.
    [[nodiscard]] virtual Page<StockLevel> stockLevels(const StockQuery& query) = 0;
    virtual StockLevel adjustStock(const Adjustment& adjustment) = 0;   // Conflict below zero
    virtual TransferResult transferStock(const Transfer& transfer) = 0; // Conflict when short
    [[nodiscard]] virtual Page<Movement> movements(const StockQuery& query) = 0;

    // Idempotency records, read and written inside the caller's transaction.
    [[nodiscard]] virtual std::optional<std::pair<QByteArray, StoredResponse>>
    idempotencyRecord(const QString& scope, const QString& key) = 0;
    virtual void saveIdempotencyRecord(const QString& scope, const QString& key,
                                       const QByteArray& requestHash, const StoredResponse& response) = 0;
    virtual void purgeIdempotencyRecords(const QDateTime& olderThan) = 0;

    // Orders and the stock they hold.
    [[nodiscard]] virtual std::optional<SkuInfo> skuInfo(const QString& sku) = 0;
    [[nodiscard]] virtual StockLevel stockLevel(const QString& sku, const LocationId& location) = 0;
    // Reserves `quantity` if that much is available, or regardless when `force` (an offline
    // carry-out sale). Returns nullopt when reserved, else the quantity that was available.
    virtual std::optional<qint64> reserveStock(const QString& sku, const LocationId& location,
                                               qint64 quantity, const OrderId& order, bool force) = 0;
    virtual void releaseStock(const QString& sku, const LocationId& location, qint64 quantity,
                              const OrderId& order, const QString& reason) = 0;
    // Hand-over: the reserved quantity leaves on_hand.
    virtual void consumeStock(const QString& sku, const LocationId& location, qint64 quantity,
                              const OrderId& order) = 0;
    // A movement of zero that staff see in the journal, e.g. stock driven below zero offline.
    virtual void recordStockAlert(const QString& sku, const LocationId& location, const OrderId& order,
                                  const QString& reason) = 0;
    virtual QString nextOrderNumber(const QString& prefix) = 0;
    // Writes the order, its lines (new orders) and its change; sets record.json.
    virtual void saveOrder(OrderRecord& record, bool isNew) = 0;
    // The stored order's version (OrderRecord::version), without reading the order.
    virtual std::optional<qint64> orderVersion(const OrderId& id) = 0;
    [[nodiscard]] virtual std::optional<OrderRecord> order(const OrderId& id) = 0;
    [[nodiscard]] virtual Page<Order> orders(const OrderQuery& query) = 0;
    [[nodiscard]] virtual QList<OrderId> expiredOrders(const QDateTime& now, int limit) = 0;

    // Promotions.
    [[nodiscard]] virtual std::optional<Promotion> promotion(const QString& code) = 0;
    [[nodiscard]] virtual QList<Promotion> promotions() = 0;
    virtual void createPromotion(const Promotion& promotion) = 0; // Conflict on a taken code
    // Takes one use if any is left; false when exhausted. Atomic within the transaction.
    virtual bool takePromotionUse(const QString& code) = 0;
    virtual void returnPromotionUse(const QString& code) = 0;

    // Payments.
    virtual void saveCardToken(const CardToken& token) = 0;
    [[nodiscard]] virtual std::optional<CardToken> cardToken(const QString& token) = 0;
    virtual void markCardTokenUsed(const QString& token) = 0;
    [[nodiscard]] virtual std::optional<GatewayCharge> gatewayCharge(const QString& key) = 0;
    virtual void saveGatewayCharge(const QString& key, const GatewayCharge& charge) = 0;
    [[nodiscard]] virtual std::optional<GatewayCharge> gatewayChargeByReference(const QString& reference) = 0;
    [[nodiscard]] virtual std::optional<GatewayRefund> gatewayRefund(const QString& key) = 0;
    // The sum of the refunds the gateway made of one charge.
    [[nodiscard]] virtual qint64 gatewayRefundedTotal(const QString& chargeReference) = 0;
    virtual void saveGatewayRefund(const QString& key, const GatewayRefund& refund) = 0;
    virtual void savePayment(const PaymentRecord& record, bool isNew) = 0;
    [[nodiscard]] virtual std::optional<PaymentRecord> payment(const QString& id) = 0;
    [[nodiscard]] virtual QList<PaymentRecord> payments(const OrderId& order) = 0;
    virtual void saveRefund(const RefundRecord& refund) = 0;
    [[nodiscard]] virtual std::optional<QString> paymentIdForReference(const QString& gatewayReference) = 0;
    // False when this event id was seen before.
    virtual bool recordWebhookEvent(const QString& id, const QString& type) = 0;
    // The outbox of the processor's outgoing events (the simulator's webhooks).
    virtual void enqueueWebhookEvent(const QString& eventId, const QByteArray& body,
                                     const QDateTime& dueAt) = 0;
    [[nodiscard]] virtual QList<OutboxEvent> dueWebhookEvents(const QDateTime& now, int limit) = 0;
    // When the next event is due, if any waits.
    [[nodiscard]] virtual std::optional<QDateTime> nextWebhookEventDue() = 0;
    virtual void webhookEventDelivered(qint64 id) = 0;
    virtual void webhookEventFailed(qint64 id, int attempts, const QDateTime& nextAttempt,
                                    const QString& error) = 0;

    // Reports (managers).
    [[nodiscard]] virtual QJsonArray salesReport(const ReportRange& range, const QString& groupBy) = 0;
    // Pages of at most `limit`, after `cursor` (from the previous page's nextCursor; empty: first).
    [[nodiscard]] virtual Page<QJsonObject> topProducts(const ReportRange& range, int limit,
                                                        const QString& cursor) = 0;
    [[nodiscard]] virtual Page<StockLevel> lowStock(const LocationId& location, qint64 threshold, int limit,
                                                    const QString& cursor) = 0;

    // Change log.
    // Changes after `since` that `scope` may see, ascending, at most `limit`.
    [[nodiscard]] virtual std::vector<EncodedChange> changePage(qint64 since, int limit,
                                                                const ChangeScope& scope) = 0;
    // Every change after `since`, whoever may see it, ascending, at most `limit`.
    [[nodiscard]] virtual std::vector<LoggedChange> changesAfter(qint64 since, int limit) = 0;
    // A cursor below this may have lost tombstones to the retention window.
    [[nodiscard]] virtual qint64 oldestValidCursor() = 0;
    // Whether a feed may resume from `since` (else 410: bootstrap again): zero, at or above the
    // tombstone floor, or handed out by this process after the floor last rose. A bootstrap's
    // cursors walk old seqs, and a scoped feed's cursor only moves with what its principal sees,
    // so both can lie below the floor and still be complete: the pruned tombstones were gone
    // before such a cursor was given.
    [[nodiscard]] virtual bool canResumeFrom(qint64 since) = 0;
    // Records a cursor the feed handed out (the `next` of a page or a live frame).
    virtual void noteIssuedCursor(qint64 cursor) = 0;
    // Deletes tombstones older than `olderThan` and moves oldestValidCursor past them.
    virtual int pruneTombstones(const QDateTime& olderThan) = 0;
    // Called after each commit that appended changes, with the last seq; never before commit.
    virtual void setCommitListener(std::function<void(qint64 lastSeq)> listener) = 0;
};

} // namespace comptoir::server
