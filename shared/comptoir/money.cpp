#include "comptoir/money.h"

#include <QStringList>

namespace comptoir {

qint64 checkedAdd(qint64 a, qint64 b)
{
    qint64 r = 0;
    if (__builtin_add_overflow(a, b, &r))
        throw MoneyError("money amount overflow");
    return r;
}

qint64 checkedMul(qint64 a, qint64 b)
{
    qint64 r = 0;
    if (__builtin_mul_overflow(a, b, &r))
        throw MoneyError("money amount overflow");
    return r;
}

static void requireSameCurrency(const Money& a, const Money& b)
{
    if (a.currency != b.currency)
        throw MoneyError("currency mismatch: " + a.currency.toStdString() + " vs " +
                         b.currency.toStdString());
}

Money Money::plus(const Money& other) const
{
    requireSameCurrency(*this, other);
    return Money{checkedAdd(amount, other.amount), currency};
}

Money Money::minus(const Money& other) const
{
    requireSameCurrency(*this, other);
    qint64 r = 0;
    if (__builtin_sub_overflow(amount, other.amount, &r))
        throw MoneyError("money amount overflow");
    return Money{r, currency};
}

Money Money::times(qint64 quantity) const
{
    return Money{checkedMul(amount, quantity), currency};
}

int minorUnitDigits(const QString& currency)
{
    static const QStringList zero = {u"JPY"_qs, u"KRW"_qs, u"CLP"_qs, u"ISK"_qs,
                                     u"VND"_qs, u"XOF"_qs, u"XAF"_qs};
    static const QStringList three = {u"BHD"_qs, u"KWD"_qs, u"OMR"_qs, u"JOD"_qs,
                                      u"TND"_qs, u"IQD"_qs, u"LYD"_qs};
    if (zero.contains(currency))
        return 0;
    if (three.contains(currency))
        return 3;
    return 2;
}

bool isCurrencyCode(const QString& code)
{
    if (code.size() != 3)
        return false;
    for (QChar c : code)
        if (c < u'A' || c > u'Z')
            return false;
    return true;
}

static QString currencySymbol(const QString& currency)
{
    if (currency == u"EUR")
        return u"€"_qs;
    if (currency == u"USD")
        return u"$"_qs;
    if (currency == u"GBP")
        return u"£"_qs;
    return currency;
}

QString Money::format(MoneyLocale locale) const
{
    const int digits = minorUnitDigits(currency);
    // Work on the magnitude as unsigned so that INT64_MIN formats too.
    const bool negative = amount < 0;
    quint64 magnitude = negative ? quint64(0) - quint64(amount) : quint64(amount);
    quint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const quint64 units = magnitude / scale;
    const quint64 fraction = magnitude % scale;

    const QChar groupSep = locale == MoneyLocale::French ? QChar(0x202F) : QChar(u',');
    const QChar decimalSep = locale == MoneyLocale::French ? QChar(u',') : QChar(u'.');
    QString whole = QString::number(units);
    for (int pos = whole.size() - 3; pos > 0; pos -= 3)
        whole.insert(pos, groupSep);
    QString number = whole;
    if (digits > 0)
        number += decimalSep + QString::number(fraction).rightJustified(digits, u'0');

    const QString symbol = currencySymbol(currency);
    const QString sign = negative ? u"-"_qs : QString();
    if (locale == MoneyLocale::French)
        return sign + number + QChar(0x00A0) + symbol;
    if (symbol.size() == 3)
        return sign + symbol + u' ' + number;
    return sign + symbol + number;
}

} // namespace comptoir
