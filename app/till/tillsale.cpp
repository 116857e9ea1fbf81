#include "app/till/tillsale.h"

#include "app/cart/cart.h"
#include "app/checkout/cartorder.h"
#include "app/core/applog.h"
#include "app/core/typedamount.h"
#include "app/session/session.h"
#include "app/till/receiptdocument.h"
#include "comptoir/ids.h"

#include <QApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <QRegularExpression>

namespace comptoir::app {

namespace {

constexpr int kPlaceTimeoutMs = 20000;
// An approved sale waits at the screen for its order: retried with the same key until then.
constexpr int kApprovedPlaceDeadlineMs = 12000;

QJsonObject moneyJson(qint64 amount, const QString& currency)
{
    return QJsonObject{{u"amount"_qs, amount}, {u"currency"_qs, currency}};
}

QString rateText(int rateBp, MoneyLocale locale)
{
    const QLocale l(locale == MoneyLocale::French ? QLocale::French : QLocale::English);
    return l.toString(rateBp / 100.0, 'g', 4) + (locale == MoneyLocale::French ? u" %"_qs : u"%"_qs);
}

} // namespace

TillSale::TillSale(Session& session, Cart& cart, SalePolicy policy, std::function<QString()> cashier,
                   QString receiptsDir, QObject* parent)
    : QObject(parent), m_session(session), m_cart(cart), m_policy(std::move(policy)),
      m_cashier(std::move(cashier)), m_receiptsDir(std::move(receiptsDir))
{
    m_placeTimeout.setSingleShot(true);
    m_placeTimeout.setInterval(kPlaceTimeoutMs);
    connect(&m_placeTimeout, &QTimer::timeout, this, [this] {
        if (m_state != Placing)
            return;
        if (m_cashAfterPlace)
            return setState(NeedsNetwork,
                            tr("The server is not answering, so the customer's account cannot be checked. "
                               "Take the cash again in a moment, or go back and clear the email to sell "
                               "without a customer."));
        setState(NeedsNetwork, tr("The server is not answering, so the card cannot be charged. Take cash, "
                                  "or try the card again in a moment."));
    });
    connect(&cart, &Cart::changed, this, &TillSale::dueChanged);
    connect(&session, &Session::syncReplaced, this, [this] {
        if (sync::SyncClient* sync = m_session.sync())
            connect(sync, &sync::SyncClient::entrySettled, this, &TillSale::onEntrySettled);
    });
    connect(&session, &Session::orderChanged, this, &TillSale::followOrder);
    if (sync::SyncClient* sync = m_session.sync())
        connect(sync, &sync::SyncClient::entrySettled, this, &TillSale::onEntrySettled);
}

TillSale::~TillSale()
{
    abortCall();
}

qint64 TillSale::due() const
{
    return m_cart.totals().total;
}

void TillSale::setCashSessionId(const QString& id)
{
    if (id == m_cashSessionId)
        return;
    m_cashSessionId = id;
    emit cashSessionIdChanged();
}

void TillSale::setPaperFormat(const QString& format)
{
    const QString f = toString(paperFormatFromString(format));
    if (f == m_paperFormat)
        return;
    m_paperFormat = f;
    emit paperFormatChanged();
}

QString TillSale::money(qint64 amount) const
{
    return Money{amount, m_receipt.currency.isEmpty() ? m_session.currency() : m_receipt.currency}.format(
        m_session.moneyLocale());
}

void TillSale::setState(State state, const QString& message)
{
    m_state = state;
    m_message = message;
    qCInfo(lcApp) << "till:" << state << message;
    emit stateChanged();
}

void TillSale::setScanMessage(const QString& message, bool refused)
{
    m_scanMessage = message;
    m_scanRefused = refused;
    emit scanMessageChanged();
}

bool TillSale::scan(const QString& code)
{
    CatalogReader* catalog = m_session.catalog();
    if (!catalog)
        return false;
    if (m_state == Paid)
        newSale(); // the next customer's first item
    if (m_state != Idle) {
        setScanMessage(tr("Finish the payment before scanning the next item."), true);
        QApplication::beep();
        return false;
    }
    std::optional<QString> sku;
    try {
        sku = catalog->skuForBarcode(code);
    } catch (const sqlite::Error& e) {
        qCWarning(lcApp) << "scan" << code << e.what();
    }
    if (!sku) {
        setScanMessage(tr("Unknown barcode %1: nothing was added. Check the label, or find the item by "
                          "searching.")
                           .arg(code),
                       true);
        QApplication::beep();
        return false;
    }
    m_cart.add(*sku, 1);
    for (const CartItem& item : m_cart.items())
        if (item.sku == *sku)
            setScanMessage(
                tr("Added: %1")
                    .arg(item.details.isEmpty() ? item.name : item.name + u" · "_qs + item.details),
                false);
    return true;
}

qint64 TillSale::parseAmount(const QString& text) const
{
    return parseTypedAmount(text, m_session.currency());
}

QString TillSale::changeFor(qint64 tendered) const
{
    const qint64 total = due();
    if (tendered < total || total <= 0)
        return {};
    return m_session.formatMoney(tendered - total);
}

QString TillSale::noDrawer()
{
    // The server takes cash only through an open drawer (a cash session of this register).
    return tr("Open the cash drawer before taking cash.");
}

bool TillSale::canTakePayment() const
{
    return m_session.sync() && m_cart.isSellable() &&
           (m_state == Idle || m_state == Declined || m_state == NeedsNetwork || m_state == Failed ||
            m_state == NeedsApproval);
}

QString TillSale::customerEmailRefusal() const
{
    // The account itself only the server can check; a typing slip is said before anything is sent.
    static const QRegularExpression plausible(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_qs);
    if (m_customerEmail.isEmpty() ||
        (m_customerEmail.size() <= 254 && plausible.match(m_customerEmail).hasMatch()))
        return {};
    return tr("“%1” is not an email address. Correct it, or clear it to sell without a customer.")
        .arg(m_customerEmail);
}

CartOrderOptions TillSale::orderOptions(bool offline) const
{
    return {m_policy.channel, orders::Fulfillment::CarryOut, m_session.storeId(),
            offline,          m_session.currency(),          m_customerEmail};
}

void TillSale::setCustomerEmail(const QString& email)
{
    const QString trimmed = email.trimmed();
    if (trimmed == m_customerEmail)
        return;
    m_customerEmail = trimmed;
    emit customerEmailChanged();
}

void TillSale::setTraining(bool on)
{
    if (on == m_training)
        return;
    if (!m_orderId.isEmpty()) {
        // A real order is on its way: it must end as a real sale (or be cancelled) first.
        setState(m_state, tr("Finish or cancel this sale before switching training mode."));
        emit trainingChanged(); // the switch goes back to what holds
        return;
    }
    m_training = on;
    emit trainingChanged();
}

QString TillSale::approvalNeedsNetwork()
{
    return tr("A discount above 20 % needs a manager's approval, which only the server can check, and "
              "the server cannot be reached. Remove the discount to sell offline, or wait for the link "
              "and try again.");
}

QString TillSale::refusalFor(int status, const QString& reason) const
{
    // The server names the field it refused: an email no customer account has.
    if (status == 422 && !m_customerEmail.isEmpty() && reason.contains(u"customer_email:"))
        return tr("No customer account has the email %1. Correct it, or clear it to sell without a "
                  "customer. Nothing was paid.")
            .arg(m_customerEmail);
    if (status == 409)
        return tr("The store does not have enough of some items. Check the quantities.");
    if (status == 422)
        return tr("A price, a code or an item changed since it was scanned. Check the sale and try again.");
    return tr("The server refused the sale. Check it and try again.");
}

Receipt TillSale::snapshot(bool offline) const
{
    Receipt r;
    r.storeName = m_session.storeName();
    r.cashier = m_cashier ? m_cashier() : QString();
    r.at = QDateTime::currentDateTimeUtc();
    r.currency = m_session.currency();
    const CartFigures& figures = m_cart.figures();
    const PricedTotals& totals = figures.totals;
    r.subtotal = totals.subtotal;
    r.saleDiscount = m_cart.staffDiscounts().sale();
    r.saleDiscountAmount = figures.orderDiscount;
    r.discount = figures.promotionDiscount;
    r.promoCode = m_cart.appliedPromoCode();
    r.total = totals.total;
    r.tax = totals.tax;
    r.offline = offline;
    QMap<int, ReceiptVat> byRate;
    qsizetype priced = 0; // the totals list the sellable lines only, in order
    for (const CartItem& item : m_cart.items()) {
        if (!item.sellable)
            continue;
        r.lines.append({item.name, item.details, item.quantity, item.unitPrice, item.lineTotal,
                        m_cart.staffDiscounts().line(item.sku), figures.lineDiscounts.value(priced)});
        // What the customer pays for the line: net of its own discount and of its share of the
        // sale's discount and the promotion.
        const qint64 gross = figures.lineTotals.value(priced) - totals.lineDiscounts.value(priced);
        const qint64 tax = totals.lineTaxes.value(priced);
        ReceiptVat& v = byRate[item.taxRateBp];
        v.rateBp = item.taxRateBp;
        v.gross += gross;
        v.tax += tax;
        v.net += gross - tax;
        ++priced;
    }
    for (const ReceiptVat& v : byRate)
        r.vat.prepend(v); // highest rate first
    return r;
}

sync::OutboxRequest TillSale::cashPayment(qint64 amount, qint64 tendered, bool withAmount) const
{
    QJsonObject payment{{u"method"_qs, u"cash"_qs},
                        {u"tendered"_qs, moneyJson(tendered, m_pending.currency)}};
    if (withAmount)
        payment.insert(u"amount"_qs, moneyJson(amount, m_pending.currency));
    if (!m_cashSessionId.isEmpty())
        payment.insert(u"cash_session_id"_qs, m_cashSessionId);
    return {u"POST"_qs,
            u"/orders/%1/payments"_qs.arg(m_orderId),
            QJsonDocument(payment).toJson(QJsonDocument::Compact),
            u"payment"_qs,
            {},
            {}};
}

sync::OutboxRequest TillSale::handOver() const
{
    // A carry-out sale leaves with the customer: the order completes, its stock leaves on_hand.
    return {u"POST"_qs,
            u"/orders/%1/status"_qs.arg(m_orderId),
            R"({"status":"completed"})",
            u"order"_qs,
            m_orderId,
            {}};
}

bool TillSale::placeOrder(bool offline, const std::function<QList<sync::OutboxRequest>()>& followUps)
{
    const CartOrder order = cartOrder(m_cart, orderOptions(offline));
    m_orderId = order.id;
    m_orderOnServer = false;
    m_pending = snapshot(offline);
    m_pending.orderId = order.id;
    m_pending.reference = order.id.right(6).toUpper();
    try {
        // The follow-ups name the order: built now that its id is known.
        m_orderEntry = m_session.sync()->enqueueOrder(order.id, order.bodyBytes(), order.localBytes(),
                                                      followUps ? followUps() : QList<sync::OutboxRequest>());
    } catch (const std::exception& e) {
        qCWarning(lcApp) << "sale not queued:" << e.what();
        m_orderId.clear();
        setState(Failed, tr("This till cannot save the sale right now. Try again; if it persists, restart "
                            "the console."));
        return false;
    }
    return true;
}

void TillSale::payCash(qint64 tendered)
{
    if (!canTakePayment())
        return;
    if (m_cashSessionId.isEmpty() && !m_training)
        return setState(m_state, noDrawer());
    const qint64 total = due();
    if (tendered < total)
        return setState(m_state, tr("The cash received is less than the total."));
    if (m_training)
        return finishTraining({{u"cash"_qs, total}}, tendered);
    if (m_cashAfterPlace && !m_orderId.isEmpty() && !m_orderOnServer) {
        // Its order is still on its way: the cash is taken once the server has accepted it.
        m_cashAfterPlace = tendered;
        setState(Placing);
        return m_placeTimeout.start();
    }
    if (m_orderId.isEmpty()) {
        if (const QString why = customerEmailRefusal(); !why.isEmpty())
            return setState(Idle, why);
        if (const QString why = m_cart.discountRefusal(); !why.isEmpty())
            return setState(Idle, why);
        if (m_cart.needsApproval())
            return placeApproved({Tender::Cash, tendered, 0});
        if (!m_customerEmail.isEmpty() && !m_session.isOffline()) {
            // The account is checked before the customer leaves: a wrong email is said while
            // they are still at the counter, and no sale reaches the server refused.
            if (!placeOrder(false, {}))
                return;
            m_cashAfterPlace = tendered;
            setState(Placing);
            return m_placeTimeout.start();
        }
        const auto followUps = [&] {
            return QList<sync::OutboxRequest>{cashPayment(total, tendered, false), handOver()};
        };
        if (!placeOrder(m_session.isOffline(), followUps))
            return;
    } else {
        // An order already on the server (a card refused): its payment and hand-over follow it.
        try {
            m_session.sync()->enqueueAll({cashPayment(total, tendered, false), handOver()});
        } catch (const std::exception& e) {
            qCWarning(lcApp) << "cash payment not queued:" << e.what();
            return setState(Failed, tr("This till cannot save the payment right now. Try again."));
        }
    }
    finish({{u"cash"_qs, total}}, tendered);
}

void TillSale::payCard()
{
    m_splitCash = 0;
    m_splitTendered = 0;
    if (!canTakePayment())
        return;
    if (m_training)
        return finishTraining({{u"terminal"_qs, due()}}, 0);
    if (m_orderId.isEmpty()) {
        if (const QString why = customerEmailRefusal(); !why.isEmpty())
            return setState(Idle, why);
        if (const QString why = m_cart.discountRefusal(); !why.isEmpty())
            return setState(Idle, why);
        if (m_cart.needsApproval())
            return placeApproved({Tender::Card, 0, 0});
    }
    if (m_session.isOffline())
        return setState(
            NeedsNetwork,
            tr("The card terminal needs the network, which is down. Take cash: it works offline."));
    if (m_orderOnServer)
        return chargeTerminal();
    if (!m_orderId.isEmpty())
        return; // placed, waiting for the server's answer
    if (!placeOrder(false, {}))
        return;
    setState(Placing);
    m_placeTimeout.start();
}

void TillSale::paySplit(qint64 cashAmount, qint64 tendered)
{
    if (!canTakePayment())
        return;
    if (m_cashSessionId.isEmpty() && !m_training)
        return setState(m_state, noDrawer());
    if (cashAmount <= 0 || cashAmount >= due())
        return setState(m_state, tr("The cash part must be more than nothing and less than the total."));
    if (tendered < cashAmount)
        return setState(m_state, tr("The cash received is less than the cash part."));
    if (m_training)
        return finishTraining({{u"cash"_qs, cashAmount}, {u"terminal"_qs, due() - cashAmount}}, tendered);
    if (m_orderId.isEmpty()) {
        if (const QString why = customerEmailRefusal(); !why.isEmpty())
            return setState(Idle, why);
        if (const QString why = m_cart.discountRefusal(); !why.isEmpty())
            return setState(Idle, why);
        if (m_cart.needsApproval()) {
            m_splitCash = cashAmount;
            m_splitTendered = tendered;
            return placeApproved({Tender::Split, tendered, cashAmount});
        }
    }
    if (m_session.isOffline())
        return setState(
            NeedsNetwork,
            tr("The card terminal needs the network, which is down. Take cash: it works offline."));
    m_splitCash = cashAmount;
    m_splitTendered = tendered;
    if (m_orderOnServer)
        return chargeTerminal();
    if (!m_orderId.isEmpty() || !placeOrder(false, {}))
        return;
    setState(Placing);
    m_placeTimeout.start();
}

void TillSale::onEntrySettled(qint64 entryId, bool applied, int status, const QString& reason)
{
    if (entryId != m_orderEntry || m_orderEntry == 0)
        return;
    if (applied) {
        m_orderOnServer = true;
        if (m_state != Placing)
            return;
        m_placeTimeout.stop();
        if (m_cashAfterPlace)
            return takeCashAfterPlace();
        chargeTerminal();
        return;
    }
    qCInfo(lcApp) << "sale refused:" << status << reason;
    if (m_state == Paid) {
        // A cash sale made offline that the server refused: the receipt stays, staff must know.
        m_receipt.offline = true;
        emit receiptChanged();
        return;
    }
    m_placeTimeout.stop();
    m_orderId.clear();
    m_orderEntry = 0;
    m_cashAfterPlace.reset();
    // Nothing was sold and the cashier is told why, at the counter: the entry has served.
    m_session.sync()->dismissRejected(entryId);
    setState(Failed, refusalFor(status, reason));
}

void TillSale::placeApproved(const Resume& resume)
{
    m_resume = resume;
    if (m_session.isOffline())
        return setState(NeedsNetwork, approvalNeedsNetwork());
    if (!m_approval)
        return setState(NeedsApproval);
    const CartOrder order = cartOrder(m_cart, orderOptions(false));
    QJsonObject body = order.body;
    body.insert(u"approved_by"_qs,
                QJsonObject{{u"email"_qs, m_approval->email}, {u"pin"_qs, m_approval->pin}});
    m_orderId = order.id;
    m_orderEntry = 0;
    m_orderOnServer = false;
    m_pending = snapshot(false);
    m_pending.orderId = order.id;
    m_pending.reference = order.id.right(6).toUpper();
    setState(Placing);
    abortCall();
    // Sent at once and only from memory: the outbox keeps what it sends on disk, and this body
    // holds a PIN. The key stays across this call's retries; an order that arrived although its
    // answer was lost is an unpaid reservation the server lets expire.
    m_call =
        m_session.sync()->call({u"POST"_qs, u"/orders"_qs, QJsonDocument(body).toJson(QJsonDocument::Compact),
                                newId(u"order"_qs), kApprovedPlaceDeadlineMs},
                               this);
    connect(m_call, &sync::OnlineCall::finished, this, &TillSale::onApprovedPlaced);
    m_call->start();
}

void TillSale::onApprovedPlaced(const sync::HttpAnswer& answer)
{
    m_call->deleteLater();
    m_call = nullptr;
    const Resume resume = m_resume.value_or(Resume{});
    if (answer.ok()) {
        m_orderOnServer = true;
        forgetApproval(); // it served its one order
        m_resume.reset();
        if (resume.tender != Tender::Cash)
            return chargeTerminal();
        const qint64 total = m_pending.total;
        try {
            m_session.sync()->enqueueAll({cashPayment(total, resume.tendered, false), handOver()});
        } catch (const std::exception& e) {
            qCWarning(lcApp) << "cash payment not queued:" << e.what();
            return setState(Failed, tr("This till cannot save the payment right now. Try again."));
        }
        return finish({{u"cash"_qs, total}}, resume.tendered);
    }
    qCInfo(lcApp) << "approved sale not placed:" << answer.status << answer.problemDetail;
    m_orderId.clear();
    if (answer.status == 403) {
        forgetApproval();
        return setState(NeedsApproval,
                        tr("This approval was refused: the email or the PIN is wrong, this person is not a "
                           "manager, or their PIN is locked. The sale is kept: try again, or change the "
                           "discount."));
    }
    if (answer.status == 0 || answer.isTransient())
        return setState(NeedsNetwork, approvalNeedsNetwork());
    forgetApproval();
    m_resume.reset();
    setState(Failed, refusalFor(answer.status, answer.problemDetail));
}

void TillSale::forgetApproval()
{
    m_approval.reset();
}

void TillSale::approve(const QString& email, const QString& pin)
{
    if (m_state != NeedsApproval && m_state != NeedsNetwork)
        return;
    if (email.trimmed().isEmpty() || pin.trimmed().isEmpty())
        return setState(m_state, tr("Type the manager's email and PIN."));
    m_approval = Approval{email.trimmed(), pin.trimmed()};
    const std::optional<Resume> resume = m_resume;
    if (!resume)
        return setState(Idle);
    switch (resume->tender) {
    case Tender::Cash:
        return payCash(resume->tendered);
    case Tender::Card:
        return payCard();
    case Tender::Split:
        return paySplit(resume->cashAmount, resume->tendered);
    }
}

void TillSale::removeDiscounts()
{
    if (m_state == Placing || m_state == Authorizing || m_state == Unconfirmed)
        return;
    if (m_orderOnServer)
        cancelPayment(); // its order carries the discounts
    forgetApproval();
    m_resume.reset();
    m_cart.clearDiscounts();
    setState(Idle);
}

void TillSale::chargeTerminal()
{
    setState(Authorizing);
    QJsonObject payment{{u"method"_qs, u"terminal"_qs}};
    const qint64 cardAmount = due() - m_splitCash;
    if (m_splitCash > 0)
        payment.insert(u"amount"_qs, moneyJson(cardAmount, m_pending.currency));
    if (!m_cashSessionId.isEmpty())
        payment.insert(u"cash_session_id"_qs, m_cashSessionId);
    abortCall();
    // One key per attempt: a retry of this attempt is harmless, a new attempt is a new charge.
    m_call = m_session.sync()->call({u"POST"_qs, u"/orders/%1/payments"_qs.arg(m_orderId),
                                     QJsonDocument(payment).toJson(QJsonDocument::Compact), newId(u"pay"_qs),
                                     kTerminalTimeoutMs},
                                    this);
    connect(m_call, &sync::OnlineCall::finished, this, [this, cardAmount](const sync::HttpAnswer& answer) {
        m_call->deleteLater();
        m_call = nullptr;
        const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
        const QString status = body.value(u"status"_qs).toString();
        if (answer.ok() && status == u"captured") {
            QList<sync::OutboxRequest> after;
            if (m_splitCash > 0)
                after.append(cashPayment(m_splitCash, m_splitTendered, true));
            after.append(handOver());
            try {
                m_session.sync()->enqueueAll(after);
            } catch (const std::exception& e) {
                qCWarning(lcApp) << "after the card, not queued:" << e.what();
            }
            QList<ReceiptPayment> payments{{u"terminal"_qs, cardAmount}};
            if (m_splitCash > 0)
                payments.prepend({u"cash"_qs, m_splitCash});
            return finish(payments, m_splitCash > 0 ? m_splitTendered : 0);
        }
        if (answer.ok() && status == u"declined")
            return setState(Declined, tr("The card was declined. Try another card, or take cash."));
        qCWarning(lcApp) << "terminal payment of" << m_orderId << "not confirmed:" << answer.describe();
        if (answer.status == 0 || answer.isTransient())
            return setState(Unconfirmed, tr("The card payment could not be confirmed. Check the terminal's "
                                            "slip before charging again: the card may have been charged."));
        setState(Declined, tr("The payment was refused. Try the card again, or take cash."));
    });
    m_call->start();
}

void TillSale::takeCashAfterPlace()
{
    const qint64 tendered = m_cashAfterPlace.value_or(0);
    const qint64 total = m_pending.total;
    try {
        m_session.sync()->enqueueAll({cashPayment(total, tendered, false), handOver()});
    } catch (const std::exception& e) {
        qCWarning(lcApp) << "cash payment not queued:" << e.what();
        m_cashAfterPlace.reset();
        return setState(Failed, tr("This till cannot save the payment right now. Try again."));
    }
    finish({{u"cash"_qs, total}}, tendered);
}

void TillSale::finish(QList<ReceiptPayment> payments, qint64 tendered)
{
    m_receipt = m_pending;
    m_receipt.payments = std::move(payments);
    qint64 cash = 0;
    for (const ReceiptPayment& p : m_receipt.payments)
        cash += p.method == u"cash" ? p.amount : 0;
    m_receipt.tendered = tendered;
    m_receipt.change = tendered > 0 ? tendered - cash : 0;
    m_cart.clear();
    setCustomerEmail({});
    m_cashAfterPlace.reset();
    setScanMessage({}, false);
    m_splitCash = 0;
    m_splitTendered = 0;
    writeReceiptPdf();
    emit receiptChanged();
    setState(Paid);
    m_session.syncNow();
}

void TillSale::reprintReceipt()
{
    if (m_receipt.isEmpty() || m_receipt.training || m_reprint || !m_session.sync())
        return;
    if (m_session.isOffline())
        return setState(m_state,
                        tr("A duplicate needs the network, which is down: it is recorded on the server. "
                           "Try again when the link is back."));
    const QString orderId = m_receipt.orderId;
    m_reprint = m_session.sync()->call(
        {u"POST"_qs, u"/orders/%1/reprints"_qs.arg(orderId), "{}", newId(u"reprint"_qs), 10000}, this);
    connect(m_reprint, &sync::OnlineCall::finished, this, [this, orderId](const sync::HttpAnswer& answer) {
        m_reprint->deleteLater();
        m_reprint = nullptr;
        emit reprintingChanged();
        if (orderId != m_receipt.orderId)
            return; // another sale's receipt shows now
        const int number = QJsonDocument::fromJson(answer.body).object().value(u"reprint_number"_qs).toInt();
        if (!answer.ok() || number <= 0) {
            qCWarning(lcApp) << "reprint of" << orderId << answer.describe();
            return setState(
                m_state, answer.status == 404 || answer.status == 409
                             ? tr("This sale has not reached the server yet: a duplicate can be made once it "
                                  "has.")
                             : tr("The duplicate could not be recorded. Try again."));
        }
        m_receipt.duplicate = number;
        writeReceiptPdf();
        emit receiptChanged();
        setState(m_state, tr("Duplicate n°%1 recorded: print it.").arg(number));
    });
    m_reprint->start();
    emit reprintingChanged();
}

void TillSale::finishTraining(QList<ReceiptPayment> payments, qint64 tendered)
{
    m_pending = snapshot(false);
    m_pending.training = true;
    // An id of this device only: no order exists anywhere, and none is sent.
    m_pending.orderId = newId(u"training"_qs);
    m_pending.reference = tr("TRAINING %1").arg(++m_trainingSales);
    finish(std::move(payments), tendered);
}

void TillSale::followOrder(const QString& orderId)
{
    if (orderId != m_receipt.orderId || !m_session.catalog())
        return;
    try {
        const auto progress = m_session.catalog()->orderProgress(orderId);
        if (progress && !progress->number.isEmpty() && progress->number != m_receipt.reference) {
            m_receipt.reference = progress->number;
            emit receiptChanged();
        }
    } catch (const sqlite::Error& e) {
        qCWarning(lcApp) << "order" << orderId << e.what();
    }
}

void TillSale::cancelPayment()
{
    abortCall();
    m_placeTimeout.stop();
    forgetApproval();
    m_resume.reset();
    m_cashAfterPlace.reset();
    if (m_state == Unconfirmed)
        return; // it may be paid: a manager settles it, a cancel would refund a customer who left
    if (m_orderOnServer && m_session.sync()) {
        try {
            m_session.sync()->enqueue(
                {u"POST"_qs, u"/orders/%1/cancel"_qs.arg(m_orderId), "{}", u"order"_qs, m_orderId, {}});
        } catch (const std::exception& e) {
            qCWarning(lcApp) << "cancel of" << m_orderId << "not queued:" << e.what();
        }
    }
    m_orderId.clear();
    m_orderEntry = 0;
    m_orderOnServer = false;
    setState(Idle);
}

void TillSale::newSale()
{
    if (m_state == Placing || m_state == Authorizing)
        return;
    if (m_state != Paid && m_state != Unconfirmed)
        cancelPayment();
    m_orderId.clear();
    m_orderEntry = 0;
    m_orderOnServer = false;
    m_receipt = {};
    m_receiptPdfPath.clear();
    emit receiptChanged();
    setScanMessage({}, false);
    if (m_state != Idle)
        setState(Idle);
}

QString TillSale::writeReceiptPdf()
{
    if (m_receipt.isEmpty())
        return {};
    const QString path = QDir(m_receiptsDir).filePath(m_receipt.orderId + u".pdf"_qs);
    if (!ReceiptDocument(m_receipt, m_session.moneyLocale())
             .writePdf(path, paperFormatFromString(m_paperFormat)))
        return {};
    if (path != m_receiptPdfPath) {
        m_receiptPdfPath = path;
        emit receiptChanged();
    }
    return path;
}

void TillSale::printReceipt()
{
    if (m_receipt.isEmpty())
        return;
    ReceiptDocument(m_receipt, m_session.moneyLocale())
        .print(paperFormatFromString(m_paperFormat), tr("Print the receipt"));
}

QString TillSale::receiptTotalText() const
{
    return money(m_receipt.total);
}

QString TillSale::receiptTaxText() const
{
    return money(m_receipt.tax);
}

QString TillSale::receiptDiscountText() const
{
    if (m_receipt.discount <= 0)
        return {};
    const QString amount = money(-m_receipt.discount);
    return m_receipt.promoCode.isEmpty() ? amount : u"%1 (%2)"_qs.arg(amount, m_receipt.promoCode);
}

QString TillSale::receiptSaleDiscountLabel() const
{
    return m_receipt.saleDiscount ? StaffDiscounts::saleLabel(*m_receipt.saleDiscount) : QString();
}

QString TillSale::receiptSaleDiscountText() const
{
    return m_receipt.saleDiscount ? money(-m_receipt.saleDiscountAmount) : QString();
}

QString TillSale::receiptSubtotalText() const
{
    return money(m_receipt.subtotal);
}

QString TillSale::receiptChangeText() const
{
    return m_receipt.tendered > 0 ? money(m_receipt.change) : QString();
}

QString TillSale::receiptTenderedText() const
{
    return m_receipt.tendered > 0 ? money(m_receipt.tendered) : QString();
}

QVariantList TillSale::receiptLines() const
{
    QVariantList lines;
    for (const ReceiptLine& l : m_receipt.lines) {
        const QString discount =
            l.discount ? tr("%1: %2").arg(
                             StaffDiscounts::lineLabel(*l.discount, money(l.discount->amount.value_or(0))),
                             money(-l.discountAmount))
                       : QString();
        lines.append(QVariantMap{{u"name"_qs, l.name},
                                 {u"details"_qs, l.details},
                                 {u"quantity"_qs, l.quantity},
                                 {u"unitPriceText"_qs, money(l.unitPrice)},
                                 {u"lineTotalText"_qs, money(l.lineTotal)},
                                 {u"discountText"_qs, discount}});
    }
    return lines;
}

QVariantList TillSale::receiptVat() const
{
    QVariantList rows;
    for (const ReceiptVat& v : m_receipt.vat)
        rows.append(QVariantMap{{u"rateText"_qs, rateText(v.rateBp, m_session.moneyLocale())},
                                {u"netText"_qs, money(v.net)},
                                {u"taxText"_qs, money(v.tax)},
                                {u"grossText"_qs, money(v.gross)}});
    return rows;
}

QVariantList TillSale::receiptPayments() const
{
    QVariantList rows;
    for (const ReceiptPayment& p : m_receipt.payments)
        rows.append(QVariantMap{{u"methodText"_qs, p.method == u"cash" ? tr("Cash") : tr("Card")},
                                {u"amountText"_qs, money(p.amount)}});
    return rows;
}

void TillSale::abortCall()
{
    if (m_call) {
        m_call->abort();
        m_call->deleteLater();
        m_call = nullptr;
    }
}

} // namespace comptoir::app
