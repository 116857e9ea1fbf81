#include "app/staff/returndesk.h"

#include "app/core/applog.h"
#include "app/staff/consolerefusal.h"
#include "app/staff/receiptscan.h"
#include "app/staff/returnslipdocument.h"
#include "app/staff/zreportdocument.h"
#include "app/till/scandetector.h"
#include "comptoir/ids.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace comptoir::app {

namespace {

// The longest reason the server keeps with a return.
constexpr int kReasonMax = 500;

qint64 amountOf(const QJsonValue& money)
{
    return money.toObject().value(u"amount"_qs).toInteger();
}

} // namespace

ReturnDesk::ReturnDesk(Session& session, StaffAccess& staff, CashDrawer& drawer, QString slipsDir,
                       QObject* parent)
    : QObject(parent), m_session(session), m_staff(staff), m_drawer(drawer), m_slipsDir(std::move(slipsDir))
{
    connect(&m_call, &ConsoleCall::busyChanged, this, &ReturnDesk::busyChanged);
    connect(&m_call, &ConsoleCall::messageChanged, this, &ReturnDesk::messageChanged);
    connect(&m_drawer, &CashDrawer::drawerChanged, this, &ReturnDesk::drawerChanged);
    // The next person at the till starts on an empty desk, without the last one's return.
    connect(&m_staff, &StaffAccess::userChanged, this, [this] {
        clear();
        m_slip = {};
        m_slipPdfPath.clear();
        emit resultChanged();
    });
}

QString ReturnDesk::offline()
{
    return tr("Returns need the server, which cannot be reached right now: it decides the refund and the "
              "stock. Try again once the link is back; nothing was changed.");
}

QString ReturnDesk::money(qint64 amount) const
{
    return Money{amount, m_sale.currency.isEmpty() ? m_session.currency() : m_sale.currency}.format(
        m_session.moneyLocale());
}

QString ReturnDesk::boughtAt() const
{
    if (!found())
        return {};
    if (m_sale.storeId.isEmpty())
        return tr("the web shop");
    const QString name = m_session.locationName(m_sale.storeId);
    return name.isEmpty() ? m_sale.storeId : name;
}

QString ReturnDesk::paidText() const
{
    return found() ? money(m_sale.paid) : QString();
}

QString ReturnDesk::refundedText() const
{
    return found() ? money(m_sale.refunded) : QString();
}

QString ReturnDesk::notReturnable() const
{
    if (!found())
        return {};
    const QString& n = m_sale.number;
    const QString& status = m_sale.status;
    // The server's reason is in its words; the console says it in its own, by the order's state.
    if (m_sale.refusedByServer) {
        if (status == u"pending_payment")
            return tr("Sale %1 was never paid: there is nothing to take back or refund.").arg(n);
        if (status == u"cancelled")
            return tr("Sale %1 was cancelled and refunded: nothing of it can come back.").arg(n);
        return tr("The goods of order %1 were not handed over yet: cancel the order from the queue instead.")
            .arg(n);
    }
    const bool anyLeft = std::any_of(m_sale.lines.cbegin(), m_sale.lines.cend(),
                                     [](const Line& l) { return l.returnable > 0; });
    if (!anyLeft)
        return tr("Everything of sale %1 came back already: nothing is left to return.").arg(n);
    return {};
}

QVariantList ReturnDesk::lines() const
{
    QVariantList rows;
    for (const Line& l : m_sale.lines)
        rows.append(QVariantMap{{u"sku"_qs, l.sku},
                                {u"name"_qs, l.name},
                                {u"sold"_qs, l.sold},
                                {u"returned"_qs, l.returned},
                                {u"returnable"_qs, l.returnable},
                                {u"unitRefundText"_qs, money(l.unitRefund)},
                                {u"chosen"_qs, l.chosen}});
    return rows;
}

int ReturnDesk::chosenUnits() const
{
    qint64 units = 0;
    for (const Line& l : m_sale.lines)
        units += l.chosen;
    return int(units);
}

QString ReturnDesk::estimateText() const
{
    // The server's own figures: all that remains of a line gives back its remaining share; a part
    // of it, the next units' share each (a cent may differ, the server's answer says it exactly).
    qint64 sum = 0;
    for (const Line& l : m_sale.lines)
        sum += l.chosen == l.returnable ? (l.chosen > 0 ? l.returnableRefund : 0) : l.chosen * l.unitRefund;
    return chosenUnits() > 0 ? money(sum) : QString();
}

void ReturnDesk::setRestock(bool restock)
{
    if (restock == m_restock)
        return;
    m_restock = restock;
    emit choiceChanged();
}

void ReturnDesk::setRefundMethod(const QString& method)
{
    const QString m = method == u"cash" ? u"cash"_qs : u"original"_qs;
    if (m == m_refundMethod)
        return;
    m_refundMethod = m;
    emit choiceChanged();
}

void ReturnDesk::setReason(const QString& reason)
{
    if (reason == m_reason)
        return;
    m_reason = reason;
    emit choiceChanged();
}

QVariantMap ReturnDesk::result() const
{
    if (m_slip.isEmpty())
        return {};
    QVariantList refunds;
    for (const ReturnSlip::Refund& r : m_slip.refunds)
        refunds.append(QVariantMap{
            {u"method"_qs, ZReportDocument::methodName(r.method)},
            {u"amountText"_qs, Money{r.amount, m_slip.currency}.format(m_session.moneyLocale())}});
    return {
        {u"number"_qs, m_slip.orderNumber},
        {u"refundTotalText"_qs, Money{m_slip.refundTotal, m_slip.currency}.format(m_session.moneyLocale())},
        {u"units"_qs, m_slip.units()},
        {u"restock"_qs, m_slip.restock},
        {u"refunds"_qs, refunds}};
}

void ReturnDesk::setPaperFormat(const QString& format)
{
    const QString f = toString(paperFormatFromString(format));
    if (f == m_paperFormat)
        return;
    m_paperFormat = f;
    emit paperFormatChanged();
}

void ReturnDesk::scan(const QString& code)
{
    const QString text = code.trimmed();
    // An item's barcode: with a sale on the desk, one more of its line comes back.
    if (ScanDetector::isValidEan(text)) {
        QString sku;
        if (CatalogReader* catalog = m_session.catalog()) {
            try {
                sku = catalog->skuForBarcode(text).value_or(QString());
            } catch (const sqlite::Error& e) {
                qCWarning(lcApp) << "barcode" << text << e.what();
            }
        }
        if (!found())
            return say(
                tr("This is an item's barcode. Scan the QR code of the receipt first to find the sale."),
                true);
        const auto line = std::find_if(m_sale.lines.cbegin(), m_sale.lines.cend(),
                                       [&](const Line& l) { return !sku.isEmpty() && l.sku == sku; });
        if (line == m_sale.lines.cend())
            return say(tr("This item is not on sale %1: it cannot come back against this receipt.")
                           .arg(m_sale.number),
                       true);
        return setQuantity(line->sku, int(line->chosen + 1));
    }
    find(text);
}

void ReturnDesk::find(const QString& scannedOrTyped)
{
    if (busy())
        return;
    const QString typed = scannedOrTyped.trimmed();
    if (typed.isEmpty())
        return say(tr("Scan the QR code of the receipt, or type the sale's number."), true);
    if (m_session.isOffline())
        return say(offline(), true);
    const QString orderId = orderIdFromReceipt(typed, &m_session);
    if (orderId.isEmpty())
        return say(tr("No sale of this store has the number %1. Check the number on the receipt; a sale of "
                      "another store or of the web shop is found by scanning its receipt's QR code.")
                       .arg(typed),
                   true);
    load(orderId, typed, false);
}

void ReturnDesk::load(const QString& orderId, const QString& asked, bool keepMessage)
{
    if (!keepMessage)
        say({}, false);
    call(u"GET"_qs, u"/orders/%1/returnable"_qs.arg(orderId), {}, {},
         [this, orderId, asked, keepMessage](const sync::HttpAnswer& answer) {
             if (answer.ok()) {
                 const bool another = orderId != m_sale.orderId;
                 takeSale(QJsonDocument::fromJson(answer.body).object());
                 if (another) {
                     // A new customer's sale: nothing of the last one's choices or result.
                     m_restock = true;
                     m_refundMethod = u"original"_qs;
                     m_reason.clear();
                     emit choiceChanged();
                     m_slip = {};
                     m_slipPdfPath.clear();
                     emit resultChanged();
                 }
                 if (!keepMessage && !notReturnable().isEmpty())
                     say(notReturnable(), true);
                 return;
             }
             qCInfo(lcApp) << "returnable" << orderId << "refused:" << answer.describe();
             if (answer.status == 0)
                 return say(offline(), true);
             say(ConsoleRefusal::say(answer, {isReceiptCode(asked)
                                                  ? tr("No sale has this receipt code. Check that the "
                                                       "receipt is one of ours, or type its number.")
                                                  : tr("The server does not know sale %1.").arg(asked),
                                              {},
                                              {}}),
                 true);
         });
}

void ReturnDesk::takeSale(const QJsonObject& returnable)
{
    Sale sale;
    sale.orderId = returnable.value(u"order_id"_qs).toString();
    sale.number = returnable.value(u"number"_qs).toString();
    sale.storeId = returnable.value(u"store_id"_qs).toString();
    sale.status = returnable.value(u"status"_qs).toString();
    sale.refusedByServer = !returnable.value(u"not_returnable_reason"_qs).toString().isEmpty();
    sale.currency = returnable.value(u"paid_total"_qs).toObject().value(u"currency"_qs).toString();
    sale.paid = amountOf(returnable.value(u"paid_total"_qs));
    sale.refunded = amountOf(returnable.value(u"refunded_total"_qs));
    for (const QJsonValue& v : returnable.value(u"lines"_qs).toArray()) {
        const QJsonObject l = v.toObject();
        sale.lines.append({l.value(u"sku"_qs).toString(), l.value(u"name"_qs).toString(),
                           l.value(u"sold"_qs).toInteger(), l.value(u"returned"_qs).toInteger(),
                           l.value(u"returnable"_qs).toInteger(), amountOf(l.value(u"unit_refund"_qs)),
                           amountOf(l.value(u"returnable_refund"_qs)), 0});
    }
    m_sale = std::move(sale);
    emit saleChanged();
    emit linesChanged();
}

void ReturnDesk::setQuantity(const QString& sku, int quantity)
{
    const auto line =
        std::find_if(m_sale.lines.begin(), m_sale.lines.end(), [&](const Line& l) { return l.sku == sku; });
    if (line == m_sale.lines.end())
        return;
    if (quantity > line->returnable) {
        say(line->returnable == 0 ? tr("Nothing more of “%1” can come back: %2 sold, %3 returned already.")
                                        .arg(line->name)
                                        .arg(line->sold)
                                        .arg(line->returned)
                                  : tr("Only %1 of “%2” can come back: %3 sold, %4 returned already.")
                                        .arg(line->returnable)
                                        .arg(line->name)
                                        .arg(line->sold)
                                        .arg(line->returned),
            true);
        quantity = int(line->returnable);
    } else if (refused()) {
        say({}, false);
    }
    quantity = std::max(quantity, 0);
    if (line->chosen == quantity)
        return;
    line->chosen = quantity;
    emit linesChanged();
}

void ReturnDesk::takeBack()
{
    if (busy())
        return;
    if (!found())
        return say(tr("Find the sale first: scan the QR code of its receipt or type its number."), true);
    if (const QString why = notReturnable(); !why.isEmpty())
        return say(why, true);
    if (chosenUnits() == 0)
        return say(tr("Choose what comes back: set the quantity of each line returned."), true);
    if (m_reason.trimmed().size() > kReasonMax)
        return say(tr("The reason is too long: say it in %1 characters at most.").arg(kReasonMax), true);
    if (m_refundMethod == u"cash" && !m_drawer.hasRegister())
        return say(tr("This console has no cash drawer: refund to the original payment, or take the return "
                      "at a till."),
                   true);
    if (m_refundMethod == u"cash" && !m_drawer.isOpen())
        return say(tr("Open this till's cash drawer first (F4): a cash refund comes out of it."), true);
    if (m_session.isOffline())
        return say(offline(), true);

    QJsonArray lines;
    for (const Line& l : m_sale.lines)
        if (l.chosen > 0)
            lines.append(QJsonObject{{u"sku"_qs, l.sku}, {u"quantity"_qs, l.chosen}});
    // The open drawer goes with every refund: a sale paid in cash gets its cash back from it even
    // when refunded "to the original payment".
    QJsonObject refund{{u"method"_qs, m_refundMethod}};
    if (m_drawer.isOpen())
        refund.insert(u"cash_session_id"_qs, m_drawer.sessionId());
    QJsonObject body{{u"lines"_qs, lines}, {u"restock"_qs, m_restock}, {u"refund"_qs, refund}};
    if (!m_reason.trimmed().isEmpty())
        body.insert(u"reason"_qs, m_reason.trimmed());
    const QString path = u"/orders/%1/returns"_qs.arg(m_sale.orderId);
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    // The same return again after a lost answer: the same key, so the server takes it once.
    const bool retry = path == m_unconfirmedPath && bytes == m_unconfirmedBody;
    const QString key = retry ? m_unconfirmedKey : newId(u"rtn"_qs);
    say({}, false);
    const QString orderId = m_sale.orderId;
    call(u"POST"_qs, path, bytes, key, [this, path, bytes, key, orderId](const sync::HttpAnswer& answer) {
        m_unconfirmedPath.clear();
        m_unconfirmedBody.clear();
        m_unconfirmedKey.clear();
        if (answer.ok())
            return returned(QJsonDocument::fromJson(answer.body).object());
        qCInfo(lcApp) << "return of" << orderId << "refused:" << answer.describe();
        const QString failure =
            QJsonDocument::fromJson(answer.body).object().value(u"failure_code"_qs).toString();
        if (answer.status == 0 || (answer.isTransient() && answer.status != 429) || !failure.isEmpty()) {
            m_unconfirmedPath = path;
            m_unconfirmedBody = bytes;
            m_unconfirmedKey = key;
        }
        refusedReturn(answer, orderId);
    });
}

void ReturnDesk::refusedReturn(const sync::HttpAnswer& answer, const QString& orderId)
{
    const QJsonObject problem = QJsonDocument::fromJson(answer.body).object();
    const QString failure = problem.value(u"failure_code"_qs).toString();
    if (!failure.isEmpty() && failure != u"processor_timeout")
        return say(tr("The card's processor refused the refund: nothing was taken back. Refund in cash from "
                      "the drawer instead, or try again."),
                   true);
    if (answer.status == 0 || !failure.isEmpty() || (answer.isTransient() && answer.status != 429))
        return say(tr("The server did not confirm the return. Take it back again: the same return is never "
                      "refunded twice."),
                   true);
    if (answer.status == 422) {
        QStringList fields;
        for (const QJsonValue& e : problem.value(u"errors"_qs).toArray())
            fields.append(e.toObject().value(u"field"_qs).toString());
        const auto has = [&](const QString& part) {
            return std::any_of(fields.cbegin(), fields.cend(),
                               [&](const QString& f) { return f.contains(part); });
        };
        if (has(u"cash_session_id"_qs))
            return say(m_drawer.hasRegister()
                           ? tr("This sale was paid in cash, at least in part: its refund comes out of this "
                                "till's drawer, which is not open. Open the drawer (F4), then try again.")
                           : tr("This sale was paid in cash, at least in part: its refund comes out of a "
                                "till's drawer. Take the return at a till with its drawer open."),
                       true);
        if (has(u"quantity"_qs)) {
            // Another till took some of it back meanwhile: the sale as it is now, and why.
            say(tr("Less of this sale remains than was chosen: some of it came back meanwhile, maybe at "
                   "another till. It is shown again as it is now: choose again."),
                true);
            return load(orderId, orderId, true);
        }
        if (has(u"restock"_qs))
            return say(tr("To put the goods back on sale, take the return at a till of a store."), true);
    }
    if (answer.status == 409) {
        if (problem.contains(u"order_status"_qs)) {
            m_sale.status = problem.value(u"order_status"_qs).toString();
            m_sale.refusedByServer = true;
            emit saleChanged();
            const QString why = notReturnable();
            return say(why.isEmpty() ? tr("This sale cannot be returned in its present state.") : why, true);
        }
        m_drawer.refresh();
        m_session.syncNow();
        return say(
            tr("This till's drawer was closed meanwhile: open it again (F4), or refund to the original "
               "payment."),
            true);
    }
    say(ConsoleRefusal::say(answer, {tr("The server no longer knows this sale. Find it again."), {}, {}}),
        true);
}

void ReturnDesk::returned(const QJsonObject& answer)
{
    m_slip = ReturnSlip::fromAnswer(answer);
    if (m_slip.orderNumber.isEmpty())
        m_slip.orderNumber = m_sale.number;
    m_slip.boughtAt = boughtAt();
    m_slip.takenAt = m_session.storeName();
    m_slip.takenBy = m_staff.userName();
    qCInfo(lcApp) << "return" << m_slip.returnId << "of" << m_slip.orderId << "taken:" << m_slip.refundTotal;
    writeSlipPdf();
    say(tr("%n item(s) of sale %1 taken back; %2 refunded.", "", int(m_slip.units()))
            .arg(m_slip.orderNumber,
                 Money{m_slip.refundTotal, m_slip.currency}.format(m_session.moneyLocale())),
        false);
    emit taken(m_slip.returnId);
    // The stock, the drawer and the order come back through the feed; the sale as it is now.
    m_session.syncNow();
    load(m_slip.orderId, m_slip.orderId, true);
}

void ReturnDesk::clear()
{
    if (busy())
        return;
    m_sale = {};
    m_restock = true;
    m_refundMethod = u"original"_qs;
    m_reason.clear();
    emit saleChanged();
    emit linesChanged();
    emit choiceChanged();
    say({}, false);
}

QString ReturnDesk::writeSlipPdf()
{
    if (m_slip.isEmpty())
        return {};
    const QString path = QDir(m_slipsDir).filePath(u"return-"_qs + m_slip.returnId + u".pdf"_qs);
    const ReturnSlipDocument document(m_slip, m_session.storeName(), m_session.moneyLocale());
    m_slipPdfPath = document.writePdf(path, paperFormatFromString(m_paperFormat)) ? path : QString();
    emit resultChanged();
    return m_slipPdfPath;
}

void ReturnDesk::printSlip()
{
    if (m_slip.isEmpty())
        return;
    ReturnSlipDocument(m_slip, m_session.storeName(), m_session.moneyLocale())
        .print(paperFormatFromString(m_paperFormat), tr("Print the return slip"));
}

void ReturnDesk::call(const QString& method, const QString& path, const QByteArray& body, const QString& key,
                      std::function<void(const sync::HttpAnswer&)> done)
{
    if (!m_session.sync())
        return say(offline(), true);
    m_call.send(*m_session.sync(), {method, path, body, key, 20000}, std::move(done));
}

} // namespace comptoir::app
