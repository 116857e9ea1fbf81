#pragma once
// A sale at the till, from the first scan to the receipt. Items come from scans (a barcode looked
// up in the cache) or the search; the cart is the one every mode shares, priced by the server's
// arithmetic. Payment: cash (works offline: the order, its payment and its hand-over go through
// the outbox in one transaction and reach the server once), the card terminal (needs the link:
// the order must be on the server before the card is charged, once, however often an answer is
// lost), or both. Then a receipt, on screen and as a PDF the console can print.
// A discount above 20 % waits for a manager's email and PIN, typed at the till; the order that
// carries them is sent online only, never through the outbox: a PIN is never written to disk.

#include "app/checkout/cartorder.h"
#include "app/checkout/salepolicy.h"
#include "app/till/receipt.h"
#include "sync/net/onlinecall.h"
#include "sync/outbox/outbox.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>
#include <QVariantList>
#include <functional>

namespace comptoir::app {

class Cart;
class Session;

class TillSale : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The till's sale belongs to App")
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString message READ message NOTIFY stateChanged)
    // What the last scan did, in words (added, or why nothing was).
    Q_PROPERTY(QString scanMessage READ scanMessage NOTIFY scanMessageChanged)
    Q_PROPERTY(bool scanRefused READ scanRefused NOTIFY scanMessageChanged)
    // The total to pay now, in minor units (the cart's, or what is left of an order partly paid).
    Q_PROPERTY(qint64 due READ due NOTIFY dueChanged)
    // The drawer's open cash session, when one is known: every payment taken here carries it.
    // The open drawer's session (App sets it from the drawer); empty: cash is refused, in words.
    Q_PROPERTY(QString cashSessionId READ cashSessionId WRITE setCashSessionId NOTIFY cashSessionIdChanged)
    // The customer's email, typed at the till (optional): the sale is filed under their account.
    // An address no account has is refused by the server, in words, before any cash is taken;
    // offline, the sale is kept, and filed under the account only if the server knows it.
    Q_PROPERTY(QString customerEmail READ customerEmail WRITE setCustomerEmail NOTIFY customerEmailChanged)
    // "a4" or "roll80": the paper the receipt is laid out for.
    Q_PROPERTY(QString paperFormat READ paperFormat WRITE setPaperFormat NOTIFY paperFormatChanged)
    Q_PROPERTY(bool hasReceipt READ hasReceipt NOTIFY receiptChanged)
    Q_PROPERTY(QString receiptReference READ receiptReference NOTIFY receiptChanged)
    Q_PROPERTY(QString receiptQr READ receiptQr NOTIFY receiptChanged)
    Q_PROPERTY(QString receiptTotalText READ receiptTotalText NOTIFY receiptChanged)
    Q_PROPERTY(QString receiptTaxText READ receiptTaxText NOTIFY receiptChanged)
    // "−10,49 € (BIENVENUE10)", empty without a promotion.
    Q_PROPERTY(QString receiptDiscountText READ receiptDiscountText NOTIFY receiptChanged)
    // The staff's discount on the whole sale: "Sale discount 10% (reason)" and "−4,50 €".
    Q_PROPERTY(QString receiptSaleDiscountLabel READ receiptSaleDiscountLabel NOTIFY receiptChanged)
    Q_PROPERTY(QString receiptSaleDiscountText READ receiptSaleDiscountText NOTIFY receiptChanged)
    Q_PROPERTY(QString receiptSubtotalText READ receiptSubtotalText NOTIFY receiptChanged)
    Q_PROPERTY(QString receiptChangeText READ receiptChangeText NOTIFY receiptChanged)
    Q_PROPERTY(QString receiptTenderedText READ receiptTenderedText NOTIFY receiptChanged)
    Q_PROPERTY(bool receiptOffline READ receiptOffline NOTIFY receiptChanged)
    // [{name, details, quantity, unitPriceText, lineTotalText, discountText}]: the total before
    // the line's own discount, then the discount in words and amount (empty without one).
    Q_PROPERTY(QVariantList receiptLines READ receiptLines NOTIFY receiptChanged)
    // [{rateText, netText, taxText, grossText}]
    Q_PROPERTY(QVariantList receiptVat READ receiptVat NOTIFY receiptChanged)
    // [{methodText, amountText}]
    Q_PROPERTY(QVariantList receiptPayments READ receiptPayments NOTIFY receiptChanged)
    Q_PROPERTY(QString receiptPdfPath READ receiptPdfPath NOTIFY receiptChanged)
    // Training mode: sales are rung up, paid and printed "TRAINING" here only; nothing is sent,
    // so nothing reaches the journal, the stock or the reports. Switched between sales only.
    Q_PROPERTY(bool training READ training WRITE setTraining NOTIFY trainingChanged)
    Q_PROPERTY(bool receiptTraining READ receiptTraining NOTIFY receiptChanged)
    // The reprint number of the receipt shown, 0 for the original.
    Q_PROPERTY(int receiptDuplicate READ receiptDuplicate NOTIFY receiptChanged)
    Q_PROPERTY(bool reprinting READ reprinting NOTIFY reprintingChanged)

public:
    enum State {
        Idle,          // ringing up
        Placing,       // the order is on its way to the server (before a card payment)
        Authorizing,   // the terminal is charging the card
        Paid,          // done: the receipt shows
        Declined,      // the card was refused: another card, or cash
        NeedsNetwork,  // a card needs the link, which is down: cash works
        Failed,        // the server refused the sale (stock, a price that moved)
        Unconfirmed,   // the card's answer was lost: it may be charged; check before charging again
        NeedsApproval, // a discount above 20 %: a manager types their email and PIN on the till
    };
    Q_ENUM(State)

    TillSale(Session& session, Cart& cart, SalePolicy policy, std::function<QString()> cashier,
             QString receiptsDir, QObject* parent = nullptr);
    ~TillSale() override;

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const QString& message() const { return m_message; }
    [[nodiscard]] const QString& scanMessage() const { return m_scanMessage; }
    [[nodiscard]] bool scanRefused() const { return m_scanRefused; }
    [[nodiscard]] qint64 due() const;
    [[nodiscard]] const QString& cashSessionId() const { return m_cashSessionId; }
    void setCashSessionId(const QString& id);
    [[nodiscard]] const QString& paperFormat() const { return m_paperFormat; }
    void setPaperFormat(const QString& format);
    [[nodiscard]] const QString& customerEmail() const { return m_customerEmail; }
    void setCustomerEmail(const QString& email);
    [[nodiscard]] bool training() const { return m_training; }
    void setTraining(bool on);
    [[nodiscard]] bool receiptTraining() const { return m_receipt.training; }
    [[nodiscard]] int receiptDuplicate() const { return m_receipt.duplicate; }
    [[nodiscard]] bool reprinting() const { return m_reprint != nullptr; }

    [[nodiscard]] bool hasReceipt() const { return !m_receipt.isEmpty(); }
    [[nodiscard]] const Receipt& receipt() const { return m_receipt; }
    [[nodiscard]] const QString& receiptReference() const { return m_receipt.reference; }
    [[nodiscard]] QString receiptQr() const { return m_receipt.qrPayload(); }
    [[nodiscard]] QString receiptTotalText() const;
    [[nodiscard]] QString receiptTaxText() const;
    [[nodiscard]] QString receiptDiscountText() const;
    [[nodiscard]] QString receiptSaleDiscountLabel() const;
    [[nodiscard]] QString receiptSaleDiscountText() const;
    [[nodiscard]] QString receiptSubtotalText() const;
    [[nodiscard]] QString receiptChangeText() const;
    [[nodiscard]] QString receiptTenderedText() const;
    [[nodiscard]] bool receiptOffline() const { return m_receipt.offline; }
    [[nodiscard]] QVariantList receiptLines() const;
    [[nodiscard]] QVariantList receiptVat() const;
    [[nodiscard]] QVariantList receiptPayments() const;
    [[nodiscard]] const QString& receiptPdfPath() const { return m_receiptPdfPath; }

    // A barcode read by the scanner: its item joins the sale (a new sale after a receipt). False,
    // with a beep and the reason in scanMessage, for a code the catalog does not know.
    Q_INVOKABLE bool scan(const QString& code);
    // "12,50", "12.5", "20" → minor units; -1 when it is not an amount.
    Q_INVOKABLE qint64 parseAmount(const QString& text) const;
    // The change for `tendered` against what is due (empty when it is not enough).
    Q_INVOKABLE QString changeFor(qint64 tendered) const;

    // Everything in cash; works offline.
    Q_INVOKABLE void payCash(qint64 tendered);
    // Everything on the card terminal.
    Q_INVOKABLE void payCard();
    // `cashAmount` in cash (with `tendered` handed over), the rest on the terminal.
    Q_INVOKABLE void paySplit(qint64 cashAmount, qint64 tendered);
    // A manager approves the sale's discounts: the payment asked for goes on, its order online
    // with `approved_by`. The PIN stays in memory for that one order, and a refusal says why.
    Q_INVOKABLE void approve(const QString& email, const QString& pin);
    // The sale without its staff discounts (one that needs approval cannot go offline).
    Q_INVOKABLE void removeDiscounts();
    // Leaves the payment: an unpaid order on the server is cancelled (its stock released).
    Q_INVOKABLE void cancelPayment();
    // The next customer.
    Q_INVOKABLE void newSale();
    // Writes the receipt's PDF again (its number may have arrived since) and returns its path.
    Q_INVOKABLE QString writeReceiptPdf();
    // The system's print dialog, then the receipt on the chosen printer. Only when asked.
    Q_INVOKABLE void printReceipt();
    // A duplicate of the receipt shown: the server numbers it and journals it (online only), then
    // the receipt says "DUPLICATA n°N" on screen and in its PDF, ready to print.
    Q_INVOKABLE void reprintReceipt();

    // The terminal simulator of the server charges a payment in this many ms at most; the
    // call gives up after `kTerminalTimeoutMs`.
    static constexpr int kTerminalTimeoutMs = 30000;

signals:
    void stateChanged();
    void scanMessageChanged();
    void dueChanged();
    void cashSessionIdChanged();
    void paperFormatChanged();
    void receiptChanged();
    void customerEmailChanged();
    void trainingChanged();
    void reprintingChanged();

private:
    [[nodiscard]] bool canTakePayment() const;
    [[nodiscard]] static QString noDrawer();
    void setState(State state, const QString& message = {});
    void setScanMessage(const QString& message, bool refused);
    [[nodiscard]] Receipt snapshot(bool offline) const;
    [[nodiscard]] sync::OutboxRequest cashPayment(qint64 amount, qint64 tendered, bool withAmount) const;
    [[nodiscard]] sync::OutboxRequest handOver() const;
    // Places the order (through the outbox) with `followUps` in the same transaction.
    bool placeOrder(bool offline, const std::function<QList<sync::OutboxRequest>()>& followUps);
    void onEntrySettled(qint64 entryId, bool applied, int status, const QString& reason);
    void chargeTerminal();
    void finish(QList<ReceiptPayment> payments, qint64 tendered);
    // A training sale: paid at once, here only (no order, no payment, no outbox entry).
    void finishTraining(QList<ReceiptPayment> payments, qint64 tendered);
    void takeCashAfterPlace();
    void followOrder(const QString& orderId);
    void abortCall();
    // How the sale is paid once its order is on the server.
    enum class Tender { Cash, Card, Split };
    struct Resume {
        Tender tender = Tender::Cash;
        qint64 tendered = 0;
        qint64 cashAmount = 0; // a split's cash part
    };
    // A sale whose discounts need a manager: asks for the approval, then places the order online.
    void placeApproved(const Resume& resume);
    void onApprovedPlaced(const sync::HttpAnswer& answer);
    void forgetApproval();
    [[nodiscard]] QString refusalFor(int status, const QString& reason) const;
    // Why the typed customer email cannot go with the sale; empty when it can (or there is none).
    [[nodiscard]] QString customerEmailRefusal() const;
    [[nodiscard]] CartOrderOptions orderOptions(bool offline) const;
    [[nodiscard]] static QString approvalNeedsNetwork();
    [[nodiscard]] QString money(qint64 amount) const;

    Session& m_session;
    Cart& m_cart;
    SalePolicy m_policy;
    std::function<QString()> m_cashier;
    QString m_receiptsDir;
    QPointer<sync::OnlineCall> m_reprint;
    bool m_training = false;
    int m_trainingSales = 0; // numbers the training receipts of this session
    State m_state = Idle;
    QString m_message;
    QString m_scanMessage;
    bool m_scanRefused = false;
    QString m_cashSessionId;
    QString m_paperFormat = u"roll80"_qs;
    QString m_customerEmail;

    // The sale being paid: its order, the receipt taken when it was placed, a split's cash part.
    QString m_orderId;
    qint64 m_orderEntry = 0;
    bool m_orderOnServer = false;
    Receipt m_pending;
    qint64 m_splitCash = 0;
    qint64 m_splitTendered = 0;
    // A cash sale with a customer's email waits for the server to accept its order (and so the
    // account) before the cash is taken: the cash handed over, kept until then.
    std::optional<qint64> m_cashAfterPlace;
    QTimer m_placeTimeout;
    // A manager's approval: in memory for the one order it is sent with, never stored.
    struct Approval {
        QString email;
        QString pin;
    };
    std::optional<Approval> m_approval;
    std::optional<Resume> m_resume; // the payment waiting for the approval
    QPointer<sync::OnlineCall> m_call;

    Receipt m_receipt; // the last sale's, shown until the next
    QString m_receiptPdfPath;
};

} // namespace comptoir::app
