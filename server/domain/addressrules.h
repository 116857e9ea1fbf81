#pragma once
// The rules a postal address's fields follow, apart from any request: which countries exist
// (ISO 3166-1 alpha-2), what a postal code looks like in the countries we know, and which text a
// field refuses (control characters and the bidirectional overrides that make a label read
// differently from what it stores). Text that passes is stored and answered exactly as given.

#include <QString>
#include <QStringView>

namespace comptoir::server {

// Whether `code` (upper case) is an ISO 3166-1 alpha-2 code assigned to a country or territory.
// Qt's locale data knows every one of them (Qt 6.4 has QLocale::codeToTerritory) and a few CLDR
// codes that ISO does not assign, which are left out here.
[[nodiscard]] bool isIso3166Alpha2(QStringView code);

// Why `postalCode` is not a postal code of `country` (an ISO code), or an empty string when it
// is. Countries with a known format are checked against it (French codes are exactly 5 digits);
// others take 2–10 letters, digits, spaces and hyphens, or none (many countries have no codes).
// An empty code is refused wherever the format is known.
[[nodiscard]] QString postalCodeProblem(const QString& country, const QString& postalCode);

// Why `text` may not be stored as a one-line field of at most `maxLength` characters (counted as
// Unicode code points, so an emoji counts once), or an empty string when it may.
[[nodiscard]] QString singleLineTextProblem(QStringView text, int maxLength);

} // namespace comptoir::server
