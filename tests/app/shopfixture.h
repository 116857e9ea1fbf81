#pragma once
// What every shop suite shares: the desktop shop (App in shop mode) against a real server, with a
// profile folder (its own, or one a test keeps across restarts so it can read every file the shop
// wrote), a customer signed in through the shop's own sign-in, and the real ShopWindow loaded and
// driven by keys and clicks. Beside it: the server-side helpers the suites use (an order placed
// and paid as the web shop would, a SKU in stock at a store) and a desktop notification service
// of the test's own.

#include "app/core/app.h"
#include "testserver.h"
#include "windowdriver.h"

#include <QDBusConnection>
#include <QObject>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QTemporaryDir>
#include <memory>

namespace comptoir::test {

class ShopFixture {
public:
    // `profileDir` empty: a temporary folder of its own. `serverUrl`: where the shop reaches the
    // server (a proxy in front of it), the server's own address when empty.
    explicit ShopFixture(TestServer& server, const QString& profileDir = {}, const QString& serverUrl = {});
    ~ShopFixture();
    ShopFixture(const ShopFixture&) = delete;
    ShopFixture& operator=(const ShopFixture&) = delete;

    // Registers `email` on the server (a new address each time when empty), keeps its token, then
    // signs in with it. False (with `error`) when a step fails.
    [[nodiscard]] bool registerAndSignIn(const QString& email = {},
                                         const QString& password = u"a-long-enough-password"_qs);
    // Signs the shop in (unless the profile kept it signed in) and waits until it is ready.
    [[nodiscard]] bool signIn(const QString& email, const QString& password);
    // Signed in, the catalog in the cache and the link up.
    [[nodiscard]] bool waitUntilReady(int timeoutMs = 60000);
    // Loads the shop's window and waits until it is shown; false (with `error`) when it is not.
    bool loadWindow();
    // registerAndSignIn, then loadWindow: the checkout suite's start.
    [[nodiscard]] bool start(const QString& email, const QString& password)
    {
        return registerAndSignIn(email, password) && loadWindow();
    }
    [[nodiscard]] const QString& error() const { return m_error; }

    [[nodiscard]] app::App& app() { return *m_app; }
    [[nodiscard]] sqlite::Connection& cache() { return m_app->session()->sync()->cache().db(); }
    [[nodiscard]] const QString& profileDir() const { return m_profileDir; }
    [[nodiscard]] QQuickWindow* window() const { return m_window; }
    [[nodiscard]] WindowDriver& driver() { return *m_driver; }
    // The customer's token on the server (registerAndSignIn only).
    [[nodiscard]] const std::string& customerToken() const { return m_customerToken; }

    // The stack's current page (its objectName), once its transition has ended.
    [[nodiscard]] QString currentPage() const;
    // Waits for the stack to stop moving and the scene to be laid out.
    [[nodiscard]] bool settle() const;
    // Settles, finds the item and clicks it.
    bool tap(const QString& name) const;
    // Clicks a text field, selects all it holds and types `text` key by key.
    bool type(const QString& name, const QString& text) const;

private:
    TestServer& m_server;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_profileDir;
    QString m_error;
    std::string m_customerToken;
    std::unique_ptr<app::App> m_app;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow* m_window = nullptr;
    std::unique_ptr<WindowDriver> m_driver;
};

// A SKU of the cache available at `locationId` at least `minimum`, its product active; `skip`
// passes over the first ones.
[[nodiscard]] QString skuAvailableAt(sqlite::Connection& cache, const QString& locationId, int minimum,
                                     int skip = 0);

// POST /orders (pickup at `storeId`, `quantity` of `sku`) as `token`, then, when `pay`, a test
// card. Returns the order as the server last answered it (empty on failure).
[[nodiscard]] QJsonObject placeOrder(TestServer& server, const std::string& token, const QString& sku,
                                     int quantity, bool pay, const QString& storeId = u"loc_paris"_qs);

// Stands in for the desktop's notification daemon on a session bus started for the test.
class NotificationSink : public QObject {
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Received {
        QString appName, summary, body;
    };
    ~NotificationSink() override;

    // Starts dbus-daemon, points DBUS_SESSION_BUS_ADDRESS at it (before the app first uses the
    // session bus) and registers this object as the service. False on failure.
    bool start();
    [[nodiscard]] const QList<Received>& received() const { return m_received; }

public slots:
    uint Notify(const QString& appName, uint replacesId, const QString& appIcon, const QString& summary,
                const QString& body, const QStringList& actions, const QVariantMap& hints, int expireTimeout);

private:
    QProcess m_daemon;
    QList<Received> m_received;
};

} // namespace comptoir::test
