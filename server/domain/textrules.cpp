#include "domain/textrules.h"

#include <QList>

namespace comptoir::server {

std::optional<QString> textProblem(const QString& text, int maxLength)
{
    // Counted in characters as a person sees them would be kinder, but code points bound storage.
    const QList<uint> codePoints = text.toUcs4();
    if (codePoints.size() > maxLength)
        return u"must be at most %1 characters"_qs.arg(maxLength);
    for (const uint c : codePoints) {
        if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x2028 || c == 0x2029)
            return u"must not contain control characters or line breaks"_qs;
        if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
            return u"must not contain bidirectional override characters"_qs;
        if (c == 0xfeff || (c >= 0xfff9 && c <= 0xfffb))
            return u"must not contain invisible formatting characters"_qs;
    }
    return std::nullopt;
}

} // namespace comptoir::server
