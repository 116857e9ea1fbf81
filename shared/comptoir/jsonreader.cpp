#include "comptoir/jsonreader.h"

#include <cmath>

namespace comptoir {

JsonReader::JsonReader(QJsonObject object)
    : m_object(std::move(object)), m_errors(std::make_shared<QList<FieldError>>())
{
}

JsonReader::JsonReader(QJsonObject object, QString prefix, std::shared_ptr<QList<FieldError>> errors)
    : m_object(std::move(object)), m_prefix(std::move(prefix)), m_errors(std::move(errors))
{
}

QString JsonReader::path(const QString& key) const
{
    if (m_prefix.isEmpty())
        return key;
    if (key.startsWith(u'['))
        return m_prefix + key;
    return m_prefix + u'.' + key;
}

void JsonReader::fail(const QString& key, const QString& message)
{
    m_errors->append({path(key), message});
}

void JsonReader::throwIfErrors() const
{
    if (!m_errors->isEmpty())
        throw ValidationError(*m_errors);
}

bool JsonReader::has(const QString& key) const
{
    const auto it = m_object.constFind(key);
    return it != m_object.constEnd() && !it->isNull() && !it->isUndefined();
}

std::optional<QJsonValue> JsonReader::present(const QString& key) const
{
    if (!has(key))
        return std::nullopt;
    return m_object.value(key);
}

JsonReader JsonReader::nested(const QJsonObject& child, const QString& pathSegment)
{
    return JsonReader(child, path(pathSegment), m_errors);
}

std::optional<QString> JsonReader::optionalString(const QString& key, int maxLength)
{
    const auto v = present(key);
    if (!v)
        return std::nullopt;
    if (!v->isString()) {
        fail(key, u"must be a string"_qs);
        return std::nullopt;
    }
    QString s = v->toString();
    // JSON lets `\ud800` stand alone; such text is no Unicode, and clients reading the feed
    // with strict parsers (the sync library's simdjson) could not read the entity at all.
    if (!QStringView(s).isValidUtf16()) {
        fail(key, u"must be Unicode text (a lone surrogate escape is not)"_qs);
        return std::nullopt;
    }
    if (s.size() > maxLength) {
        fail(key, u"must be at most %1 characters"_qs.arg(maxLength));
        return std::nullopt;
    }
    return s;
}

QString JsonReader::string(const QString& key, int maxLength, int minLength)
{
    if (!has(key)) {
        fail(key, u"is required"_qs);
        return {};
    }
    const auto s = optionalString(key, maxLength);
    if (!s)
        return {};
    if (s->trimmed().size() < minLength) {
        fail(key,
             minLength == 1 ? u"must not be empty"_qs : u"must be at least %1 characters"_qs.arg(minLength));
        return {};
    }
    return *s;
}

std::optional<qint64> JsonReader::optionalInteger(const QString& key, qint64 min, qint64 max)
{
    const auto v = present(key);
    if (!v)
        return std::nullopt;
    const double d = v->toDouble(std::nan(""));
    // JSON numbers arrive as doubles: accept only exact integers within ±2^53 and the range.
    if (!v->isDouble() || std::isnan(d) || d != std::floor(d) || std::fabs(d) > 9007199254740992.0) {
        fail(key, u"must be an integer"_qs);
        return std::nullopt;
    }
    // An integer parsed from JSON text is held exactly; 2^53 + 1 would read as 2^53 through a double.
    const qint64 n = v->toInteger(qint64(d));
    if (n < -(qint64(1) << 53) || n > (qint64(1) << 53)) {
        fail(key, u"must be an integer"_qs);
        return std::nullopt;
    }
    if (n < min || n > max) {
        fail(key, u"must be between %1 and %2"_qs.arg(min).arg(max));
        return std::nullopt;
    }
    return n;
}

qint64 JsonReader::integer(const QString& key, qint64 min, qint64 max)
{
    if (!has(key)) {
        fail(key, u"is required"_qs);
        return 0;
    }
    return optionalInteger(key, min, max).value_or(0);
}

std::optional<Money> JsonReader::optionalMoney(const QString& key)
{
    const auto v = present(key);
    if (!v)
        return std::nullopt;
    if (!v->isObject()) {
        fail(key, u"must be an object {\"amount\", \"currency\"}"_qs);
        return std::nullopt;
    }
    JsonReader inner = nested(v->toObject(), key);
    const qint64 amount = inner.integer(u"amount"_qs, -(qint64(1) << 53), qint64(1) << 53);
    const QString currency = inner.string(u"currency"_qs, 3);
    if (!currency.isEmpty() && !isCurrencyCode(currency)) {
        inner.fail(u"currency"_qs, u"must be an ISO 4217 code such as EUR"_qs);
        return std::nullopt;
    }
    if (currency.isEmpty())
        return std::nullopt;
    return Money{amount, currency};
}

Money JsonReader::money(const QString& key)
{
    if (!has(key)) {
        fail(key, u"is required"_qs);
        return {};
    }
    return optionalMoney(key).value_or(Money{});
}

std::optional<bool> JsonReader::optionalBool(const QString& key)
{
    const auto v = present(key);
    if (!v)
        return std::nullopt;
    if (!v->isBool()) {
        fail(key, u"must be true or false"_qs);
        return std::nullopt;
    }
    return v->toBool();
}

QJsonArray JsonReader::array(const QString& key, int maxItems)
{
    const auto v = present(key);
    if (!v) {
        fail(key, u"is required"_qs);
        return {};
    }
    if (!v->isArray()) {
        fail(key, u"must be an array"_qs);
        return {};
    }
    QJsonArray a = v->toArray();
    if (a.size() > maxItems) {
        fail(key, u"must have at most %1 items"_qs.arg(maxItems));
        return {};
    }
    return a;
}

std::optional<QJsonObject> JsonReader::optionalObject(const QString& key)
{
    const auto v = present(key);
    if (!v)
        return std::nullopt;
    if (!v->isObject()) {
        fail(key, u"must be an object"_qs);
        return std::nullopt;
    }
    return v->toObject();
}

} // namespace comptoir
