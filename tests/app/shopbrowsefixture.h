#pragma once
// The desktop shop's C++ side (App in shop mode) against a real server, for the browsing suites:
// a profile folder of its own, a customer registered for the test and signed in through the
// shop's own sign-in, and a wait until the catalog is in the cache.

#include "app/core/app.h"
#include "testserver.h"

#include <QTemporaryDir>
#include <memory>

namespace comptoir::test {

class ShopBrowser {
public:
    explicit ShopBrowser(TestServer& server);
    ~ShopBrowser();

    // Registers a customer, signs in as the shop does, and waits for the catalog and the link.
    [[nodiscard]] bool signInAndWait(int timeoutMs = 30000);

    [[nodiscard]] app::App& app() { return *m_app; }
    [[nodiscard]] sqlite::Connection& cache() { return m_app->session()->sync()->cache().db(); }

private:
    TestServer& m_server;
    QTemporaryDir m_profile;
    std::unique_ptr<app::App> m_app;
};

} // namespace comptoir::test
