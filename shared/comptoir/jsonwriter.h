#pragma once
// Compact JSON written as bytes, for the documents the server writes on its hottest path (an
// order, once or twice per paid order on the store's one writer thread), where building a
// QJsonObject tree and encoding it was 14 % of that thread. Text comes out as QJsonDocument's
// Compact format writes it (UTF-8, the same escapes), so both encoders can serve one document.

#include <QDateTime>
#include <QString>
#include <string>
#include <string_view>

namespace comptoir {

class JsonWriter {
public:
    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    // An object's next key; keys are written as given (callers keep QJsonObject's sorted order).
    JsonWriter& key(std::string_view name);
    // A key that may need escaping (any text), in the string rules of `string`.
    JsonWriter& textKey(const QString& name);

    JsonWriter& string(const QString& text);
    JsonWriter& stringOrNull(const QString& text); // empty text is null
    JsonWriter& timeOrNull(const QDateTime& time); // RFC 3339 in UTC with milliseconds, or null
    JsonWriter& integer(qint64 value);
    JsonWriter& boolean(bool value);
    JsonWriter& null();

    [[nodiscard]] std::string take() { return std::move(m_out); }

private:
    void beforeValue();
    std::string m_out;
};

} // namespace comptoir
