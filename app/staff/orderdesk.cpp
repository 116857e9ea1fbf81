#include "app/staff/orderdesk.h"

#include "app/core/applog.h"
#include "app/staff/consolerefusal.h"
#include "app/staff/receiptscan.h"
#include "comptoir/ids.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace comptoir::app {

OrderDesk::OrderDesk(QObject* parent) : QObject(parent)
{
    connect(&m_call, &ConsoleCall::busyChanged, this, &OrderDesk::busyChanged);
    connect(&m_call, &ConsoleCall::messageChanged, this, &OrderDesk::messageChanged);
}

void OrderDesk::setSession(Session* session)
{
    if (session == m_session)
        return;
    m_session = session;
    emit sessionChanged();
}

QString OrderDesk::numberOf(const QString& orderId) const
{
    OrderReader* reader = m_session ? m_session->orders() : nullptr;
    try {
        if (const auto order = reader ? reader->order(orderId) : std::nullopt;
            order && !order->number.isEmpty())
            return order->number;
    } catch (const sqlite::Error& e) {
        qCWarning(lcApp) << "order" << orderId << e.what();
    }
    return orderId.right(6).toUpper();
}

QString OrderDesk::resolve(const QString& scannedOrTyped) const
{
    return orderIdFromReceipt(scannedOrTyped, m_session);
}

void OrderDesk::markReady(const QString& orderId)
{
    const QString number = numberOf(orderId);
    send({orderId, number, u"/orders/%1/status"_qs.arg(orderId),
          QJsonDocument(QJsonObject{{u"status"_qs, u"ready_for_pickup"_qs}}).toJson(QJsonDocument::Compact),
          tr("Order %1 is ready: the customer is told they can collect it.").arg(number),
          tr("Order %1 is no longer waiting to be prepared: someone may have done it already.").arg(number)});
}

void OrderDesk::handOver(const QString& scannedOrTyped)
{
    const QString typed = scannedOrTyped.trimmed();
    if (typed.isEmpty())
        return say(tr("Scan the QR code of the customer's receipt, or type the order's number."), true);
    const QString orderId = resolve(typed);
    if (orderId.isEmpty())
        return say(
            tr("No order of this store has the number %1. Check the number on the receipt.").arg(typed),
            true);
    // What the cache knows says why before asking the server, which decides anyway.
    if (OrderReader* reader = m_session ? m_session->orders() : nullptr) {
        try {
            if (const auto order = reader->order(orderId)) {
                const QString number = order->number.isEmpty() ? numberOf(orderId) : order->number;
                if (order->status == u"paid" && order->fulfillment == u"pickup")
                    return say(
                        tr("Order %1 is not ready yet: prepare it and mark it ready first.").arg(number),
                        true);
                if (order->status == u"completed")
                    return say(tr("Order %1 was already collected.").arg(number), true);
                if (order->status == u"cancelled")
                    return say(tr("Order %1 was cancelled: do not hand it over.").arg(number), true);
                if (order->status == u"pending_payment")
                    return say(tr("Order %1 is not paid: it cannot be handed over.").arg(number), true);
            }
        } catch (const sqlite::Error& e) {
            qCWarning(lcApp) << "order" << orderId << e.what();
        }
    }
    const QString number = numberOf(orderId);
    Action action{orderId,
                  number,
                  u"/orders/%1/status"_qs.arg(orderId),
                  QJsonDocument(QJsonObject{{u"status"_qs, u"completed"_qs}}).toJson(QJsonDocument::Compact),
                  tr("Order %1 handed over. Thank the customer!").arg(number),
                  tr("Order %1 cannot be handed over in its present state.").arg(number)};
    send(std::move(action));
}

void OrderDesk::cancel(const QString& orderId, const QString& reason)
{
    if (reason.trimmed().isEmpty())
        return say(tr("Say why the order is cancelled."), true);
    const QString number = numberOf(orderId);
    // The contract's cancel takes no body; the reason goes along for the server's log and audit.
    send(
        {orderId, number, u"/orders/%1/cancel"_qs.arg(orderId),
         QJsonDocument(QJsonObject{{u"reason"_qs, reason.trimmed()}}).toJson(QJsonDocument::Compact),
         tr("Order %1 is cancelled: its items go back on the shelf and its payment is refunded.").arg(number),
         tr("Order %1 can no longer be cancelled: it was collected or cancelled already.").arg(number)});
}

void OrderDesk::send(Action action)
{
    if (busy() || !m_session || !m_session->sync())
        return;
    if (m_session->isOffline())
        return say(ConsoleRefusal::offline(), true);
    say({}, false);
    // One key per action: the call's own retries of a lost answer change nothing twice.
    m_call.send(
        *m_session->sync(), {u"POST"_qs, action.path, action.body, newId(u"act"_qs), 15000},
        [this, action](const sync::HttpAnswer& answer) {
            if (answer.ok()) {
                qCInfo(lcApp) << "order" << action.orderId << action.path << "done";
                say(action.success, false);
                m_session->syncNow(); // the feed brings the new state; a pull if the socket is down
                emit done(action.orderId);
                return;
            }
            qCInfo(lcApp) << "order" << action.orderId << action.path << "refused:" << answer.describe();
            const QString elsewhere =
                tr("Order %1 is not one of this store's orders: it cannot be changed here.")
                    .arg(action.number);
            if (answer.status == 502)
                return say(
                    tr("The payment processor did not refund order %1, so it is not cancelled. Try again "
                       "in a moment.")
                        .arg(action.number),
                    true);
            // Staff may change only their store's orders: another's is hidden (404) or forbidden (403).
            if (answer.status == 403 || answer.status == 404)
                return say(elsewhere, true);
            say(ConsoleRefusal::say(answer, {elsewhere, action.conflict, {}}), true);
        });
}

void OrderDesk::clearMessage()
{
    say({}, false);
}

} // namespace comptoir::app
