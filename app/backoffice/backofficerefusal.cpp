#include "app/backoffice/backofficerefusal.h"

#include "app/staff/consolerefusal.h"

namespace comptoir::app {

bool BackOfficeRefusal::offersNot(const sync::HttpAnswer& answer)
{
    return answer.status == 405 ||
           (answer.status == 404 && answer.problemDetail.startsWith(u"No resource at"));
}

QString BackOfficeRefusal::say(const sync::HttpAnswer& answer, const QString& what)
{
    switch (answer.status) {
    case 404:
        // The router answers a path it has no route for with "No resource at <path>.": an older
        // server that lacks this page's route.
        if (offersNot(answer))
            return tr("This server does not offer this yet. Update the server, then try again.");
        return what.isEmpty()
                   ? tr("The server does not know this any more. Refresh, then try again.")
                   : tr("The server does not know %1 any more. Refresh, then try again.").arg(what);
    case 405:
        return tr("This server does not offer this yet. Update the server, then try again.");
    case 412:
    case 428:
        return tr("Someone else changed this meanwhile. Look at their version before saving yours.");
    case 400:
    case 422:
        if (!answer.problemDetail.isEmpty())
            return tr("The server refused what was entered: %1").arg(answer.problemDetail);
        break;
    default:
        break;
    }
    return ConsoleRefusal::say(answer, {});
}

} // namespace comptoir::app
