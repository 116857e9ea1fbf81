#include "comptoir/orderenums.h"

#include <array>
#include <utility>

namespace comptoir::orders {

namespace {

// Each list in the enum's order: the wire name of value i is names[i].
constexpr std::array kStatuses{"pending_payment", "paid",      "ready_for_pickup",
                               "shipped",         "completed", "cancelled"};
constexpr std::array kFulfillments{"carry_out", "pickup", "delivery"};
constexpr std::array kChannels{"kiosk", "web", "pos"};
constexpr std::array kPaymentStatuses{"captured", "declined", "partially_refunded", "refunded"};
static_assert(kStatuses.size() == size_t(Status::Cancelled) + 1);
static_assert(kFulfillments.size() == size_t(Fulfillment::Delivery) + 1);
static_assert(kChannels.size() == size_t(Channel::Pos) + 1);
static_assert(kPaymentStatuses.size() == size_t(PaymentStatus::Refunded) + 1);

template <typename Enum, size_t N> QString nameOf(const std::array<const char*, N>& names, Enum value)
{
    return QString::fromLatin1(names[size_t(value)]);
}

template <typename Enum, size_t N>
std::optional<Enum> valueOf(const std::array<const char*, N>& names, QStringView name)
{
    for (size_t i = 0; i < N; ++i)
        if (name == QLatin1String(names[i]))
            return Enum(i);
    return std::nullopt;
}

} // namespace

QString wireName(Status status)
{
    return nameOf(kStatuses, status);
}
QString wireName(Fulfillment fulfillment)
{
    return nameOf(kFulfillments, fulfillment);
}
QString wireName(Channel channel)
{
    return nameOf(kChannels, channel);
}
QString wireName(PaymentStatus status)
{
    return nameOf(kPaymentStatuses, status);
}

std::optional<Status> statusFromWire(QStringView name)
{
    return valueOf<Status>(kStatuses, name);
}
std::optional<Fulfillment> fulfillmentFromWire(QStringView name)
{
    return valueOf<Fulfillment>(kFulfillments, name);
}
std::optional<Channel> channelFromWire(QStringView name)
{
    return valueOf<Channel>(kChannels, name);
}
std::optional<PaymentStatus> paymentStatusFromWire(QStringView name)
{
    return valueOf<PaymentStatus>(kPaymentStatuses, name);
}

} // namespace comptoir::orders
