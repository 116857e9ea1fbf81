#include "domain/ordermails.h"

#include "domain/mailtemplates.h"

namespace comptoir::server {

void OrderMails::statusChanged(const OrderRecord& record)
{
    const Order& o = record.order;
    if (o.customerId.isEmpty())
        return;
    if (o.status != u"paid" && o.status != u"ready_for_pickup" && o.status != u"shipped")
        return;
    const auto customer = m_store.user(o.customerId);
    if (!customer || customer->role != Role::Customer || customer->email.isEmpty())
        return;
    OrderMailFacts facts;
    facts.language = m_store.profile(customer->id).value_or(Profile{}).language;
    facts.customerName = customer->name;
    if (!o.fulfillment.locationId.isEmpty())
        if (const auto place = m_store.location(o.fulfillment.locationId))
            facts.storeName = place->name;
    const QString kind = u"order_"_qs + o.status;
    // The id makes the mail once per order and status: a replayed change queues nothing more.
    m_outbox.enqueue(u"order-%1-%2"_qs.arg(o.id.value, o.status), kind, customer->email,
                     orderMail(o.status, record, facts));
}

} // namespace comptoir::server
