#pragma once
// What staff do to the store's orders from the queue: mark one ready (the customer is told by the
// server), hand one over against the QR code of its receipt or its number, cancel one with a
// reason (its refund follows on the server). Each is a request the person waits for at the
// console; the order's new state comes back through the change feed like any other change, and
// every refusal is said in a sentence.

#include "app/session/session.h"
#include "app/staff/consolecall.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace comptoir::app {

class OrderDesk : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(comptoir::app::Session* session READ session WRITE setSession NOTIFY sessionChanged REQUIRED)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // What the last action did, or why it was refused; `refused` tells which.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool refused READ refused NOTIFY messageChanged)

public:
    explicit OrderDesk(QObject* parent = nullptr);

    [[nodiscard]] Session* session() const { return m_session; }
    void setSession(Session* session);
    [[nodiscard]] bool busy() const { return m_call.busy(); }
    [[nodiscard]] const QString& message() const { return m_call.message(); }
    [[nodiscard]] bool refused() const { return m_call.refused(); }

    // The order's goods are gathered: it waits for its customer.
    Q_INVOKABLE void markReady(const QString& orderId);
    // What a scanner read from a receipt's QR code ("comptoir:order:<id>"), or a number typed
    // ("PAR-000123", or "123"): that order leaves with its customer.
    Q_INVOKABLE void handOver(const QString& scannedOrTyped);
    // The order will not be collected: its stock goes back on the shelf, its payment is refunded.
    Q_INVOKABLE void cancel(const QString& orderId, const QString& reason);
    Q_INVOKABLE void clearMessage();
    // The order id a scan or a typed number names at this store; empty when none.
    Q_INVOKABLE QString resolve(const QString& scannedOrTyped) const;

signals:
    void sessionChanged();
    void busyChanged();
    void messageChanged();
    // The server did it; the feed brings the order's new state.
    void done(const QString& orderId);

private:
    struct Action {
        QString orderId;
        QString number;
        QString path;
        QByteArray body;
        QString success;  // said once the server did it
        QString conflict; // said on a 409: why this order's state forbids it
    };
    void send(Action action);
    void say(const QString& message, bool refused) { m_call.say(message, refused); }
    [[nodiscard]] QString numberOf(const QString& orderId) const;

    QPointer<Session> m_session;
    ConsoleCall m_call;
};

} // namespace comptoir::app
