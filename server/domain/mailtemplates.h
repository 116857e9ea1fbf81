#pragma once
// The words of Comptoir's mails, in French and English (the account's language): a password
// reset, and an order's confirmation (its lines, VAT by rate, total, number and QR code), ready
// for pickup and shipped notices. Each as plain text and HTML; what a person typed (a name, a
// product's name) is escaped in the HTML.

#include "domain/mailmessage.h"
#include "store/orderstore.h"

namespace comptoir::server {

struct OrderMailFacts {
    QString language; // fr or en
    QString customerName;
    QString storeName; // where to pick it up; empty for a delivery
};

[[nodiscard]] MailContent passwordResetMail(const QString& language, const QString& name, const QString& link,
                                            int validMinutes);
// `status`: paid (the confirmation, with the QR code of `comptoir:order:<id>`), ready_for_pickup
// or shipped.
[[nodiscard]] MailContent orderMail(const QString& status, const OrderRecord& record,
                                    const OrderMailFacts& facts);
// "12,50 €" in French, "€12.50" in English.
[[nodiscard]] QString formatMoney(const Money& money, const QString& language);

} // namespace comptoir::server
