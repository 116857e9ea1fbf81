#pragma once
// Tills and their cash drawers as the suites need them: a register enrolled by a manager
// (POST /devices kind register) and a cash session opened on it, through which staff take cash.

#include "tills.h"

#include <QJsonObject>
#include <QString>
#include <string>

namespace comptoir::test {

// Opens a session on `registerId` as `token` with a float of `openingFloat` cents; its id, or an
// empty string on failure.
[[nodiscard]] QString openCashSession(TestServer& server, const std::string& token, const QString& registerId,
                                      qint64 openingFloat = 20'000);
// A new register of `store` with its drawer open: the id of the session.
[[nodiscard]] QString openDrawer(TestServer& server, const std::string& managerToken,
                                 const std::string& staffToken, const QString& store);
// `body` with "cash_session_id": `sessionId`.
[[nodiscard]] QJsonObject throughDrawer(QJsonObject body, const QString& sessionId);

} // namespace comptoir::test
