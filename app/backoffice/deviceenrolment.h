#pragma once
// A manager enrols a kiosk or a till from the back office (POST /devices): the device's token is
// shown once, as text and as a QR code the device's setup can scan
// (comptoir://enrol?server=…&token=…&store=…&kind=…), then forgotten when the manager closes it.
// The server keeps only its hash: a token lost is a device enrolled again, never shown twice.

#include "app/session/session.h"
#include "app/staff/consolecall.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace comptoir::app {

class DeviceEnrolment : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(comptoir::app::Session* session READ session WRITE setSession NOTIFY sessionChanged REQUIRED)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool refused READ refused NOTIFY messageChanged)
    // The new device's token and what its QR code says; empty once dismissed.
    Q_PROPERTY(QString token READ token NOTIFY enrolledChanged)
    Q_PROPERTY(QString setupLink READ setupLink NOTIFY enrolledChanged)
    Q_PROPERTY(QString deviceName READ deviceName NOTIFY enrolledChanged)

public:
    explicit DeviceEnrolment(QObject* parent = nullptr);

    [[nodiscard]] Session* session() const { return m_session; }
    void setSession(Session* session);
    [[nodiscard]] bool busy() const { return m_call.busy(); }
    [[nodiscard]] const QString& message() const { return m_call.message(); }
    [[nodiscard]] bool refused() const { return m_call.refused(); }
    [[nodiscard]] const QString& token() const { return m_token; }
    [[nodiscard]] QString setupLink() const;
    [[nodiscard]] const QString& deviceName() const { return m_name; }

    // `kind` is "kiosk" or "register".
    Q_INVOKABLE void enrol(const QString& name, const QString& storeId, const QString& kind);
    // The token is off the screen and out of memory.
    Q_INVOKABLE void dismiss();

signals:
    void sessionChanged();
    void busyChanged();
    void messageChanged();
    void enrolledChanged();
    void enrolled(const QString& deviceId);

private:
    QPointer<Session> m_session;
    ConsoleCall m_call;
    QString m_token;
    QString m_name;
    QString m_storeId;
    QString m_kind;
};

} // namespace comptoir::app
