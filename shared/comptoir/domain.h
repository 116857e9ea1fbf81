#pragma once
// The domain types of the API contract (../shared/design/API.md), as plain values.
// Server-owned fields (ids, versions, times) may be empty in values built from a request.

#include "comptoir/ids.h"
#include "comptoir/money.h"
#include "comptoir/vat.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace comptoir {

struct Category {
    CategoryId id;
    QString name;
    CategoryId parentId; // empty for a root category
    int position = 0;
    bool operator==(const Category&) const = default;
};

struct Variant {
    QString sku;
    QMap<QString, QString> options; // e.g. {"size": "M", "colour": "navy"}
    Money price;
    QString barcode; // EAN-13, may be empty
    bool operator==(const Variant&) const = default;
};

enum class ProductStatus { Active, Archived };

struct Product {
    ProductId id;
    QString name;
    QString description;
    QString brand;
    CategoryId categoryId;
    TaxClass taxClass = TaxClass::Standard;
    ProductStatus status = ProductStatus::Active;
    QString imageUrl;
    QList<Variant> variants;
    qint64 version = 0;
    QDateTime updatedAt;
    bool operator==(const Product&) const = default;
};

enum class LocationKind { Store, Warehouse };

struct Location {
    LocationId id;
    QString name;
    LocationKind kind = LocationKind::Store;
    QString address;
    QString timezone;
    bool operator==(const Location&) const = default;
};

struct StockLevel {
    QString sku;
    LocationId locationId;
    qint64 onHand = 0;
    qint64 reserved = 0;
    [[nodiscard]] qint64 available() const { return onHand - reserved; }
    bool operator==(const StockLevel&) const = default;
};

struct Movement {
    qint64 id = 0;
    QString sku;
    LocationId locationId;
    qint64 onHandDelta = 0;
    qint64 reservedDelta = 0;
    QString cause;   // "adjustment", "transfer", "order"
    QString causeId; // the adjustment, transfer or order id
    QString reason;  // adjustment reason, when there is one
    qint64 onHandAfter = 0;
    qint64 reservedAfter = 0;
    QDateTime at;
    bool operator==(const Movement&) const = default;
};

// Register: a till enrolled as a device; staff sign in on it by PIN (POST /auth/pin).
enum class Role { Customer, Kiosk, Staff, Manager, Admin, Register };

struct User {
    UserId id;
    QString email;
    QString name;
    Role role = Role::Customer;
    LocationId storeId; // staff and kiosks only
    bool operator==(const User&) const = default;
};

enum class ChangeOp { Upsert, Delete };

struct Change {
    qint64 seq = 0;
    QString entity; // category, product, location, stock, order, promotion
    QString id;
    ChangeOp op = ChangeOp::Upsert;
    QJsonObject data;
    bool operator==(const Change&) const = default;
};

struct Totals {
    Money subtotal;
    Money discount;
    Money tax;
    Money total;
    bool operator==(const Totals&) const = default;
};

struct OrderLine {
    QString sku;
    QString name;
    qint64 quantity = 0;
    Money unitPrice;
    int taxRateBp = 0;
    Money lineTotal; // unit price × quantity − discount
    Money discount;  // the line's own staff discount (API.md "Counter sales: staff discounts")
    bool operator==(const OrderLine&) const = default;
};

// A staff discount on a whole order, as given and as applied.
struct OrderDiscount {
    std::optional<int> percent; // when given as a percentage
    Money amount;               // what it took off the subtotal
    QString reason;
    bool operator==(const OrderDiscount&) const = default;
};

struct Fulfillment {
    QString type; // carry_out, pickup, delivery
    LocationId locationId;
    QString address;
    bool operator==(const Fulfillment&) const = default;
};

struct Order {
    OrderId id;
    QString number;
    QString channel; // kiosk, web, pos
    LocationId storeId;
    UserId customerId;
    QString status;
    Fulfillment fulfillment;
    QList<OrderLine> lines;
    QString promoCode;
    Totals totals;
    Money paidTotal;
    Money refundedTotal;
    QDateTime reservationExpiresAt;
    QDateTime createdAt;
    QDateTime updatedAt;
    bool offline = false; // a carry-out sale made while the till was disconnected
    std::optional<OrderDiscount> discount;
    UserId approvedBy; // the manager who approved a discount above 20 %; empty when none was needed
    bool operator==(const Order&) const = default;
};

struct Payment {
    QString id;
    OrderId orderId;
    QString method; // card, cash, terminal
    QString status; // captured, declined, refunded, ...
    Money amount;
    QString cardBrand;
    QString cardLast4;
    QString declineCode;
    std::optional<Money> changeDue;
    bool operator==(const Payment&) const = default;
};

struct Promotion {
    QString code;
    std::optional<int> percentOff;
    std::optional<Money> amountOff;
    Money minSubtotal;
    QDateTime startsAt;
    QDateTime endsAt;
    std::optional<qint64> maxUses;
    qint64 uses = 0;
    // The back office (issue 16): the version PATCH /promotions/{id} checks with If-Match, and a
    // code a manager disabled, refused at quote and order like an expired one.
    qint64 version = 1;
    bool disabled = false;
    bool operator==(const Promotion&) const = default;
};

// One register's cash drawer from its opening to its closing (API.md, second part: Cash sessions).
// `counted` and `expectedCash` are known from the close on.
struct CashSession {
    QString id;
    UserId registerId; // the till's account (a user of role register)
    LocationId storeId;
    QString status; // open, closed
    UserId openedBy;
    QDateTime openedAt;
    Money openingFloat;
    UserId closedBy;
    QDateTime closedAt;
    std::optional<Money> counted;
    std::optional<Money> expectedCash;
    bool operator==(const CashSession&) const = default;
};

// Cash put into (`in`) or taken out of (`out`) a drawer outside a sale, with its reason.
struct CashMovement {
    QString id;
    QString sessionId;
    QString kind; // in, out
    Money amount;
    QString reason;
    QDateTime at;
    UserId by;
    bool operator==(const CashMovement&) const = default;
};

[[nodiscard]] QString toString(ProductStatus status);
[[nodiscard]] QString toString(LocationKind kind);
[[nodiscard]] QString toString(Role role);
[[nodiscard]] QString toString(ChangeOp op);
[[nodiscard]] std::optional<Role> roleFromString(const QString& text);
// Roles ordered by power: customer and kiosk < staff < manager < admin.
[[nodiscard]] bool isAtLeast(Role role, Role minimum);

// RFC 3339 UTC with milliseconds, "2026-11-23T10:00:00.000Z".
[[nodiscard]] QString toRfc3339(const QDateTime& time);
[[nodiscard]] QDateTime fromRfc3339(const QString& text);

} // namespace comptoir
