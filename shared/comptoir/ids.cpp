#include "comptoir/ids.h"

#include "comptoir/int128.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace comptoir {

QString newId(const QString& prefix)
{
    static constexpr char alphabet[] = "0123456789abcdefghjkmnpqrstvwxyz";
    // 48 bits of milliseconds, most significant first, then 80 random bits (ULID's layout): ids
    // made later sort later, so new rows go to the end of every index keyed by id instead of
    // to a random page each (fewer pages written per commit).
    const auto millis = quint64(QDateTime::currentMSecsSinceEpoch());
    quint32 words[3];
    QRandomGenerator::system()->generate(std::begin(words), std::end(words));
    UInt128 bits = UInt128(millis & 0xffffffffffffULL) << 80;
    bits |= UInt128(words[0] & 0xffffu) << 64 | UInt128(words[1]) << 32 | words[2];
    QString id = prefix + u'_';
    id.reserve(prefix.size() + 27);
    for (int i = 25; i >= 0; --i)
        id += QLatin1Char(alphabet[(bits >> (5 * i)) & 31]);
    return id;
}

bool isValidId(const QString& text)
{
    if (text.isEmpty() || text.size() > 64)
        return false;
    for (QChar c : text) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
                        c == u'_' || c == u'-';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace comptoir
