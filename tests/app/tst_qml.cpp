// Qt Quick Test runner for the QML controls and kiosk components: the static QML modules are
// linked in, and an App (not set up, no server) backs the singleton the kiosk parts read.

#include "app/core/app.h"

#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(Comptoir_AppPlugin)
Q_IMPORT_QML_PLUGIN(Comptoir_UiPlugin)
Q_IMPORT_QML_PLUGIN(Comptoir_KioskPlugin)

class Setup : public QObject {
    Q_OBJECT
public slots:
    void applicationAvailable()
    {
        comptoir::app::LaunchOptions options;
        options.profileDir = m_profile.path();
        options.language = u"en"_qs;
        m_app = std::make_unique<comptoir::app::App>(options);
    }
    void qmlEngineAvailable(QQmlEngine* engine) { engine->addImportPath(u"qrc:/qt/qml"_qs); }
    void cleanupTestCase() { m_app.reset(); }

private:
    QTemporaryDir m_profile;
    std::unique_ptr<comptoir::app::App> m_app;
};

QUICK_TEST_MAIN_WITH_SETUP(comptoir_qml, Setup)
#include "tst_qml.moc"
