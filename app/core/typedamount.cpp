#include "app/core/typedamount.h"

#include "comptoir/money.h"

#include <QRegularExpression>

namespace comptoir::app {

qint64 parseTypedAmount(const QString& text, const QString& currency)
{
    QString t = text.trimmed();
    t.remove(QRegularExpression(u"[\\s\u00a0\u202f€$£]"_qs));
    t.replace(u',', u'.');
    static const QRegularExpression amount(u"^(\\d{1,9})(?:\\.(\\d{0,3}))?$"_qs);
    const auto match = amount.match(t);
    if (!match.hasMatch())
        return -1;
    const int digits = minorUnitDigits(currency.isEmpty() ? u"EUR"_qs : currency);
    QString fraction = match.captured(2);
    if (fraction.size() > digits)
        return -1;
    fraction = fraction.leftJustified(digits, u'0');
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    return match.captured(1).toLongLong() * scale + (digits > 0 ? fraction.toLongLong() : 0);
}

} // namespace comptoir::app
