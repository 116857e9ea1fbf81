#pragma once
// How the screens read for the person in front of them (European Accessibility Act): larger type
// with stronger contrast, which a shopper turns on from any screen of the shop or the kiosk and
// which the device keeps between starts. Theme (Comptoir.Ui) follows it; each window binds it.

#include "app/core/devicesettings.h"

#include <QObject>
#include <QQmlEngine>

namespace comptoir::app {

class DisplaySettings : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The app makes its display settings")
    Q_PROPERTY(bool largeText READ largeText WRITE setLargeText NOTIFY largeTextChanged)

public:
    explicit DisplaySettings(DeviceSettings& settings, QObject* parent = nullptr)
        : QObject(parent), m_settings(settings), m_largeText(settings.largeText())
    {
    }

    [[nodiscard]] bool largeText() const { return m_largeText; }
    void setLargeText(bool on)
    {
        if (on == m_largeText)
            return;
        m_largeText = on;
        m_settings.setLargeText(on);
        emit largeTextChanged();
    }

signals:
    void largeTextChanged();

private:
    DeviceSettings& m_settings;
    bool m_largeText;
};

} // namespace comptoir::app
