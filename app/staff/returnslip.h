#pragma once
// A return as the server took it (POST /orders/{id}/returns answers it: the lines that came
// back, each line's refund as the server computed it, the refunds by method), with what the
// slip says around it: which sale, bought where, taken back where and by whom. What the returns
// desk shows once the return is made and what its slip prints.

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace comptoir::app {

struct ReturnSlip {
    struct Line {
        QString sku;
        QString name;
        qint64 quantity = 0;
        qint64 refund = 0; // minor units
        qint64 tax = 0;    // the VAT inside `refund`
    };
    struct Refund {
        QString method; // cash, card, terminal
        qint64 amount = 0;
    };

    QString returnId;
    QString orderId;
    QString orderNumber;
    QString currency;
    QString boughtAt; // the store the sale was made at, or the web shop
    QString takenAt;  // the store that took the goods back
    QString takenBy;  // who took them back
    QDateTime at;
    bool restock = false;
    QString reason;
    QList<Line> lines;
    QList<Refund> refunds;
    qint64 refundTotal = 0;

    [[nodiscard]] bool isEmpty() const { return returnId.isEmpty(); }
    [[nodiscard]] qint64 tax() const;
    [[nodiscard]] qint64 units() const;

    // The server's answer to a return; the surroundings are the caller's to fill.
    [[nodiscard]] static ReturnSlip fromAnswer(const QJsonObject& taken);
};

} // namespace comptoir::app
