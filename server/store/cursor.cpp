#include "store/cursor.h"

#include "domain/errors.h"

#include <QJsonDocument>

namespace comptoir::server {

QString encodeCursor(const QJsonArray& parts)
{
    return QString::fromLatin1(QJsonDocument(parts)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QJsonArray decodeCursor(const QString& cursor, const QString& tag, int size)
{
    const auto invalid = [] {
        return Invalid::malformed(u"The cursor is not valid for this query."_qs, u"cursor"_qs);
    };
    if (cursor.size() > 1024)
        throw invalid();
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        throw invalid();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        throw invalid();
    const QJsonArray parts = doc.array();
    if (parts.size() != size || parts[0].toString() != tag)
        throw invalid();
    for (qsizetype i = 1; i < parts.size(); ++i)
        if (!parts[i].isString() && !parts[i].isDouble())
            throw invalid();
    return parts;
}

} // namespace comptoir::server
