#pragma once
// Signing in to the demo store as the suites do: its manager and staff, its kiosks, and
// customers registered for the test; and walking a paginated list to its end.

#include "testserver.h"

#include <QJsonArray>
#include <QString>
#include <string>

namespace comptoir::test {

// Bearer tokens of the demo store's accounts; empty until signed in.
struct DemoAccounts {
    std::string manager, staffParis, staffLyon, kioskParis, kioskLyon;

    // The manager and both stores' staff; false when any sign-in failed.
    bool signInStaff(TestServer& server);
    // Both stores' kiosks; false when any token is missing.
    bool signInKiosks(TestServer& server);
};

struct RegisteredCustomer {
    int registrationStatus = 0; // of POST /auth/register: 201 when the account was made
    QString id;                 // the new user's id
    std::string token;          // signed in with the password; empty on failure
};

[[nodiscard]] RegisteredCustomer registerCustomer(TestServer& server, const QString& email,
                                                  const QString& name, const QString& password);

// Every item of a paginated list, following next_cursor; `path` carries its own query (with the
// page size). Empty when any page fails.
[[nodiscard]] QJsonArray everyItem(HttpClient& c, const std::string& path, const std::string& token = {});

} // namespace comptoir::test
