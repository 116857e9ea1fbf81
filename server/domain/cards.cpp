#include "domain/cards.h"

namespace comptoir::server {

bool passesLuhn(const QString& digits)
{
    if (digits.size() < 12 || digits.size() > 19)
        return false;
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const QChar c = digits[i];
        if (c < u'0' || c > u'9')
            return false;
        int d = c.unicode() - u'0';
        if (doubleIt && (d *= 2) > 9)
            d -= 9;
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

QString cardBrand(const QString& digits)
{
    if (digits.startsWith(u'4'))
        return u"visa"_qs;
    const int two = digits.left(2).toInt();
    const int four = digits.left(4).toInt();
    if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720))
        return u"mastercard"_qs;
    if (two == 34 || two == 37)
        return u"amex"_qs;
    return u"card"_qs;
}

QString testCardBehaviour(const QString& digits)
{
    if (digits == u"4000000000000002")
        return u"card_declined"_qs;
    if (digits == u"4000000000009995")
        return u"insufficient_funds"_qs;
    if (digits == u"4000000000000069")
        return u"expired_card"_qs;
    if (digits == u"4000000000005126")
        return u"refund_fails"_qs;
    if (digits == u"4000000000005134")
        return u"refund_times_out"_qs;
    return u"approve"_qs;
}

QString refundBehaviour(const QString& behaviour)
{
    return behaviour == u"refund_fails" || behaviour == u"refund_times_out" ? behaviour : QString();
}

QString chargeDeclineCode(const QString& behaviour)
{
    return behaviour == u"approve" || !refundBehaviour(behaviour).isEmpty() ? QString() : behaviour;
}

} // namespace comptoir::server
