#include "app/backoffice/ean13.h"

namespace comptoir::app {

int Ean13::checkDigit(const QString& first12)
{
    if (first12.size() != 12)
        return -1;
    int sum = 0;
    for (int i = 0; i < 12; ++i) {
        const QChar c = first12.at(i);
        if (c < u'0' || c > u'9')
            return -1;
        sum += (c.unicode() - u'0') * (i % 2 == 0 ? 1 : 3);
    }
    return (10 - sum % 10) % 10;
}

bool Ean13::isValid(const QString& code)
{
    if (code.size() != 13)
        return false;
    const int check = checkDigit(code.left(12));
    return check >= 0 && code.at(12) == QChar(u'0' + check);
}

} // namespace comptoir::app
