#include "app/shop/cardfields.h"

#include <QRegularExpression>

namespace comptoir::app {

namespace {

// The check digit every card number carries (ISO/IEC 7812).
bool luhnValid(const QString& digits)
{
    int sum = 0;
    bool doubled = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (doubled) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

} // namespace

QString CardFields::digits(const QString& typed)
{
    QString out;
    for (const QChar c : typed) {
        if (c.isDigit() && c.unicode() < 128)
            out.append(c);
        else if (c != u' ' && c != u'-')
            return {};
    }
    return out;
}

QString CardFields::numberProblem(const QString& typed)
{
    const QString d = digits(typed);
    if (typed.trimmed().isEmpty())
        return tr("Type the number on the front of your card.");
    if (d.isEmpty())
        return tr("A card number has only digits.");
    if (d.size() < 12 || d.size() > 19)
        return tr("A card number has 12 to 19 digits; check it on your card.");
    if (!luhnValid(d))
        return tr("This card number is not right: a digit may be wrong or missing.");
    return {};
}

std::optional<CardExpiry> CardFields::expiry(const QString& typed)
{
    static const QRegularExpression format(u"^\\s*(\\d{1,2})\\s*/\\s*(\\d{2}|\\d{4})\\s*$"_qs);
    const auto match = format.match(typed);
    if (!match.hasMatch())
        return std::nullopt;
    const int month = match.captured(1).toInt();
    int year = match.captured(2).toInt();
    if (month < 1 || month > 12)
        return std::nullopt;
    if (year < 100)
        year += 2000;
    return CardExpiry{month, year};
}

QString CardFields::expiryProblem(const QString& typed, const QDate& today)
{
    if (typed.trimmed().isEmpty())
        return tr("Type the expiry date printed on your card, as MM/YY.");
    const auto e = expiry(typed);
    if (!e)
        return tr("Write the expiry date as month/year, for example 08/29.");
    if (e->year < today.year() || (e->year == today.year() && e->month < today.month()))
        return tr("This date is past: the card has expired. Use another card.");
    return {};
}

QString CardFields::cvcProblem(const QString& typed)
{
    static const QRegularExpression cvc(u"^\\d{3,4}$"_qs);
    if (!cvc.match(typed.trimmed()).hasMatch())
        return tr("Type the 3 digits on the back of your card (4 on the front for some cards).");
    return {};
}

} // namespace comptoir::app
