#pragma once
// What a till's receipt says, taken from the cart at the moment of the sale (the cart empties
// right after): the store, the order, each line, the totals and the VAT they include by rate,
// how it was paid and the change given. Amounts in minor units; formatted by whoever shows it.

#include "app/cart/staffdiscounts.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace comptoir::app {

struct ReceiptLine {
    QString name;
    QString details; // the variant: "Bleu marine · M"
    qint64 quantity = 0;
    qint64 unitPrice = 0;
    qint64 lineTotal = 0;             // unit price × quantity, before any discount
    std::optional<Discount> discount; // the line's own staff discount
    qint64 discountAmount = 0;        // what it takes off the line
};

// The VAT of one rate, as a French receipt shows it: net, tax, gross.
struct ReceiptVat {
    int rateBp = 0;
    qint64 net = 0;
    qint64 tax = 0;
    qint64 gross = 0;
};

struct ReceiptPayment {
    QString method; // cash, terminal
    qint64 amount = 0;
};

struct Receipt {
    QString storeName;
    QString orderId;
    QString reference; // the server's number once known, else the end of the id
    QString cashier;
    QDateTime at;
    QString currency;
    QList<ReceiptLine> lines;
    qint64 subtotal = 0;                      // after the lines' own discounts
    std::optional<SaleDiscount> saleDiscount; // the staff's discount on the whole sale
    qint64 saleDiscountAmount = 0;
    qint64 discount = 0; // the promotion's
    QString promoCode;
    qint64 total = 0;
    qint64 tax = 0;
    QList<ReceiptVat> vat;
    QList<ReceiptPayment> payments;
    qint64 tendered = 0; // cash handed over (0 without cash)
    qint64 change = 0;
    bool offline = false; // made while the link was down: the order number follows
    // A training sale (a new cashier practising): printed "TRAINING", never sent to the server, so
    // it never reaches the fiscal journal, the stock or the reports.
    bool training = false;
    // A reprint: its number from the server, which journals every reprint ("DUPLICATA n°N").
    int duplicate = 0;

    [[nodiscard]] bool isEmpty() const { return orderId.isEmpty(); }
    [[nodiscard]] QString qrPayload() const
    {
        return orderId.isEmpty() || training ? QString() : u"comptoir:order:"_qs + orderId;
    }
};

} // namespace comptoir::app
