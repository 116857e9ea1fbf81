#include "domain/addressrules.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <array>
#include <utility>
#include <vector>

namespace comptoir::server {

bool isIso3166Alpha2(QStringView code)
{
    if (code.size() != 2 || !code[0].isUpper() || !code[1].isUpper() || code[0].unicode() > 'Z' ||
        code[1].unicode() > 'Z')
        return false;
    // CLDR territories in Qt's list that ISO 3166-1 does not assign as alpha-2 codes: Ascension,
    // Clipperton, Diego Garcia, Ceuta and Melilla, Canary Islands, Tristan da Cunha (ISO's
    // "exceptionally reserved" codes), Kosovo (user-assigned XK), Outlying Oceania, the
    // European Union. tst_addressrules checks the result against Debian's iso-codes list.
    static constexpr std::array<const char16_t*, 9> kNotIso = {u"AC", u"CP", u"DG", u"EA", u"IC",
                                                               u"TA", u"XK", u"QO", u"EU"};
    for (const char16_t* other : kNotIso)
        if (code == QStringView(other))
            return false;
    return QLocale::codeToTerritory(code) != QLocale::AnyTerritory;
}

namespace {

struct PostalFormat {
    QRegularExpression pattern;
    QString example;
};

// Formats of the countries our customers live in, and of their neighbours.
const PostalFormat* knownFormat(const QString& country)
{
    static const auto formats = [] {
        auto make = [](const char* pattern, const char* example) {
            return PostalFormat{QRegularExpression(QString::fromLatin1(pattern)),
                                QString::fromLatin1(example)};
        };
        std::vector<std::pair<QStringList, PostalFormat>> list;
        // France and the overseas departments and collectivities that use its 5-digit codes.
        list.push_back({{u"FR"_qs, u"MC"_qs, u"GP"_qs, u"MQ"_qs, u"GF"_qs, u"RE"_qs, u"YT"_qs, u"PM"_qs,
                         u"BL"_qs, u"MF"_qs, u"NC"_qs, u"PF"_qs, u"WF"_qs},
                        make("^[0-9]{5}$", "75011")});
        list.push_back({{u"DE"_qs, u"ES"_qs, u"IT"_qs, u"FI"_qs, u"HR"_qs, u"EE"_qs, u"LT"_qs},
                        make("^[0-9]{5}$", "10115")});
        list.push_back({{u"BE"_qs, u"CH"_qs, u"LU"_qs, u"AT"_qs, u"DK"_qs, u"NO"_qs, u"HU"_qs, u"SI"_qs,
                         u"LI"_qs, u"BG"_qs, u"CY"_qs},
                        make("^[0-9]{4}$", "1000")});
        list.push_back({{u"NL"_qs}, make("^[0-9]{4} ?[A-Za-z]{2}$", "1012 AB")});
        list.push_back({{u"PT"_qs}, make("^[0-9]{4}-[0-9]{3}$", "1100-148")});
        list.push_back({{u"PL"_qs}, make("^[0-9]{2}-[0-9]{3}$", "00-950")});
        list.push_back({{u"SE"_qs, u"CZ"_qs, u"SK"_qs, u"GR"_qs}, make("^[0-9]{3} ?[0-9]{2}$", "114 55")});
        list.push_back({{u"GB"_qs}, make("^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$", "SW1A 1AA")});
        list.push_back({{u"CA"_qs}, make("^[A-Za-z][0-9][A-Za-z] ?[0-9][A-Za-z][0-9]$", "K1A 0B1")});
        list.push_back({{u"US"_qs}, make("^[0-9]{5}(-[0-9]{4})?$", "10001")});
        return list;
    }();
    for (const auto& [countries, format] : formats)
        if (countries.contains(country))
            return &format;
    return nullptr;
}

} // namespace

QString postalCodeProblem(const QString& country, const QString& postalCode)
{
    if (const PostalFormat* format = knownFormat(country)) {
        if (postalCode.isEmpty())
            return u"A postal code is required for this country (e.g. %1)."_qs.arg(format->example);
        if (!format->pattern.match(postalCode).hasMatch())
            return country == u"FR"
                       ? u"A French postal code is exactly 5 digits, e.g. 75011."_qs
                       : u"This is not a postal code of %1 (e.g. %2)."_qs.arg(country, format->example);
        return {};
    }
    if (postalCode.isEmpty())
        return {};
    static const QRegularExpression generic(u"^[A-Za-z0-9][A-Za-z0-9 -]{0,8}[A-Za-z0-9]$"_qs);
    if (!generic.match(postalCode).hasMatch())
        return u"A postal code is 2 to 10 letters, digits, spaces or hyphens."_qs;
    return {};
}

QString singleLineTextProblem(QStringView text, int maxLength)
{
    int codePoints = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() &&
            QChar::isLowSurrogate(text[i + 1].unicode())) {
            ++i;
        } else if (QChar::isSurrogate(c)) {
            return u"must be valid Unicode text (it has an unpaired surrogate)."_qs;
        } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
            return u"must not contain control characters (line breaks, tabs and the like)."_qs;
        } else if (c == 0x2028 || c == 0x2029) {
            return u"must be one line (it has a line or paragraph separator)."_qs;
        } else if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
            // Right-to-left overrides and isolates: text that displays otherwise than it reads
            // (a known way to disguise what a label or name says).
            return u"must not contain bidirectional override or isolate characters (U+202A–U+202E, "
                   "U+2066–U+2069)."_qs;
        }
        ++codePoints;
    }
    if (codePoints > maxLength)
        return u"must be at most %1 characters."_qs.arg(maxLength);
    return {};
}

} // namespace comptoir::server
