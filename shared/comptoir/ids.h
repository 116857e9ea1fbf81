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

// A new id: `prefix_` then 26 Crockford base-32 characters: the time in milliseconds (10
// characters, so ids sort by creation time) and 80 random bits from the OS (16 characters).
[[nodiscard]] QString newId(const QString& prefix);

// True when `text` may be used as an id: 1–64 characters of [A-Za-z0-9_-].
[[nodiscard]] bool isValidId(const QString& text);

} // namespace comptoir
