#pragma once
// Reads a JSON object field by field, collecting every problem with its path instead of
// stopping at the first, so one answer tells a client all that is wrong with its request.

#include "comptoir/money.h"
#include "comptoir/validation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <memory>
#include <optional>

namespace comptoir {

class JsonReader {
public:
    explicit JsonReader(QJsonObject object);

    [[nodiscard]] bool has(const QString& key) const;
    [[nodiscard]] const QJsonObject& object() const { return m_object; }

    // Required fields record "is required" when absent or null and return an empty value.
    [[nodiscard]] QString string(const QString& key, int maxLength = 1000, int minLength = 1);
    [[nodiscard]] std::optional<QString> optionalString(const QString& key, int maxLength = 1000);
    [[nodiscard]] qint64 integer(const QString& key, qint64 min, qint64 max);
    [[nodiscard]] std::optional<qint64> optionalInteger(const QString& key, qint64 min, qint64 max);
    [[nodiscard]] Money money(const QString& key);
    [[nodiscard]] std::optional<Money> optionalMoney(const QString& key);
    [[nodiscard]] std::optional<bool> optionalBool(const QString& key);
    [[nodiscard]] QJsonArray array(const QString& key, int maxItems = 1000);
    [[nodiscard]] std::optional<QJsonObject> optionalObject(const QString& key);

    // A reader for a nested object sharing this one's error list, its paths prefixed.
    [[nodiscard]] JsonReader nested(const QJsonObject& child, const QString& pathSegment);
    [[nodiscard]] QString path(const QString& key) const;

    void fail(const QString& key, const QString& message);
    [[nodiscard]] bool ok() const { return m_errors->isEmpty(); }
    // Throws ValidationError when anything was recorded.
    void throwIfErrors() const;

private:
    JsonReader(QJsonObject object, QString prefix, std::shared_ptr<QList<FieldError>> errors);
    [[nodiscard]] std::optional<QJsonValue> present(const QString& key) const;

    QJsonObject m_object;
    QString m_prefix;
    std::shared_ptr<QList<FieldError>> m_errors;
};

} // namespace comptoir
