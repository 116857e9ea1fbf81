#include "app/staff/stockdesk.h"

#include "app/core/applog.h"
#include "app/staff/consolerefusal.h"
#include "comptoir/ids.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace comptoir::app {

StockDesk::StockDesk(QObject* parent) : QObject(parent)
{
    connect(&m_call, &ConsoleCall::busyChanged, this, &StockDesk::busyChanged);
    connect(&m_call, &ConsoleCall::messageChanged, this, &StockDesk::messageChanged);
}

void StockDesk::setSession(Session* session)
{
    if (session == m_session)
        return;
    m_session = session;
    emit sessionChanged();
}

void StockDesk::writeOff(const QString& sku, int quantity, const QString& reason)
{
    if (quantity <= 0)
        return say(tr("Enter how many items leave the stock."), true);
    if (reason != u"damage" && reason != u"theft")
        return say(tr("Say whether the items were damaged or stolen."), true);
    const QJsonObject body{{u"sku"_qs, sku},
                           {u"location_id"_qs, m_session ? m_session->storeId() : QString()},
                           {u"delta"_qs, -quantity},
                           {u"reason"_qs, reason}};
    send({sku, u"/inventory/adjustments"_qs, QJsonDocument(body).toJson(QJsonDocument::Compact),
          reason == u"damage"
              ? tr("%n damaged item(s) of %1 taken out of the stock.", nullptr, quantity).arg(sku)
              : tr("%n stolen item(s) of %1 taken out of the stock.", nullptr, quantity).arg(sku),
          tr("There are fewer than %n item(s) of %1 on hand: count the shelf instead.", nullptr, quantity)
              .arg(sku)});
}

void StockDesk::transfer(const QString& sku, const QString& toLocationId, int quantity)
{
    if (quantity <= 0)
        return say(tr("Enter how many items to send."), true);
    if (toLocationId.isEmpty() || !m_session || toLocationId == m_session->storeId())
        return say(tr("Choose the store the items go to."), true);
    const QJsonObject body{{u"sku"_qs, sku},
                           {u"from"_qs, m_session->storeId()},
                           {u"to"_qs, toLocationId},
                           {u"quantity"_qs, quantity}};
    const QString where = m_session->locationName(toLocationId);
    send({sku, u"/inventory/transfers"_qs, QJsonDocument(body).toJson(QJsonDocument::Compact),
          tr("%n item(s) of %1 sent to %2.", nullptr, quantity)
              .arg(sku, where.isEmpty() ? toLocationId : where),
          tr("Fewer than %n item(s) of %1 are available to send (some may be reserved for orders).", nullptr,
             quantity)
              .arg(sku)});
}

void StockDesk::send(const Move& move)
{
    if (busy() || !m_session || !m_session->sync())
        return;
    if (m_session->isOffline())
        return say(ConsoleRefusal::offline(), true);
    say({}, false);
    // The same move again after a lost answer: the same key, so the server makes it once.
    const bool retry = move.path == m_unconfirmedPath && move.body == m_unconfirmedBody;
    const QString key = retry ? m_unconfirmedKey : newId(u"mov"_qs);
    m_call.send(*m_session->sync(), {u"POST"_qs, move.path, move.body, key, 20000},
                [this, move, key](const sync::HttpAnswer& answer) {
                    m_unconfirmedPath.clear();
                    m_unconfirmedBody.clear();
                    m_unconfirmedKey.clear();
                    if (answer.ok()) {
                        say(move.success, false);
                        emit done(move.sku);
                        return;
                    }
                    qCInfo(lcApp) << move.path << move.sku << "refused:" << answer.describe();
                    if (answer.status == 0 || answer.isTransient()) {
                        m_unconfirmedPath = move.path;
                        m_unconfirmedBody = move.body;
                        m_unconfirmedKey = key;
                        return say(
                            tr("The server did not confirm it. Send it again: it will not be counted twice."),
                            true);
                    }
                    say(ConsoleRefusal::say(answer, {tr("The server does not know this item or this store."),
                                                     move.conflict, tr("The server refused this quantity.")}),
                        true);
                });
}

void StockDesk::clearMessage()
{
    say({}, false);
}

} // namespace comptoir::app
