#pragma once
// The server's validation failures (problem+json "errors": [{"field","message"}]) in the
// customer's language, by field, for the account page to show beside each field. The server
// speaks English; the shop says the same in the customer's words.

#include <QByteArray>
#include <QVariantMap>

namespace comptoir::app {

// {field: sentence}, the first problem of each field. `country` says which postal code rule applied.
[[nodiscard]] QVariantMap fieldErrorsInWords(const QByteArray& problemBody, const QString& country = {});

} // namespace comptoir::app
