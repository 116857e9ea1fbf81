#include "app/shop/orderstatus.h"

#include "sync/outbox/outbox.h"

#include <QCoreApplication>

namespace comptoir::app {

QString orderStatusText(const QString& status, const QString& fulfillment)
{
    const bool pickup = fulfillment == u"pickup";
    if (status == QLatin1String(sync::kUnsentOrderStatus))
        return QCoreApplication::translate("OrderStatus", "Waiting for the connection to be sent");
    if (status == u"pending_payment")
        return QCoreApplication::translate("OrderStatus", "Awaiting payment");
    if (status == u"paid")
        return pickup ? QCoreApplication::translate("OrderStatus", "Paid, being prepared")
                      : QCoreApplication::translate("OrderStatus", "Paid, being packed");
    if (status == u"ready_for_pickup")
        return QCoreApplication::translate("OrderStatus", "Ready to collect in store");
    if (status == u"shipped")
        return QCoreApplication::translate("OrderStatus", "Shipped, on its way");
    if (status == u"completed")
        return pickup ? QCoreApplication::translate("OrderStatus", "Collected")
                      : QCoreApplication::translate("OrderStatus", "Completed");
    if (status == u"cancelled")
        return QCoreApplication::translate("OrderStatus", "Cancelled");
    return QCoreApplication::translate("OrderStatus", "Being processed");
}

} // namespace comptoir::app
