#include "app/staff/consolerefusal.h"

namespace comptoir::app {

QString ConsoleRefusal::offline()
{
    return tr("This needs the server, which cannot be reached right now. Try again once the link is back.");
}

QString ConsoleRefusal::say(const sync::HttpAnswer& answer, const RefusalWords& words)
{
    if (answer.status == 0 || answer.foreign)
        return tr("The server cannot be reached. Check the network, then try again: nothing was changed.");
    switch (answer.status) {
    case 401:
        return tr("Your sign-in has ended. Sign in again, then try again.");
    case 403:
        return tr("Your account may not do this here: it is for another store or needs a manager.");
    case 404:
        if (!words.notFound.isEmpty())
            return words.notFound;
        return tr("The server does not know this any more. Refresh, then try again.");
    case 409:
        if (!words.conflict.isEmpty())
            return words.conflict;
        return tr("Someone changed this meanwhile. Look at it again before trying again.");
    case 422:
        if (!words.invalid.isEmpty())
            return words.invalid;
        return tr("The server refused what was entered. Check it and try again.");
    case 429:
        return tr("Too many attempts at once. Wait a moment, then try again.");
    default:
        break;
    }
    if (answer.status >= 500)
        return tr("The server cannot do this right now. Try again in a moment: nothing was changed.");
    return tr("The server refused this. Check what you entered and try again.");
}

} // namespace comptoir::app
