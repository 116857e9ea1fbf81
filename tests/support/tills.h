#pragma once
// A store's till as the staff-floor suites use it: a register enrolled by a manager, staff PINs
// set with a password token, and sign-in by PIN on the register.

#include "testserver.h"

#include <QString>
#include <string>

namespace comptoir::test {

struct EnrolledRegister {
    std::string token; // the register's own token; empty on failure
    QString userId;    // the register's user id (what a PIN token remembers)
};

// POST /devices kind register at `storeId`, as `managerToken`.
[[nodiscard]] EnrolledRegister enrolRegister(HttpClient& c, const std::string& managerToken,
                                             const QString& storeId);
// PUT /me/pin; returns the status.
[[nodiscard]] int setPin(HttpClient& c, const std::string& token, const QString& pin);
// POST /auth/pin on the register whose token is `registerToken`.
[[nodiscard]] Reply pinSignIn(HttpClient& c, const std::string& registerToken, const QString& email,
                              const QString& pin);
// An account made by the admin (POST /users) with the demo password, signed in; empty on failure.
[[nodiscard]] std::string createAndSignIn(TestServer& server, const std::string& adminToken,
                                          const QString& email, const QString& role,
                                          const QString& storeId = {});

} // namespace comptoir::test
