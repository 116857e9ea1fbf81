#pragma once
// The staff console as a test drives it: a real App in staff mode signed in against a real server
// with a profile folder of its own, its real window loaded and exposed, a driver for taps and
// keys, and the C++ objects its pages create, found by type under an item of the window. Also a
// web customer in another process's place: an HTTP client that orders for pickup and pays.

#include "app/core/app.h"
#include "testserver.h"
#include "windowdriver.h"

#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QTemporaryDir>
#include <QWindow>
#include <memory>

namespace comptoir::test {

class StaffConsole {
public:
    explicit StaffConsole(TestServer& server);
    ~StaffConsole();

    // Signs in with the demo password, waits for the catalog, the link and the window.
    [[nodiscard]] bool signIn(const QString& email);
    // Makes this console a till of `storeId` (enrolled by the demo manager), then signs `email` in
    // on it with the password, choosing `pin`; waits as signIn() does. The till has a drawer.
    [[nodiscard]] bool signInAtTill(const QString& email, const QString& storeId,
                                    const QString& pin = u"2468"_qs);

    // Everything queued has reached the server and the link is up.
    [[nodiscard]] bool waitSettled(int timeoutMs = 30000) const;

    [[nodiscard]] app::App& app() { return *m_app; }
    [[nodiscard]] WindowDriver& driver() { return *m_driver; }
    [[nodiscard]] QQuickWindow* window() const { return m_window; }
    [[nodiscard]] sqlite::Connection& cache() { return m_app->session()->sync()->cache().db(); }
    // The console's profile folder: its settings, cache and outbox.
    [[nodiscard]] QString profileDir() const { return m_profile.path(); }

    // The first object of type T made by the QML under the item named `itemName`.
    template <typename T> [[nodiscard]] T* object(const QString& itemName) const
    {
        QQuickItem* item = m_driver ? m_driver->find(itemName) : nullptr;
        return item ? item->findChild<T*>() : nullptr;
    }
    // The text of the visible item named `name` (empty when none).
    [[nodiscard]] QString text(const QString& name) const;

private:
    [[nodiscard]] bool loadWindow();

    QTemporaryDir m_profile;
    std::unique_ptr<app::App> m_app;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    QQuickWindow* m_window = nullptr;
    std::unique_ptr<WindowDriver> m_driver;
};

// A customer of the web shop: orders `lines` ({sku, quantity}) for pickup at `storeId` and pays
// by card, as the shop would from another process. The paid order, or empty on any failure.
[[nodiscard]] QJsonObject webPickupOrder(TestServer& server, const std::string& customerToken,
                                         const QString& storeId, const QJsonArray& lines);

// An order as the demo manager reads it on the server (GET /orders/{id}); empty when not 200.
[[nodiscard]] QJsonObject orderSeenByManager(TestServer& server, const QString& id);
// How many orders the server has for `storeId`, every page read as the demo manager.
[[nodiscard]] qsizetype ordersOfStore(TestServer& server, const QString& storeId);

// The barcode of a SKU in a cache.
[[nodiscard]] QString barcodeOf(sqlite::Connection& cache, const QString& sku);

// The barcode of an active variant of `taxClass` ("standard", "reduced"…) with at least
// `available` units free at `storeId` in the cache: the `skip`-th by SKU. Empty when none.
[[nodiscard]] QString barcodeInStock(sqlite::Connection& cache, const QString& storeId,
                                     const QString& taxClass, int available, int skip = 0);

// What a barcode scanner does: the digits and Enter, in a burst, into whatever has the focus.
void scanInto(QWindow* window, const QString& code);

} // namespace comptoir::test
