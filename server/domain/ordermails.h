#pragma once
// The mails an order's customer receives when it changes: its confirmation once paid, then
// "ready for pickup" or "shipped". Called in the transaction that saves the new status, so the
// mail is queued exactly when the change commits; one mail per order and status, however often
// the change is reported. Only orders with a customer account (not staff, kiosks or anonymous
// counter sales), written in the customer's language.

#include "domain/mailoutbox.h"
#include "store/store.h"

namespace comptoir::server {

class OrderMails {
public:
    OrderMails(Store& store, MailOutbox& outbox) : m_store(store), m_outbox(outbox) {}

    void statusChanged(const OrderRecord& record);

private:
    Store& m_store;
    MailOutbox& m_outbox;
};

} // namespace comptoir::server
