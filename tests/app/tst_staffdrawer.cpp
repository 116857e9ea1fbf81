// The till's cash drawer at the edges of a day, with the real window against a real server: a
// drawer opened on an earlier day and never closed is shown in red to whoever signs in next, until
// it is counted and closed; and a drawer someone else closed first (a manager from the back office,
// while this till still showed it open) is said in words, never closed twice, and shown closed.
// "An earlier day" is the server's own clock: it runs a day behind under Debian's libfaketime
// while the drawer opens, then restarts on today's clock on the same data.

#include "app/core/app.h"
#include "app/staff/cashdrawer.h"
#include "orderbodies.h"
#include "stafffixture.h"
#include "syncchecks.h"
#include "testserver.h"

#include <QFile>
#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>
#include <QtTest>

Q_IMPORT_QML_PLUGIN(Comptoir_AppPlugin)
Q_IMPORT_QML_PLUGIN(Comptoir_UiPlugin)
Q_IMPORT_QML_PLUGIN(Comptoir_StaffPlugin)

using namespace comptoir;
using namespace comptoir::test;

namespace {

const QString kStaff = u"staff.paris@demo.comptoir.fr"_qs;
const QString kManager = u"manager@demo.comptoir.fr"_qs;
const QString kFakeTime = u"/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1"_qs;

} // namespace

class StaffDrawerTest : public QObject {
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<StaffConsole> m_console;
    int m_keys = 0;

    app::App& app() { return m_console->app(); }
    app::CashDrawer& drawer() { return *app().drawer(); }
    WindowDriver& driver() { return m_console->driver(); }

    bool bannerShown()
    {
        QQuickItem* banner = driver().find(u"leftOpenBanner"_qs);
        return banner && banner->isVisible();
    }

    QJsonObject serverSession(const QString& id)
    {
        return m_server.client()
            .get("/api/v1/cash-sessions/" + id.toStdString(), m_server.login(kManager))
            .json();
    }

private slots:
    void initTestCase()
    {
        qputenv("COMPTOIR_SECRET_STORE", "file");
        QVERIFY2(QFile::exists(kFakeTime), "libfaketime is missing: installers/setup-deps.sh installs it");
        // Only the server's wall clock goes back a day: its timers keep the real monotonic clock.
        qputenv("LD_PRELOAD", kFakeTime.toLocal8Bit());
        qputenv("FAKETIME", "-1d");
        qputenv("FAKETIME_DONT_FAKE_MONOTONIC", "1");
        // Under AddressSanitizer the server wants its runtime first in the preload list; libfaketime
        // is first here, which is harmless, so that check is turned off for this one process.
        const QByteArray asanOptions = qgetenv("ASAN_OPTIONS");
        qputenv("ASAN_OPTIONS",
                asanOptions + (asanOptions.isEmpty() ? "" : ":") + "verify_asan_link_order=0");
        const bool started = m_server.start();
        qunsetenv("LD_PRELOAD");
        qunsetenv("FAKETIME");
        qunsetenv("FAKETIME_DONT_FAKE_MONOTONIC");
        if (asanOptions.isEmpty())
            qunsetenv("ASAN_OPTIONS");
        else
            qputenv("ASAN_OPTIONS", asanOptions);
        QVERIFY2(started, qPrintable(m_server.lastError()));
        const QString serverTime =
            m_server.client().get("/api/v1/info").json().value(u"server_time"_qs).toString();
        QVERIFY2(QDateTime::fromString(serverTime, Qt::ISODateWithMs).date() <
                     QDateTime::currentDateTimeUtc().date(),
                 qPrintable(serverTime));

        m_console = std::make_unique<StaffConsole>(m_server);
        app().staff()->enrolRegister(kManager, QString::fromLatin1(kDemoPassword), u"loc_paris"_qs,
                                     u"Caisse du soir"_qs);
        QVERIFY2(waitFor([&] { return app().staff()->registerEnrolled(); }),
                 qPrintable(app().staff()->error()));
        QVERIFY(m_console->signIn(kStaff));
        QVERIFY(waitFor([&] { return drawer().hasRegister() && !drawer().busy(); }));
    }

    void cleanupTestCase() { m_console.reset(); }

    void aDrawerLeftOpenYesterdayIsRedAtTheNextSignIn()
    {
        drawer().openDrawer(u"150"_qs);
        QVERIFY2(waitFor([&] { return drawer().isOpen(); }), qPrintable(drawer().message()));
        const QString sessionId = drawer().sessionId();

        // The night passes: the server comes back on today's clock, someone signs in the next morning.
        app().staff()->signOut();
        QVERIFY(waitFor([&] { return !app().staff()->signedIn(); }));
        QVERIFY2(m_server.restartOnSamePorts(), qPrintable(m_server.lastError()));
        QVERIFY(m_console->signIn(kStaff));
        QVERIFY(waitFor([&] { return drawer().isOpen() && drawer().sessionId() == sessionId; }));
        QVERIFY(drawer().leftOpen());
        QVERIFY(waitFor([&] { return bannerShown(); }));
        const QString said = m_console->text(u"leftOpenText"_qs);
        QVERIFY2(said.contains(u"never closed"_qs) && said.contains(drawer().openedAtText()),
                 qPrintable(said));

        // Counted and closed: the banner goes, the server has the Z report.
        drawer().close(u"150"_qs);
        QVERIFY2(waitFor([&] { return !drawer().isOpen() && !drawer().busy(); }),
                 qPrintable(drawer().message()));
        QVERIFY(!drawer().refused());
        QVERIFY(waitFor([&] { return !bannerShown(); }));
        QCOMPARE(serverSession(sessionId).value(u"status"_qs).toString(), u"closed"_qs);
    }

    void aDrawerOpenedTodayIsNotRed()
    {
        drawer().openDrawer(u"80"_qs);
        QVERIFY2(waitFor([&] { return drawer().isOpen() && !drawer().busy(); }),
                 qPrintable(drawer().message()));
        QVERIFY(!drawer().leftOpen());
        QVERIFY(!bannerShown());
    }

    void aDrawerClosedElsewhereFirstIsSaidAndNotClosedTwice()
    {
        QVERIFY(drawer().isOpen());
        const QString sessionId = drawer().sessionId();
        // A manager closes it from the back office. The test's HTTP call blocks the event loop, so
        // the console has not heard of it when the cashier closes it too: the race, every time.
        const auto closed = m_server.client().post(
            "/api/v1/cash-sessions/" + sessionId.toStdString() + "/close",
            QJsonObject{{u"counted"_qs, QJsonObject{{u"amount"_qs, 8000}, {u"currency"_qs, u"EUR"_qs}}}},
            m_server.login(kManager), idempotencyKey("drawer-" + std::to_string(++m_keys)));
        QCOMPARE(closed.status, 200);
        QVERIFY(drawer().isOpen()); // not yet heard of
        drawer().close(u"75"_qs);
        QVERIFY(waitFor([&] { return !drawer().busy(); }));
        QVERIFY(drawer().refused());
        QVERIFY2(drawer().message().contains(u"already closed"_qs), qPrintable(drawer().message()));
        for (const char* code : {"409", "HTTP", "urn:"})
            QVERIFY2(!drawer().message().contains(QLatin1String(code)), qPrintable(drawer().message()));
        // The feed brings the close made elsewhere; the manager's count stands.
        QVERIFY(waitFor([&] { return !drawer().isOpen(); }));
        const QJsonObject session = serverSession(sessionId);
        QCOMPARE(session.value(u"status"_qs).toString(), u"closed"_qs);
        QCOMPARE(session.value(u"counted"_qs).toObject().value(u"amount"_qs).toInteger(), 8000);
    }
};

QTEST_MAIN(StaffDrawerTest)
#include "tst_staffdrawer.moc"
