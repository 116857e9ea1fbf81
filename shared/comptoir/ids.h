#pragma once
// Opaque identifiers: a typed wrapper per entity so ids of different kinds never mix.

#include <QString>

namespace comptoir {

template <typename Tag> struct Id {
    QString value;
    [[nodiscard]] bool isEmpty() const { return value.isEmpty(); }
    bool operator==(const Id&) const = default;
};

using ProductId = Id<struct ProductTag>;
using CategoryId = Id<struct CategoryTag>;
using LocationId = Id<struct LocationTag>;
using UserId = Id<struct UserTag>;
using OrderId = Id<struct OrderTag>;

// A new random id: `prefix_` then 26 Crockford base-32 characters (128 bits from the OS).
[[nodiscard]] QString newId(const QString& prefix);

// True when `text` may be used as an id: 1–64 characters of [A-Za-z0-9_-].
[[nodiscard]] bool isValidId(const QString& text);

} // namespace comptoir
