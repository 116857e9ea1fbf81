#pragma once
// A kiosk's C++ side (App, with its sync client, cart and checkout) against a real server: a
// profile folder of its own, the demo store's kiosk token, and a wait until the catalog is in.

#include "app/core/app.h"
#include "testserver.h"

#include <QTemporaryDir>
#include <memory>

namespace comptoir::test {

struct KioskOptions {
    QString storeId = u"loc_paris"_qs;
    QString profileDir; // empty: a new temporary folder
    int idleTimeoutSeconds = 90;
};

class Kiosk {
public:
    Kiosk(TestServer& server, KioskOptions options = {});
    ~Kiosk();

    // Waits until the first bootstrap is in the cache and the link is up.
    [[nodiscard]] bool waitUntilReady(int timeoutMs = 30000);
    // Waits until the outbox is empty and a pull has run since.
    [[nodiscard]] bool waitUntilSettled(int timeoutMs = 30000);

    [[nodiscard]] app::App& app() { return *m_app; }
    [[nodiscard]] sqlite::Connection& cache() { return m_app->session()->sync()->cache().db(); }
    [[nodiscard]] const QString& profileDir() const { return m_profileDir; }
    [[nodiscard]] const std::string& token() const { return m_token; }

private:
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QString m_profileDir;
    std::string m_token;
    std::unique_ptr<app::App> m_app;
};

// A SKU of the cache with its product's tax class, available here at least `minimum`.
[[nodiscard]] QString skuInStock(sqlite::Connection& cache, const QString& storeId, const QString& taxClass,
                                 int minimum = 1, int skip = 0);

} // namespace comptoir::test
