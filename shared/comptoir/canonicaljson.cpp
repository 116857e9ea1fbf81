#include "comptoir/canonicaljson.h"

#include "comptoir/jsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <algorithm>
#include <cmath>

namespace comptoir {

namespace {

void write(JsonWriter& out, const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.null();
        return;
    case QJsonValue::Bool:
        out.boolean(value.toBool());
        return;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        constexpr double kExact = 9007199254740992.0; // 2^53: beyond, a double skips integers
        if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > kExact)
            throw CanonicalJsonError("a signed document holds integers only");
        out.integer(qint64(d));
        return;
    }
    case QJsonValue::String:
        out.string(value.toString());
        return;
    case QJsonValue::Array:
        out.beginArray();
        for (const QJsonValue& item : value.toArray())
            write(out, item);
        out.endArray();
        return;
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QStringList keys = object.keys();
        // QString's order is UTF-16 code units', the order RFC 8785 names.
        std::sort(keys.begin(), keys.end());
        out.beginObject();
        for (const QString& key : keys) {
            out.textKey(key);
            write(out, object.value(key));
        }
        out.endObject();
        return;
    }
    }
}

} // namespace

std::string canonicalJson(const QJsonValue& value)
{
    JsonWriter out;
    write(out, value);
    return out.take();
}

} // namespace comptoir
