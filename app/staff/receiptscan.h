#pragma once
// What a customer brings to the counter names one order: the QR code of a receipt (the kiosk's,
// the till's or the web shop's: "comptoir:order:<id>", any store's), its id, or its number typed
// ("PAR-000123", or the digits alone, for this store's sales, found in the cache). The queue's
// hand-over and the returns desk read it the same way.

#include <QString>

namespace comptoir::app {

class Session;

// The order id that `scannedOrTyped` names: from a receipt's code as it is, from a number among
// `session`'s store's orders in the cache. Empty when a number names none of them.
[[nodiscard]] QString orderIdFromReceipt(const QString& scannedOrTyped, Session* session);
// True when `scannedOrTyped` is a receipt's code or an order id, not a number.
[[nodiscard]] bool isReceiptCode(const QString& scannedOrTyped);

} // namespace comptoir::app
