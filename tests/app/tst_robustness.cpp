// The kiosk never crashes on what a store's life throws at it: a damaged settings file or cache,
// a wrong server address or token at setup, a token that is a person's. And setup is asked once.

#include "app/cart/cart.h"
#include "app/core/devicesettings.h"
#include "kioskfixture.h"
#include "syncchecks.h"

#include <QFile>
#include <QtTest>

using namespace comptoir;
using namespace comptoir::test;

class RobustnessTest : public QObject {
    Q_OBJECT

private:
    TestServer m_server;

    static void writeGarbage(const QString& path, int bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray garbage(bytes, '\0');
        for (int i = 0; i < bytes; ++i)
            garbage[i] = char((i * 131 + 7) % 256);
        file.write(garbage);
    }

    static app::LaunchOptions unenrolled(const QString& profile)
    {
        app::LaunchOptions o;
        o.profileDir = profile;
        return o;
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }

    void setupChecksTheTokenAndIsAskedOnce()
    {
        QTemporaryDir profile;
        {
            app::App app(unenrolled(profile.path()));
            QVERIFY(app.kiosk()->needsSetup());
            QVERIFY(app.session()->sync() == nullptr);

            app.kiosk()->enrol(u"not a url"_qs, u"x"_qs, u"2468"_qs);
            QVERIFY(!app.kiosk()->setupError().isEmpty());
            QVERIFY(app.kiosk()->needsSetup());

            const QString kiosk = QString::fromStdString(m_server.kioskToken(u"loc_lyon"_qs));
            app.kiosk()->enrol(m_server.url(), kiosk, u"12"_qs); // PIN too short
            QVERIFY(!app.kiosk()->setupError().isEmpty());
            QVERIFY(!app.kiosk()->setupBusy());

            // Nobody listens on this port.
            app.kiosk()->enrol(u"http://127.0.0.1:1"_qs, kiosk, u"2468"_qs);
            QVERIFY(waitFor([&] { return !app.kiosk()->setupBusy(); }));
            QCOMPARE(app.session()->language(), u"fr"_qs); // a new kiosk speaks French until told otherwise
            QCOMPARE(
                app.kiosk()->setupError(),
                u"Aucun serveur Comptoir ne répond à cette adresse. Vérifiez l’adresse et le réseau."_qs);

            app.kiosk()->enrol(m_server.url(), u"not-a-token"_qs, u"2468"_qs);
            QVERIFY(waitFor([&] { return !app.kiosk()->setupBusy(); }));
            QVERIFY(app.kiosk()->needsSetup());
            const QString badToken = app.kiosk()->setupError();
            QVERIFY(!badToken.isEmpty());

            const QString staff = QString::fromStdString(m_server.login(u"staff.lyon@demo.comptoir.fr"_qs));
            app.kiosk()->enrol(m_server.url(), staff, u"2468"_qs);
            QVERIFY(waitFor([&] { return !app.kiosk()->setupBusy(); }));
            QVERIFY(app.kiosk()->needsSetup());
            QVERIFY(app.kiosk()->setupError() != badToken); // a person's token is told apart

            app.kiosk()->enrol(m_server.url() + u"/"_qs, kiosk, u"2468"_qs);
            QVERIFY(waitFor([&] { return !app.kiosk()->needsSetup(); }));
            QVERIFY(app.kiosk()->setupError().isEmpty());
            QCOMPARE(app.session()->storeId(), u"loc_lyon"_qs); // learnt from the server
            QVERIFY(app.kiosk()->checkPin(u"2468"_qs));
            QVERIFY(!app.kiosk()->checkPin(u"0000"_qs));
            QVERIFY(!app.kiosk()->checkPin(QString()));
            QVERIFY(app.kiosk()->operatorMenuAvailable());
        }
        const QString ini = profile.filePath(u"comptoir.ini"_qs);
        QCOMPARE(QFile::permissions(ini) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        {
            app::App again(unenrolled(profile.path())); // a restart: no setup screen
            QVERIFY(!again.kiosk()->needsSetup());
            QCOMPARE(again.session()->storeId(), u"loc_lyon"_qs);
            QVERIFY(again.kiosk()->checkPin(u"2468"_qs));
            again.kiosk()->forgetDevice();
            QVERIFY(again.kiosk()->needsSetup());
        }
        app::App forgotten(unenrolled(profile.path()));
        QVERIFY(forgotten.kiosk()->needsSetup());
    }

    void provisioningAgainKeepsTheStoreLearntFromTheServer()
    {
        QTemporaryDir profile;
        app::LaunchOptions options;
        options.profileDir = profile.path();
        options.serverUrl = m_server.url();
        options.deviceToken = QString::fromStdString(m_server.kioskToken(u"loc_bordeaux"_qs)); // no --store
        {
            app::App first(options);
            QVERIFY(!first.kiosk()->needsSetup());
            QVERIFY(waitFor([&] { return first.session()->storeId() == u"loc_bordeaux"; }));
        }
        // The same command line at the next start, before any network: the store is still known.
        app::App second(options);
        QCOMPARE(second.session()->storeId(), u"loc_bordeaux"_qs);
    }

    void theCommandLineIsCheckedAndTheTokenMayComeFromTheEnvironment()
    {
        const auto bad = app::parseLaunchOptions({u"comptoir"_qs, u"--server"_qs, u"ftp://x"_qs});
        QVERIFY(!bad.options && !bad.error.isEmpty());
        QVERIFY(!app::parseLaunchOptions({u"comptoir"_qs, u"--lang"_qs, u"de"_qs}).options);
        QVERIFY(!app::parseLaunchOptions({u"comptoir"_qs, u"--idle-timeout"_qs, u"3"_qs}).options);
        for (const QString& mode : {u"kiosk"_qs, u"shop"_qs, u"staff"_qs})
            QVERIFY(app::parseLaunchOptions({u"comptoir"_qs, u"--mode"_qs, mode}).options);
        QVERIFY(!app::parseLaunchOptions({u"comptoir"_qs, u"--mode"_qs, u"till"_qs}).options);
        qputenv("COMPTOIR_DEVICE_TOKEN", "from-the-environment");
        const auto fromEnv = app::parseLaunchOptions({u"comptoir"_qs, u"--server"_qs, u"http://h:1/"_qs});
        const auto fromArgs = app::parseLaunchOptions(
            {u"comptoir"_qs, u"--server"_qs, u"http://h:1"_qs, u"--device-token"_qs, u"given"_qs});
        qunsetenv("COMPTOIR_DEVICE_TOKEN");
        QVERIFY(fromEnv.options && fromArgs.options);
        QCOMPARE(fromEnv.options->deviceToken, u"from-the-environment"_qs);
        QCOMPARE(fromEnv.options->serverUrl, u"http://h:1"_qs);
        QCOMPARE(fromArgs.options->deviceToken, u"given"_qs);
    }

    void aDamagedSettingsFileStartsAsANewDevice()
    {
        QTemporaryDir profile;
        const QString ini = profile.filePath(u"comptoir.ini"_qs);
        writeGarbage(ini, 4096);
        app::App app(unenrolled(profile.path()));
        QVERIFY(app.kiosk()->needsSetup());
        QCOMPARE(app.session()->language(), u"fr"_qs);
        app.session()->setLanguage(u"en"_qs); // and it can be written again
        app::DeviceSettings reread(ini);
        QCOMPARE(reread.language(), u"en"_qs);
    }

    void aDamagedCacheIsSetAsideAndRebuilt()
    {
        QTemporaryDir profile;
        {
            Kiosk first(m_server, {u"loc_paris"_qs, profile.path()});
            QVERIFY(first.waitUntilReady());
            QVERIFY(first.app().cart()->add(skuInStock(first.cache(), u"loc_paris"_qs, u"standard"_qs), 1));
        }
        const QString cache = profile.filePath(u"kiosk-cache.sqlite"_qs);
        QVERIFY(QFile::exists(cache));
        QFile::remove(cache + u"-wal"_qs);
        QFile::remove(cache + u"-shm"_qs);
        writeGarbage(cache, 64 * 1024);

        Kiosk second(m_server, {u"loc_paris"_qs, profile.path()});
        QVERIFY(second.app().session()->sync()->cache().opening().rebuilt);
        QVERIFY(QFile::exists(second.app().session()->sync()->cache().opening().setAsidePath));
        QVERIFY(second.waitUntilReady());
        QVERIFY(second.app().session()->catalogReady());
        QVERIFY(differencesWithServer(second.app().session()->sync()->cache(), m_server, second.token())
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(RobustnessTest)
#include "tst_robustness.moc"
