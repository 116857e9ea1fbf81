#pragma once
// What the shop's orders, wishlist and accessibility suites share: a desktop notification service
// of their own (a private session bus, org.freedesktop.Notifications registered on it, recording
// what it is sent), a customer's order placed and paid over HTTP as the web shop would, and the
// shop's window loaded over a signed-in App.

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

// POST /orders (pickup at `storeId`, `quantity` of `sku`) as `token`, then, when `pay`, a test
// card. Returns the order as the server last answered it (empty on failure).
[[nodiscard]] QJsonObject placeOrder(TestServer& server, const std::string& token, const QString& sku,
                                     int quantity, bool pay, const QString& storeId = u"loc_paris"_qs);

// A shop App signed in as a customer (email, password), with its window loaded.
class SignedInShop {
public:
    SignedInShop(TestServer& server, const QString& email, const QString& password,
                 const QString& profileDir = {});
    ~SignedInShop();

    // Signed in, the catalog in and the link up.
    [[nodiscard]] bool waitUntilReady(int timeoutMs = 30000);
    // Loads ShopWindow.qml; false when it did not load.
    bool loadWindow();

    [[nodiscard]] app::App& app() { return *m_app; }
    [[nodiscard]] QQuickWindow* window() const { return m_window; }
    [[nodiscard]] WindowDriver& driver() { return *m_driver; }
    [[nodiscard]] sqlite::Connection& cache() { return m_app->session()->sync()->cache().db(); }
    [[nodiscard]] const QString& profileDir() const { return m_profileDir; }
    // The page on top of the shop's stack (its objectName).
    [[nodiscard]] QString currentPage() const;

private:
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_profileDir;
    std::unique_ptr<app::App> m_app;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow* m_window = nullptr;
    std::unique_ptr<WindowDriver> m_driver;
};

} // namespace comptoir::test
