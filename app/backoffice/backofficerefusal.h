#pragma once
// How the back office says the server did not do what a manager asked: the console's sentences
// (ConsoleRefusal) plus the back office's own cases — a route this server does not offer yet (an
// older server), a version someone else moved meanwhile (412), a field the server refused (its
// own words, which name the field). Never an HTTP code.

#include "sync/net/endpoint.h"

#include <QCoreApplication>
#include <QString>

namespace comptoir::app {

class BackOfficeRefusal {
    Q_DECLARE_TR_FUNCTIONS(BackOfficeRefusal)
public:
    // `what` names the thing asked for ("the promotions", "this product"): used for 404.
    [[nodiscard]] static QString say(const sync::HttpAnswer& answer, const QString& what = {});
    // The server has no route for this (404 "No resource at", 405): it is older than the page.
    [[nodiscard]] static bool offersNot(const sync::HttpAnswer& answer);
};

} // namespace comptoir::app
