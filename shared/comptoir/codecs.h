#pragma once
// JSON codecs for every domain type, in the exact wire shape of API.md.
// Decoders validate and throw ValidationError listing every bad field.

#include "comptoir/domain.h"
#include "comptoir/jsonreader.h"

#include <QJsonObject>
#include <string>

namespace comptoir {

[[nodiscard]] QJsonObject toJson(const Money& money);
[[nodiscard]] QJsonObject toJson(const Category& category);
[[nodiscard]] QJsonObject toJson(const Variant& variant);
[[nodiscard]] QJsonObject toJson(const Product& product);
[[nodiscard]] QJsonObject toJson(const Location& location);
[[nodiscard]] QJsonObject toJson(const StockLevel& level);
// The same as QJsonDocument(toJson(level)).toJson(Compact), without the tree.
[[nodiscard]] std::string stockLevelJsonBytes(const StockLevel& level);
[[nodiscard]] QJsonObject toJson(const Movement& movement);
[[nodiscard]] QJsonObject toJson(const User& user);
[[nodiscard]] QJsonObject toJson(const Change& change);
[[nodiscard]] QJsonObject toJson(const Totals& totals);
[[nodiscard]] QJsonObject toJson(const OrderLine& line);
[[nodiscard]] QJsonObject toJson(const Order& order);
// The same as QJsonDocument(toJson(order)).toJson(Compact), without the tree (the server's writer
// encodes every order it saves).
[[nodiscard]] std::string orderJsonBytes(const Order& order);
[[nodiscard]] QJsonObject toJson(const Payment& payment);
[[nodiscard]] QJsonObject toJson(const Promotion& promotion);
// The session alone; the report that GET /cash-sessions/{id} adds is the server's to compute.
[[nodiscard]] QJsonObject toJson(const CashSession& session);
[[nodiscard]] QJsonObject toJson(const CashMovement& movement);

[[nodiscard]] Money moneyFromJson(const QJsonObject& json);
[[nodiscard]] Category categoryFromJson(const QJsonObject& json);
[[nodiscard]] Product productFromJson(const QJsonObject& json);
[[nodiscard]] Location locationFromJson(const QJsonObject& json);
[[nodiscard]] StockLevel stockLevelFromJson(const QJsonObject& json);
[[nodiscard]] Movement movementFromJson(const QJsonObject& json);
[[nodiscard]] User userFromJson(const QJsonObject& json);
[[nodiscard]] Change changeFromJson(const QJsonObject& json);
[[nodiscard]] Order orderFromJson(const QJsonObject& json);
[[nodiscard]] Payment paymentFromJson(const QJsonObject& json);
[[nodiscard]] Promotion promotionFromJson(const QJsonObject& json);

// Reads one variant within a larger document, recording errors into `reader`'s list.
[[nodiscard]] Variant readVariant(JsonReader& reader);

} // namespace comptoir
