#pragma once
// The returns desk of the staff console: a sale found by its receipt's QR code (any store's or
// the web's: returns are omnichannel) or by its number (this store's sales, from the cache), its
// lines with what was sold, returned and can still come back; the cashier picks the lines and
// quantities coming back, whether they go back on sale, and the refund (to the original payment,
// or in cash from this till's open drawer); the server computes the refund and takes the return,
// which comes back as a slip (PDF, printer). A return is a request the cashier waits for: returns
// need the server. One Idempotency-Key per attempt, reused when the same return is sent again
// after an answer was lost, so it is never refunded twice. Every refusal is a sentence.

#include "app/access/staffaccess.h"
#include "app/session/session.h"
#include "app/staff/cashdrawer.h"
#include "app/staff/consolecall.h"
#include "app/staff/returnslip.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>
#include <functional>

namespace comptoir::app {

class ReturnDesk : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The App makes the returns desk: App.returns")
    // A sale is on the desk.
    Q_PROPERTY(bool found READ found NOTIFY saleChanged)
    Q_PROPERTY(QString orderId READ orderId NOTIFY saleChanged)
    Q_PROPERTY(QString number READ number NOTIFY saleChanged)
    // Where it was bought: a store's name, or the web shop.
    Q_PROPERTY(QString boughtAt READ boughtAt NOTIFY saleChanged)
    Q_PROPERTY(QString paidText READ paidText NOTIFY saleChanged)
    Q_PROPERTY(QString refundedText READ refundedText NOTIFY saleChanged)
    // Why nothing of this sale can come back, in a sentence; empty when something can.
    Q_PROPERTY(QString notReturnable READ notReturnable NOTIFY saleChanged)
    // [{sku, name, sold, returned, returnable, unitRefundText, chosen}], in the sale's order.
    Q_PROPERTY(QVariantList lines READ lines NOTIFY linesChanged)
    Q_PROPERTY(int chosenUnits READ chosenUnits NOTIFY linesChanged)
    // What the chosen lines should give back; the server's figure is the one refunded.
    Q_PROPERTY(QString estimateText READ estimateText NOTIFY linesChanged)
    // True: the goods go back on sale here; false: damaged, they do not.
    Q_PROPERTY(bool restock READ restock WRITE setRestock NOTIFY choiceChanged)
    // "original" (the way the sale was paid) or "cash" (from this till's open drawer).
    Q_PROPERTY(QString refundMethod READ refundMethod WRITE setRefundMethod NOTIFY choiceChanged)
    Q_PROPERTY(QString reason READ reason WRITE setReason NOTIFY choiceChanged)
    // This console is a till whose drawer is open: cash can be handed back.
    Q_PROPERTY(bool cashAvailable READ cashAvailable NOTIFY drawerChanged)
    // The last return taken here, for the screen: {number, refundTotalText, units, restock,
    // refunds: [{method, amountText}]}; empty before the first.
    Q_PROPERTY(QVariantMap result READ result NOTIFY resultChanged)
    Q_PROPERTY(QString slipPdfPath READ slipPdfPath NOTIFY resultChanged)
    Q_PROPERTY(QString paperFormat READ paperFormat WRITE setPaperFormat NOTIFY paperFormatChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool refused READ refused NOTIFY messageChanged)

public:
    ReturnDesk(Session& session, StaffAccess& staff, CashDrawer& drawer, QString slipsDir,
               QObject* parent = nullptr);

    [[nodiscard]] bool found() const { return !m_sale.orderId.isEmpty(); }
    [[nodiscard]] const QString& orderId() const { return m_sale.orderId; }
    [[nodiscard]] const QString& number() const { return m_sale.number; }
    [[nodiscard]] QString boughtAt() const;
    [[nodiscard]] QString paidText() const;
    [[nodiscard]] QString refundedText() const;
    [[nodiscard]] QString notReturnable() const;
    [[nodiscard]] QVariantList lines() const;
    [[nodiscard]] int chosenUnits() const;
    [[nodiscard]] QString estimateText() const;
    [[nodiscard]] bool restock() const { return m_restock; }
    void setRestock(bool restock);
    [[nodiscard]] const QString& refundMethod() const { return m_refundMethod; }
    void setRefundMethod(const QString& method);
    [[nodiscard]] const QString& reason() const { return m_reason; }
    void setReason(const QString& reason);
    [[nodiscard]] bool cashAvailable() const { return m_drawer.isOpen(); }
    [[nodiscard]] QVariantMap result() const;
    [[nodiscard]] const ReturnSlip& lastSlip() const { return m_slip; }
    [[nodiscard]] const QString& slipPdfPath() const { return m_slipPdfPath; }
    [[nodiscard]] const QString& paperFormat() const { return m_paperFormat; }
    void setPaperFormat(const QString& format);
    [[nodiscard]] bool busy() const { return m_call.busy(); }
    [[nodiscard]] const QString& message() const { return m_call.message(); }
    [[nodiscard]] bool refused() const { return m_call.refused(); }

    // What a scanner read or a person typed: a receipt's QR code or a sale's number finds the
    // sale; an item's barcode, with a sale on the desk, brings one more of that line back.
    Q_INVOKABLE void scan(const QString& code);
    // The sale a receipt's code or a number names, as the server has it now.
    Q_INVOKABLE void find(const QString& scannedOrTyped);
    // How many of `sku` come back (0: none); no more than can still come back.
    Q_INVOKABLE void setQuantity(const QString& sku, int quantity);
    // Sends the return chosen; the server answers with the refund it made.
    Q_INVOKABLE void takeBack();
    // Clears the desk for the next customer (the last slip stays on file).
    Q_INVOKABLE void clear();
    // The last return's slip as a PDF in the profile's returns folder; its path, empty on failure.
    Q_INVOKABLE QString writeSlipPdf();
    Q_INVOKABLE void printSlip();
    Q_INVOKABLE void clearMessage() { say({}, false); }

signals:
    void saleChanged();
    void linesChanged();
    void choiceChanged();
    void drawerChanged();
    void resultChanged();
    void paperFormatChanged();
    void busyChanged();
    void messageChanged();
    // The server took the return `returnId`.
    void taken(const QString& returnId);

private:
    struct Line {
        QString sku;
        QString name;
        qint64 sold = 0;
        qint64 returned = 0;
        qint64 returnable = 0;
        qint64 unitRefund = 0;       // what one more unit gives back
        qint64 returnableRefund = 0; // what all that can still come back gives back
        qint64 chosen = 0;
    };
    struct Sale {
        QString orderId;
        QString number;
        QString storeId;
        QString status;
        bool refusedByServer = false; // the server said why nothing of it can come back
        QString currency;
        qint64 paid = 0;
        qint64 refunded = 0;
        QList<Line> lines;
    };
    void load(const QString& orderId, const QString& asked, bool keepMessage);
    void takeSale(const QJsonObject& returnable);
    void returned(const QJsonObject& answer);
    void refusedReturn(const sync::HttpAnswer& answer, const QString& orderId);
    void call(const QString& method, const QString& path, const QByteArray& body, const QString& key,
              std::function<void(const sync::HttpAnswer&)> done);
    void say(const QString& message, bool refused) { m_call.say(message, refused); }
    [[nodiscard]] QString money(qint64 amount) const;
    [[nodiscard]] static QString offline();

    Session& m_session;
    StaffAccess& m_staff;
    CashDrawer& m_drawer;
    QString m_slipsDir;
    Sale m_sale;
    bool m_restock = true;
    QString m_refundMethod = u"original"_qs;
    QString m_reason;
    ReturnSlip m_slip;
    QString m_slipPdfPath;
    QString m_paperFormat = u"roll80"_qs;
    ConsoleCall m_call;
    // The last return whose answer was lost, and its key: the same return again reuses the key.
    QString m_unconfirmedPath;
    QByteArray m_unconfirmedBody;
    QString m_unconfirmedKey;
};

} // namespace comptoir::app
