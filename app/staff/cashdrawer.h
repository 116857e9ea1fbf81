#pragma once
// The till's cash drawer, as a cashier runs it: open it with a float, put cash in or take it out
// with a reason, read the X report at any time, close it with the cash counted (the Z report:
// expected, counted and difference, by payment method, VAT by rate, refunds), then keep the Z
// report as a PDF or print it. The open session is read from the cache (the feed keeps the
// store's sessions), so the till knows which drawer takes its cash offline too; opening, moving
// cash and closing are requests the cashier waits for, each with its own Idempotency-Key.

#include "app/access/staffaccess.h"
#include "app/session/session.h"
#include "app/staff/consolecall.h"
#include "app/staff/drawerreport.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>
#include <functional>

namespace comptoir::app {

class CashDrawer : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The App makes the drawer: App.drawer")
    // A till (a register) has a drawer; a back-office PC has none.
    Q_PROPERTY(bool hasRegister READ hasRegister NOTIFY drawerChanged)
    Q_PROPERTY(bool open READ isOpen NOTIFY drawerChanged)
    Q_PROPERTY(QString sessionId READ sessionId NOTIFY drawerChanged)
    Q_PROPERTY(QString openedAtText READ openedAtText NOTIFY drawerChanged)
    Q_PROPERTY(QString openingFloatText READ openingFloatText NOTIFY drawerChanged)
    // Opened on an earlier day and never closed: shown in red until someone counts and closes it.
    Q_PROPERTY(bool leftOpen READ leftOpen NOTIFY drawerChanged)
    // The pay-ins and pay-outs of the open session: {kind, amountText, reason, atText}.
    Q_PROPERTY(QVariantList movements READ movements NOTIFY drawerChanged)
    // The last report read (X while open, Z once closed), formatted for the screen; empty: none.
    Q_PROPERTY(QVariantMap report READ report NOTIFY reportChanged)
    Q_PROPERTY(QString reportPdfPath READ reportPdfPath NOTIFY reportChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool refused READ refused NOTIFY messageChanged)
    Q_PROPERTY(QString paperFormat READ paperFormat WRITE setPaperFormat NOTIFY paperFormatChanged)

public:
    CashDrawer(Session& session, StaffAccess& staff, QString reportsDir, QObject* parent = nullptr);

    [[nodiscard]] bool hasRegister() const { return !m_staff.registerId().isEmpty(); }
    [[nodiscard]] bool isOpen() const { return !m_open.id.isEmpty(); }
    [[nodiscard]] const QString& sessionId() const { return m_open.id; }
    [[nodiscard]] QString openedAtText() const;
    [[nodiscard]] QString openingFloatText() const;
    [[nodiscard]] bool leftOpen() const;
    [[nodiscard]] QVariantList movements() const;
    [[nodiscard]] QVariantMap report() const;
    [[nodiscard]] const DrawerReport& lastReport() const { return m_report; }
    [[nodiscard]] const QString& reportPdfPath() const { return m_reportPdfPath; }
    [[nodiscard]] bool busy() const { return m_call.busy(); }
    [[nodiscard]] const QString& message() const { return m_call.message(); }
    [[nodiscard]] bool refused() const { return m_call.refused(); }
    [[nodiscard]] QString paperFormat() const { return m_paperFormat; }
    void setPaperFormat(const QString& format);

    // Opens this till's drawer with the float typed ("150", "150,00").
    Q_INVOKABLE void openDrawer(const QString& floatTyped);
    // Cash put in (a change top-up) or taken out (to the safe, a supplier) with its reason.
    Q_INVOKABLE void payIn(const QString& amountTyped, const QString& reason);
    Q_INVOKABLE void payOut(const QString& amountTyped, const QString& reason);
    // Reads the running X report of the open drawer.
    Q_INVOKABLE void readReport();
    // Closes the drawer with the cash counted: the answer is the Z report, kept as a PDF.
    Q_INVOKABLE void close(const QString& countedTyped);
    // The report shown, as a PDF in the profile's reports folder (the Z report is written at the
    // close); its path, empty when it could not be written.
    Q_INVOKABLE QString writeReportPdf();
    // The report on paper through the system's print dialog.
    Q_INVOKABLE void printReport();
    Q_INVOKABLE void clearMessage() { say({}, false); }
    // Reads the open session again from the cache (the feed changed it, someone signed in).
    Q_INVOKABLE void refresh();

signals:
    void drawerChanged();
    void reportChanged();
    void busyChanged();
    void messageChanged();
    void paperFormatChanged();

private:
    struct Request {
        QString method;
        QString path;
        QJsonObject body;
        QString conflict; // said on a 409
    };
    void send(const Request& request, std::function<void(const QJsonObject&)> done);
    void move(const QString& kind, const QString& amountTyped, const QString& reason);
    [[nodiscard]] qint64 typed(const QString& text, const QString& what);
    void takeReport(const QJsonObject& session);
    void say(const QString& message, bool refused) { m_call.say(message, refused); }
    [[nodiscard]] QString money(qint64 amount) const;

    Session& m_session;
    StaffAccess& m_staff;
    QString m_reportsDir;
    DrawerSession m_open;
    QString m_closedId; // closed here; the cache may still say open until the feed catches up
    QList<DrawerMovement> m_movements;
    DrawerReport m_report;
    QString m_reportPdfPath;
    ConsoleCall m_call;
    QString m_paperFormat = u"roll80"_qs;
};

} // namespace comptoir::app
