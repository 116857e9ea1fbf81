#include "comptoir/jsonwriter.h"

#include "comptoir/codecs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <charconv>

namespace comptoir {

void JsonWriter::beforeValue()
{
    // A comma between two values of a container; none after an opening or a key.
    if (!m_out.empty()) {
        const char last = m_out.back();
        if (last != '{' && last != '[' && last != ':')
            m_out += ',';
    }
}

JsonWriter& JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    return *this;
}

JsonWriter& JsonWriter::endObject()
{
    m_out += '}';
    return *this;
}

JsonWriter& JsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    return *this;
}

JsonWriter& JsonWriter::endArray()
{
    m_out += ']';
    return *this;
}

JsonWriter& JsonWriter::key(std::string_view name)
{
    beforeValue();
    m_out += '"';
    m_out += name;
    m_out += "\":";
    return *this;
}

JsonWriter& JsonWriter::textKey(const QString& name)
{
    string(name);
    m_out += ':';
    return *this;
}

JsonWriter& JsonWriter::string(const QString& text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    const auto escaped = [this](char16_t unit) {
        m_out += "\\u";
        for (int shift = 12; shift >= 0; shift -= 4)
            m_out += kHex[(unit >> shift) & 0xf];
    };
    beforeValue();
    m_out.reserve(m_out.size() + size_t(text.size()) + 2);
    m_out += '"';
    const auto* p = reinterpret_cast<const char16_t*>(text.constData());
    const char16_t* const end = p + text.size();
    for (; p < end; ++p) {
        const char16_t u = *p;
        if (u < 0x80) {
            switch (u) {
            case u'"':
                m_out += "\\\"";
                break;
            case u'\\':
                m_out += "\\\\";
                break;
            case u'\b':
                m_out += "\\b";
                break;
            case u'\f':
                m_out += "\\f";
                break;
            case u'\n':
                m_out += "\\n";
                break;
            case u'\r':
                m_out += "\\r";
                break;
            case u'\t':
                m_out += "\\t";
                break;
            default:
                if (u < 0x20)
                    escaped(u);
                else
                    m_out += char(u);
            }
        } else if (u < 0x800) {
            m_out += char(0xc0 | (u >> 6));
            m_out += char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && p + 1 < end && QChar::isLowSurrogate(p[1])) {
            const char32_t c = QChar::surrogateToUcs4(u, p[1]);
            ++p;
            m_out += char(0xf0 | (c >> 18));
            m_out += char(0x80 | ((c >> 12) & 0x3f));
            m_out += char(0x80 | ((c >> 6) & 0x3f));
            m_out += char(0x80 | (c & 0x3f));
        } else if (QChar::isSurrogate(u)) {
            escaped(u); // half a pair is no character: written as its code unit, as Qt does
        } else {
            m_out += char(0xe0 | (u >> 12));
            m_out += char(0x80 | ((u >> 6) & 0x3f));
            m_out += char(0x80 | (u & 0x3f));
        }
    }
    m_out += '"';
    return *this;
}

JsonWriter& JsonWriter::stringOrNull(const QString& text)
{
    return text.isEmpty() ? null() : string(text);
}

JsonWriter& JsonWriter::timeOrNull(const QDateTime& time)
{
    return time.isValid() ? string(toRfc3339(time)) : null();
}

JsonWriter& JsonWriter::integer(qint64 value)
{
    constexpr qint64 kExact = qint64(1) << 53;
    if (value > kExact || value < -kExact) {
        // toJson() gives numbers as doubles; beyond 2^53 QJsonDocument writes one in 'g' form.
        beforeValue();
        const QByteArray qt = QJsonDocument(QJsonArray{double(value)}).toJson(QJsonDocument::Compact);
        m_out.append(qt.constData() + 1, size_t(qt.size() - 2));
        return *this;
    }
    beforeValue();
    char digits[24];
    const auto [end, error] = std::to_chars(digits, digits + sizeof digits, value);
    m_out.append(digits, end);
    return *this;
}

JsonWriter& JsonWriter::boolean(bool value)
{
    beforeValue();
    m_out += value ? "true" : "false";
    return *this;
}

JsonWriter& JsonWriter::null()
{
    beforeValue();
    m_out += "null";
    return *this;
}

} // namespace comptoir
