#pragma once
// JSON in the one spelling two parties can hash alike: the JSON Canonicalization Scheme (RFC
// 8785) for the documents Comptoir signs (the fiscal journal's entries, API.md). Object keys
// sorted by UTF-16 code units, no whitespace, strings escaped as ECMAScript's JSON.stringify
// does (JsonWriter already writes them so). Numbers are integers only: every amount in a signed
// document is in minor units, and a fraction would need ECMAScript's number formatting.

#include <QJsonValue>
#include <stdexcept>
#include <string>

namespace comptoir {

struct CanonicalJsonError : std::invalid_argument {
    using std::invalid_argument::invalid_argument;
};

// Throws CanonicalJsonError for a number that is not an integer within ±2^53.
[[nodiscard]] std::string canonicalJson(const QJsonValue& value);

} // namespace comptoir
