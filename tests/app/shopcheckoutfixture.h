#pragma once
// The desktop shop's window against a real server, for the checkout's window tests: a customer
// registered on the server and signed in through the shop's own sign-in, a profile folder of its
// own (so a test can read every file the shop wrote), the real ShopWindow loaded and driven.

#include "app/core/app.h"
#include "testserver.h"
#include "windowdriver.h"

#include <QQmlApplicationEngine>
#include <QTemporaryDir>
#include <memory>

namespace comptoir::test {

class ShopCheckoutFixture {
public:
    explicit ShopCheckoutFixture(TestServer& server);
    ~ShopCheckoutFixture();

    // Registers `email` on the server, signs the shop in with it, waits for the catalog, then
    // loads the window. False (with `error`) when any step fails.
    [[nodiscard]] bool start(const QString& email, const QString& password);
    [[nodiscard]] const QString& error() const { return m_error; }

    [[nodiscard]] app::App& app() { return *m_app; }
    [[nodiscard]] sqlite::Connection& cache() { return m_app->session()->sync()->cache().db(); }
    [[nodiscard]] const QString& profileDir() const { return m_profileDir; }
    [[nodiscard]] QQuickWindow* window() const { return m_window; }
    [[nodiscard]] WindowDriver& driver() { return *m_driver; }
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
    QTemporaryDir m_profile;
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

} // namespace comptoir::test
