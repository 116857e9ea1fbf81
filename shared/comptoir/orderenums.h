#pragma once
// The fixed vocabularies of orders and payments (API.md): one list each, with the wire name of
// every value, shared by the server, the sync library and the views (Q_ENUM_NS: the app exposes
// the namespace to QML).

#include <QObject>
#include <QString>
#include <optional>

namespace comptoir::orders {
Q_NAMESPACE

enum class Status { PendingPayment, Paid, ReadyForPickup, Shipped, Completed, Cancelled };
Q_ENUM_NS(Status)

enum class Fulfillment { CarryOut, Pickup, Delivery };
Q_ENUM_NS(Fulfillment)

enum class Channel { Kiosk, Web, Pos };
Q_ENUM_NS(Channel)

enum class PaymentStatus { Captured, Declined, PartiallyRefunded, Refunded };
Q_ENUM_NS(PaymentStatus)

// "pending_payment", "ready_for_pickup", "carry_out", "pos", "partially_refunded", ...
[[nodiscard]] QString wireName(Status status);
[[nodiscard]] QString wireName(Fulfillment fulfillment);
[[nodiscard]] QString wireName(Channel channel);
[[nodiscard]] QString wireName(PaymentStatus status);

[[nodiscard]] std::optional<Status> statusFromWire(QStringView name);
[[nodiscard]] std::optional<Fulfillment> fulfillmentFromWire(QStringView name);
[[nodiscard]] std::optional<Channel> channelFromWire(QStringView name);
[[nodiscard]] std::optional<PaymentStatus> paymentStatusFromWire(QStringView name);

// Paid, or further on: what counts as a sale.
[[nodiscard]] constexpr bool isSold(Status status)
{
    return status == Status::Paid || status == Status::ReadyForPickup || status == Status::Shipped ||
           status == Status::Completed;
}

} // namespace comptoir::orders
