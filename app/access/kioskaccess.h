#pragma once
// How a kiosk gets and keeps its right to the server: enrolled once by an operator with a device
// token (checked against the server: it must be a kiosk's) and an operator PIN (kept as a digest),
// or provisioned from the command line; then it starts its session by itself at every start. The
// operator's PIN opens the menu that forgets the device.

#include "app/core/devicesettings.h"
#include "app/session/session.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace comptoir::app {

class KioskAccess : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The kiosk mode makes its access")
    Q_PROPERTY(bool needsSetup READ needsSetup NOTIFY setupChanged)
    Q_PROPERTY(bool setupBusy READ setupBusy NOTIFY setupBusyChanged)
    Q_PROPERTY(QString setupError READ setupError NOTIFY setupErrorChanged)
    Q_PROPERTY(QString presetServerUrl READ presetServerUrl CONSTANT)
    Q_PROPERTY(bool operatorMenuAvailable READ operatorMenuAvailable NOTIFY setupChanged)

public:
    struct Provisioning {
        QString serverUrl;   // --server
        QString deviceToken; // --device-token / COMPTOIR_DEVICE_TOKEN
        QString storeId;     // --store
    };

    KioskAccess(Session& session, DeviceSettings& settings, Provisioning provisioning,
                QObject* parent = nullptr);

    [[nodiscard]] bool needsSetup() const { return !m_session.isActive(); }
    [[nodiscard]] bool setupBusy() const { return m_setupCall != nullptr; }
    [[nodiscard]] const QString& setupError() const { return m_setupError; }
    [[nodiscard]] QString presetServerUrl() const;
    [[nodiscard]] bool operatorMenuAvailable() const { return m_settings.hasPin(); }

    // First start: checks the device token against the server (it must be a kiosk's), then
    // remembers the server, the token, the store and the operator PIN.
    Q_INVOKABLE void enrol(const QString& serverUrl, const QString& deviceToken, const QString& pin);
    Q_INVOKABLE bool checkPin(const QString& pin) const;
    // Operator: forget the server and credential, back to the setup screen.
    Q_INVOKABLE void forgetDevice();

signals:
    void setupChanged();
    void setupBusyChanged();
    void setupErrorChanged();
    // The device is about to forget its server: whatever a shopper left (a cart) goes first.
    void forgetting();

private:
    void startSession();
    void learnStore();
    void setSetupError(const QString& error);

    Session& m_session;
    DeviceSettings& m_settings;
    Provisioning m_provisioning;
    QPointer<sync::OnlineCall> m_setupCall;
    QPointer<sync::OnlineCall> m_storeCall;
    QString m_setupError;
};

} // namespace comptoir::app
