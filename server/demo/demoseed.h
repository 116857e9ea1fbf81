#pragma once
// Fills an empty store with the demo retailer (--demo, first start only): locations, the
// catalog, stock, the demo accounts of API.md and one enrolled kiosk per store.

#include "domain/authservice.h"
#include "store/store.h"

#include <QList>
#include <QString>

namespace comptoir::server::demo {

inline constexpr auto kDemoPassword = "comptoir-demo";

struct DemoAccount {
    QString email;
    QString role;
    QString store;
};

struct DemoKiosk {
    QString deviceId;
    QString storeId;
    QString token;
};

struct DemoCredentials {
    QList<DemoAccount> accounts;
    QList<DemoKiosk> kiosks;
};

// Seeds the store unless it was seeded before; returns the credentials either way. Kiosk tokens
// are shown only once by the server, so they are kept in `credentialsFile` (mode 0600).
// On that first seed, `historyDays` days of generated sales are written too (demo/demohistory.h;
// 0: none, as the test suites' template has), `historyOrdersPerDay` a day (0: the demo's mix).
DemoCredentials ensureDemoStore(Store& store, AuthService& auth, const QString& credentialsFile,
                                int historyDays = 0, int historyOrdersPerDay = 0);

} // namespace comptoir::server::demo
