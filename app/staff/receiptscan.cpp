#include "app/staff/receiptscan.h"

#include "app/core/applog.h"
#include "app/session/session.h"

namespace comptoir::app {

namespace {

// What the kiosk's and the till's receipts encode in their QR code (Checkout::qrPayload).
constexpr auto kReceiptPrefix = "comptoir:order:";

} // namespace

bool isReceiptCode(const QString& scannedOrTyped)
{
    const QString text = scannedOrTyped.trimmed();
    return text.startsWith(QLatin1String(kReceiptPrefix)) || text.startsWith(u"ord_");
}

QString orderIdFromReceipt(const QString& scannedOrTyped, Session* session)
{
    const QString text = scannedOrTyped.trimmed();
    if (text.startsWith(QLatin1String(kReceiptPrefix)))
        return text.mid(int(qstrlen(kReceiptPrefix))).trimmed();
    if (text.startsWith(u"ord_"))
        return text;
    OrderReader* reader = session ? session->orders() : nullptr;
    if (!reader || text.isEmpty())
        return {};
    try {
        return reader->idByNumber(text, session->storeId()).value_or(QString());
    } catch (const sqlite::Error& e) {
        qCWarning(lcApp) << "order number" << text << e.what();
    }
    return {};
}

} // namespace comptoir::app
