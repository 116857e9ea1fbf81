#include "domain/returnservice.h"

#include "comptoir/codecs.h"
#include "comptoir/vat.h"
#include "domain/returnrefunds.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace comptoir::server {

namespace {

NotFound orderNotFound(const OrderId& id)
{
    return NotFound(u"No order with id %1."_qs.arg(id.value));
}

// Why the order takes no return now, in words a cashier understands; empty when it does. Goods
// come back once they were handed over: a carry-out sale once paid, a delivery once shipped, a
// pickup once collected. Before that, the order is cancelled instead.
QString whyNotReturnable(const Order& o)
{
    if (o.status == u"completed" || o.status == u"shipped" ||
        (o.status == u"paid" && o.fulfillment.type == u"carry_out"))
        return {};
    if (o.status == u"pending_payment")
        return u"Order %1 was never paid: there is nothing to refund or take back."_qs.arg(o.number);
    if (o.status == u"cancelled")
        return u"Order %1 was cancelled and refunded: nothing of it can be returned."_qs.arg(o.number);
    return u"The goods of order %1 have not been handed over yet (it is %2): cancel the order instead."_qs
        .arg(o.number, o.status);
}

// What the line was paid: its total net of its own discount, minus its share of the order's
// discount and promotion as pricing allocated them when the order was placed.
qint64 paidFor(const OrderRecord& record, qsizetype line)
{
    return record.order.lines[line].lineTotal.amount - record.lineDiscounts.value(line);
}

qint64 refundableOf(const PaymentRecord& p)
{
    return p.payment.status == u"declined" ? 0 : p.payment.amount.amount - p.refunded;
}

QJsonArray taxJson(const QList<TaxShare>& taxes, const QString& currency)
{
    QJsonArray out;
    for (const TaxShare& t : taxes)
        out.append(QJsonObject{{u"rate_bp"_qs, t.rateBp},
                               {u"base"_qs, toJson(Money{t.total - t.tax, currency})},
                               {u"tax"_qs, toJson(Money{t.tax, currency})},
                               {u"total"_qs, toJson(Money{t.total, currency})}});
    return out;
}

QJsonValue optionalText(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

} // namespace

// Everything a return will do, decided from what is stored now; writes nothing.
struct ReturnService::Plan {
    OrderRecord order;
    LocationId takerStore; // where restocked goods go; may be empty for a manager with no store
    QList<ReturnLine> lines;
    qint64 refundTotal = 0;
    struct Part {
        PaymentRecord payment;
        qint64 amount = 0;
        bool cash = false; // handed back from the drawer (else through the processor)
        QList<TaxShare> taxes;
    };
    QList<Part> parts;
};

ReturnService::Plan ReturnService::plan(const Principal& principal, const ReturnRequest& request)
{
    Plan p;
    auto stored = m_store.order(request.orderId);
    if (!stored)
        throw orderNotFound(request.orderId);
    p.order = std::move(*stored);
    const Order& o = p.order.order;
    if (const QString why = whyNotReturnable(o); !why.isEmpty())
        throw Conflict(why, {{u"order_status"_qs, o.status}});
    const QString currency = o.totals.total.currency;

    // What comes back: lines of this order, no more than was sold and not yet returned.
    const QHash<QString, qint64> returned = m_store.returnedQuantities(o.id);
    QList<FieldError> errors;
    QList<qint64> amounts, taxes;
    QList<int> rates;
    for (qsizetype i = 0; i < request.lines.size(); ++i) {
        const ReturnRequest::Line& wanted = request.lines[i];
        const auto line = std::find_if(o.lines.cbegin(), o.lines.cend(),
                                       [&](const OrderLine& l) { return l.sku == wanted.sku; });
        if (line == o.lines.cend()) {
            errors.append({u"lines[%1].sku"_qs.arg(i), u"is not on order %1"_qs.arg(o.number)});
            continue;
        }
        const qint64 before = returned.value(line->sku);
        const qint64 left = line->quantity - before;
        if (wanted.quantity > left) {
            errors.append(
                {u"lines[%1].quantity"_qs.arg(i),
                 left > 0 ? u"is more than the %1 of %2 still returnable (%3 sold, %4 returned)"_qs.arg(left)
                                .arg(line->sku)
                                .arg(line->quantity)
                                .arg(before)
                          : u"is more than can come back: all %1 sold were returned"_qs.arg(line->quantity)});
            continue;
        }
        const LineRefund share = lineRefund(paidFor(p.order, line - o.lines.cbegin()), line->quantity, before,
                                            wanted.quantity, line->taxRateBp);
        p.lines.append(
            ReturnLine{line->sku, line->name, wanted.quantity, share.amount, line->taxRateBp, share.tax});
        amounts.append(share.amount);
        taxes.append(share.tax);
        rates.append(line->taxRateBp);
    }
    if (!errors.isEmpty())
        throw ValidationError(errors);

    // Never more than the payments still hold (a refund made by hand, or an earlier return, may
    // have given some back already): the lines' shares shrink in proportion, VAT taken again.
    QList<PaymentRecord> payments = m_store.payments(o.id);
    qint64 refundable = 0;
    for (const PaymentRecord& payment : payments)
        refundable += refundableOf(payment);
    qint64 asked = 0;
    for (qint64 a : amounts)
        asked += a;
    if (asked > refundable) {
        amounts = allocateProportionally(refundable, amounts);
        for (qsizetype i = 0; i < amounts.size(); ++i) {
            taxes[i] = vatIncluded(amounts[i], rates[i]);
            p.lines[i].refund = amounts[i];
            p.lines[i].tax = taxes[i];
        }
    }
    for (qint64 a : amounts)
        p.refundTotal += a;

    // The drawer, when one is named: the caller's own, open, of a store they act at.
    if (!request.cashSessionId.isEmpty()) {
        if (!m_store.cashSession(request.cashSessionId))
            throw Invalid(u"refund.cash_session_id"_qs, u"is not a known cash session"_qs);
        const CashSessionRecord session = m_drawers.sessionForMoney(principal, request.cashSessionId);
        p.takerStore = session.session.storeId;
    }
    if (!principal.user.storeId.isEmpty())
        p.takerStore = principal.user.storeId;
    if (request.restock && p.takerStore.isEmpty())
        throw Invalid(u"restock"_qs, u"needs the store the goods come back to: name its register's open "
                                     "cash session in refund.cash_session_id"_qs);

    // Over the payments in proportion to what each still holds (a split sale gets back its cash
    // and its card in the shares it was paid), so the last return empties every one of them.
    QList<qint64> weights;
    QList<PaymentRecord> holding;
    for (const PaymentRecord& payment : payments)
        if (refundableOf(payment) > 0) {
            weights.append(refundableOf(payment));
            holding.append(payment);
        }
    const QList<qint64> shares =
        p.refundTotal > 0 ? allocateProportionally(p.refundTotal, weights) : QList<qint64>();
    QList<qint64> partAmounts;
    for (qsizetype k = 0; k < shares.size(); ++k) {
        if (shares[k] == 0)
            continue;
        const bool cash = request.refundMethod == u"cash" || holding[k].payment.method == u"cash";
        if (cash && request.cashSessionId.isEmpty())
            throw Invalid(u"refund.cash_session_id"_qs,
                          u"is required: %1 of this refund goes back in cash, out of your register's open "
                          "cash session"_qs.arg(Money{shares[k], currency}.format(MoneyLocale::English)));
        p.parts.append(Plan::Part{holding[k], shares[k], cash, {}});
        partAmounts.append(shares[k]);
    }
    const QList<QList<TaxShare>> partTaxes = splitTaxes(taxesByRate(amounts, taxes, rates), partAmounts);
    for (qsizetype k = 0; k < p.parts.size(); ++k)
        p.parts[k].taxes = partTaxes[k];
    return p;
}

QJsonObject ReturnService::returnable(const Principal& principal, const OrderId& id)
{
    requireRole(principal, Role::Staff);
    const auto stored = m_store.order(id);
    if (!stored)
        throw orderNotFound(id);
    const Order& o = stored->order;
    const QString currency = o.totals.total.currency;
    const QString why = whyNotReturnable(o);
    const QHash<QString, qint64> returned = m_store.returnedQuantities(id);
    QJsonArray lines;
    for (qsizetype i = 0; i < o.lines.size(); ++i) {
        const OrderLine& l = o.lines[i];
        const qint64 back = returned.value(l.sku);
        const qint64 left = why.isEmpty() ? l.quantity - back : 0;
        const qint64 paid = paidFor(*stored, i);
        // The next unit's share (the last one's once all came back): what one more returned gives.
        const qint64 unit =
            lineRefund(paid, l.quantity, std::min(back, l.quantity - 1), 1, l.taxRateBp).amount;
        lines.append(QJsonObject{
            {u"sku"_qs, l.sku},
            {u"name"_qs, l.name},
            {u"sold"_qs, double(l.quantity)},
            {u"returned"_qs, double(back)},
            {u"returnable"_qs, double(left)},
            {u"unit_refund"_qs, toJson(Money{unit, currency})},
            {u"returnable_refund"_qs,
             toJson(Money{lineRefund(paid, l.quantity, back, left, l.taxRateBp).amount, currency})},
            {u"tax_rate_bp"_qs, l.taxRateBp}});
    }
    return {{u"order_id"_qs, o.id.value},
            {u"number"_qs, o.number},
            {u"store_id"_qs, optionalText(o.storeId.value)},
            {u"status"_qs, o.status},
            {u"lines"_qs, lines},
            {u"paid_total"_qs, toJson(o.paidTotal)},
            {u"refunded_total"_qs, toJson(o.refundedTotal)},
            {u"refundable"_qs, toJson(o.paidTotal.minus(o.refundedTotal))},
            {u"not_returnable_reason"_qs, optionalText(why)}};
}

ReturnRequest ReturnService::prepare(const Principal& principal, const OrderId& id, const QJsonObject& body,
                                     const QString& idempotencyScope)
{
    requireRole(principal, Role::Staff);
    ReturnRequest request;
    request.orderId = id;
    request.idempotencyScope = idempotencyScope;
    JsonReader r(body);
    const QJsonArray lines = r.array(u"lines"_qs, kMaxCartLines);
    if (r.has(u"lines"_qs) && lines.isEmpty() && body.value(u"lines"_qs).isArray())
        r.fail(u"lines"_qs, u"must have at least one line"_qs);
    QSet<QString> seen;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString at = u"lines[%1]"_qs.arg(i);
        if (!lines[i].isObject()) {
            r.fail(at, u"must be an object"_qs);
            continue;
        }
        JsonReader lr = r.nested(lines[i].toObject(), at);
        ReturnRequest::Line line{lr.string(u"sku"_qs, 64), lr.integer(u"quantity"_qs, 1, kMaxLineQuantity)};
        if (!line.sku.isEmpty() && seen.contains(line.sku))
            lr.fail(u"sku"_qs, u"appears on two lines; put the whole quantity on one"_qs);
        seen.insert(line.sku);
        request.lines.append(line);
    }
    if (!r.has(u"restock"_qs))
        r.fail(u"restock"_qs, u"is required: true to put the goods back on sale, false when damaged"_qs);
    request.restock = r.optionalBool(u"restock"_qs).value_or(false);
    request.reason = r.optionalString(u"reason"_qs, 500).value_or(QString()).trimmed();
    if (const auto refund = r.optionalObject(u"refund"_qs)) {
        JsonReader rr = r.nested(*refund, u"refund"_qs);
        request.refundMethod = rr.string(u"method"_qs, 16);
        if (!request.refundMethod.isEmpty() && request.refundMethod != u"original" &&
            request.refundMethod != u"cash")
            rr.fail(u"method"_qs, u"must be original or cash"_qs);
        request.cashSessionId = rr.optionalString(u"cash_session_id"_qs, 64).value_or(QString());
        if (request.refundMethod == u"cash" && request.cashSessionId.isEmpty())
            rr.fail(u"cash_session_id"_qs,
                    u"is required to refund in cash: your register's open cash session"_qs);
    } else if (!r.has(u"refund"_qs)) {
        r.fail(u"refund"_qs, u"is required: {\"method\": \"original\" or \"cash\"}"_qs);
    }
    r.throwIfErrors();
    // Everything else is checked now, to refuse early without the write lock, and again in take().
    (void)plan(principal, request);
    return request;
}

TakenReturn ReturnService::take(const Principal& principal, const ReturnRequest& request)
{
    Plan p = plan(principal, request);
    Order& o = p.order.order;
    const QString currency = o.totals.total.currency;

    // The processor first: until every card part is refunded, nothing of ours is written. A
    // refund it made stands whatever we do next, so on a refusal the transaction still commits
    // (keeping what the processor recorded) and the same request retried asks again under the
    // same keys, which answer the refunds made instead of making them twice.
    QList<QString> references(p.parts.size());
    for (qsizetype k = 0; k < p.parts.size(); ++k) {
        const Plan::Part& part = p.parts[k];
        if (part.cash)
            continue;
        const RefundResult made =
            m_gateway.refund(u"return:"_qs + request.idempotencyScope + u':' + part.payment.payment.id,
                             part.payment.gatewayReference, Money{part.amount, currency});
        if (!made.refunded)
            return TakenReturn{
                {},
                Unavailable(
                    made.failureCode == u"processor_timeout"
                        ? u"The payment processor did not answer: a refund may have been made. Send "
                          "the same return again with the same Idempotency-Key; it is never "
                          "refunded twice. Nothing was taken back yet."_qs
                        : u"The payment processor refused to refund payment %1 (%2): nothing was "
                          "taken back. Refund in cash instead, or try again."_qs.arg(part.payment.payment.id,
                                                                                     made.failureCode),
                    {{u"failure_code"_qs, made.failureCode}, {u"payment_id"_qs, part.payment.payment.id}})};
        references[k] = made.reference;
    }

    TakenReturn taken;
    ReturnRecord& rec = taken.record;
    rec.id = newId(u"ret"_qs);
    rec.orderId = o.id;
    rec.storeId = p.takerStore.isEmpty() ? o.storeId : p.takerStore;
    rec.orderStoreId = o.storeId;
    rec.customerId = o.customerId;
    rec.takenBy = principal.user.id;
    rec.restock = request.restock;
    rec.reason = request.reason;
    rec.refundMethod = request.refundMethod;
    rec.cashSessionId = request.cashSessionId;
    rec.refundTotal = Money{p.refundTotal, currency};
    rec.lines = p.lines;
    rec.createdAt = QDateTime::currentDateTimeUtc();

    QList<RefundRecord> refunds;
    QJsonArray refundsJson;
    for (qsizetype k = 0; k < p.parts.size(); ++k) {
        const Plan::Part& part = p.parts[k];
        RefundRecord refund{newId(u"ref"_qs),
                            part.payment.payment.id,
                            part.amount,
                            request.reason,
                            u"return"_qs,
                            references[k],
                            part.cash ? u"cash"_qs : part.payment.payment.method,
                            request.cashSessionId,
                            part.taxes,
                            rec.id};
        refundsJson.append(QJsonObject{{u"id"_qs, refund.id},
                                       {u"payment_id"_qs, refund.paymentId},
                                       {u"method"_qs, refund.method},
                                       {u"amount"_qs, toJson(Money{refund.amount, currency})},
                                       {u"cash_session_id"_qs, optionalText(refund.cashSessionId)},
                                       {u"tax"_qs, taxJson(refund.taxes, currency)}});
        refunds.append(refund);
    }
    QJsonArray linesJson;
    for (const ReturnLine& l : rec.lines)
        linesJson.append(QJsonObject{{u"sku"_qs, l.sku},
                                     {u"name"_qs, l.name},
                                     {u"quantity"_qs, double(l.quantity)},
                                     {u"refund"_qs, toJson(Money{l.refund, currency})},
                                     {u"tax_rate_bp"_qs, l.taxRateBp},
                                     {u"tax"_qs, toJson(Money{l.tax, currency})}});
    const QJsonObject json{{u"id"_qs, rec.id},
                           {u"order_id"_qs, o.id.value},
                           {u"order_number"_qs, o.number},
                           {u"store_id"_qs, rec.storeId.value},
                           {u"lines"_qs, linesJson},
                           {u"restock"_qs, rec.restock},
                           {u"reason"_qs, optionalText(rec.reason)},
                           {u"refund_method"_qs, rec.refundMethod},
                           {u"cash_session_id"_qs, optionalText(rec.cashSessionId)},
                           {u"refund_total"_qs, toJson(rec.refundTotal)},
                           {u"refunds"_qs, refundsJson},
                           {u"taken_by"_qs, rec.takenBy.value},
                           {u"created_at"_qs, toRfc3339(rec.createdAt)}};
    rec.json = QJsonDocument(json).toJson(QJsonDocument::Compact).toStdString();

    // The return first: its refunds name it.
    m_store.saveReturn(rec);
    for (qsizetype k = 0; k < p.parts.size(); ++k) {
        PaymentRecord& payment = p.parts[k].payment;
        m_store.saveRefund(refunds[k]);
        payment.refunded += p.parts[k].amount;
        payment.payment.status =
            payment.refunded == payment.payment.amount.amount ? u"refunded"_qs : u"partially_refunded"_qs;
        m_store.savePayment(payment, false);
    }
    if (p.refundTotal > 0) {
        o.refundedTotal = o.refundedTotal.plus(rec.refundTotal);
        o.updatedAt = rec.createdAt;
        m_store.saveOrder(p.order, false);
    }
    if (rec.restock)
        for (const ReturnLine& l : rec.lines)
            (void)m_store.restock(l.sku, p.takerStore, l.quantity, rec.id, principal.user.id.value);
    return taken;
}

QList<ReturnRecord> ReturnService::returnsOf(const Principal& principal, const OrderId& id)
{
    requireRole(principal, Role::Customer);
    const auto stored = m_store.order(id);
    if (!stored)
        throw orderNotFound(id);
    QList<ReturnRecord> list = m_store.returns(id);
    if (OrderService::canSee(principal, *stored))
        return list;
    // Staff who took one of its returns back, at their store, see the order's returns too.
    const bool tookOne =
        principal.is(Role::Staff) && std::any_of(list.cbegin(), list.cend(), [&](const ReturnRecord& r) {
            return r.takenBy == principal.user.id ||
                   (!principal.user.storeId.isEmpty() && r.storeId == principal.user.storeId);
        });
    if (!tookOne)
        throw orderNotFound(id);
    return list;
}

} // namespace comptoir::server
