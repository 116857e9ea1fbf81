#pragma once
// How the staff console says that the server did not do what was asked: one sentence a cashier
// understands for every answer that is not a success (no network, a session that ended, a role
// or a store that may not, an unknown order, a state that forbids it, a server that is down),
// never an HTTP code. Each action gives its own words for the refusals that depend on it.

#include "sync/net/endpoint.h"

#include <QCoreApplication>
#include <QString>

namespace comptoir::app {

struct RefusalWords {
    QString notFound; // 404: what could not be found
    QString conflict; // 409: why the state forbids it
    QString invalid;  // 422: what was wrong with what was entered (empty: a general sentence)
};

class ConsoleRefusal {
    Q_DECLARE_TR_FUNCTIONS(ConsoleRefusal)
public:
    [[nodiscard]] static QString say(const sync::HttpAnswer& answer, const RefusalWords& words);
    // The server is not reachable from this console now: said before trying.
    [[nodiscard]] static QString offline();
};

} // namespace comptoir::app
