#pragma once
// An amount a person typed at the console ("20", "12,50", "12.50 €") in minor units of
// `currency`; -1 when it is not an amount (letters, a minus sign, too many decimals, too large).
// The till's cash received and the drawer's float, pay-ins, pay-outs and count read the same way.

#include <QString>

namespace comptoir::app {

[[nodiscard]] qint64 parseTypedAmount(const QString& text, const QString& currency);

} // namespace comptoir::app
