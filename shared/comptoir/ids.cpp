#include "comptoir/ids.h"

#include "comptoir/int128.h"

#include <QRandomGenerator>

namespace comptoir {

QString newId(const QString& prefix)
{
    static constexpr char alphabet[] = "0123456789abcdefghjkmnpqrstvwxyz";
    quint32 words[4];
    QRandomGenerator::system()->generate(std::begin(words), std::end(words));
    UInt128 bits = 0;
    for (quint32 w : words)
        bits = (bits << 32) | w;
    QString id = prefix + u'_';
    id.reserve(prefix.size() + 27);
    for (int i = 0; i < 26; ++i) {
        id += QLatin1Char(alphabet[bits & 31]);
        bits >>= 5;
    }
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
