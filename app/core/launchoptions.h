#pragma once
// What the command line asked for: which face of the client to show and where its server is.
// Read once in main; everything else comes from the device's saved settings.

#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace comptoir::app {

enum class Mode { Kiosk, Shop, Staff };

struct LaunchOptions {
    Mode mode = Mode::Kiosk;
    QString serverUrl;   // --server: preset (the operator still confirms it on first start)
    QString storeId;     // --store: overrides the store the device token is bound to
    QString deviceToken; // --device-token or COMPTOIR_DEVICE_TOKEN: provisioning skips the setup screen
    QString language;    // --lang fr|en
    QString profileDir;  // --profile: settings and cache here instead of the user's folders
    bool fullscreen = false;
    int idleTimeoutSeconds = 90;
    int lockAfterSeconds = 300; // --lock-after: the staff console locks after this long untouched
    QString screenshotDir;      // --screenshot-tour: walk every screen, write PNGs, quit
    QString caFile;             // --ca-file: the certificate authority of a server with a private certificate
    bool insecure = false;      // --insecure: no certificate check at all (tests only)
    // A comptoir:// link the desktop opened the shop with (the .desktop file's %u): a password
    // reset's. Checked by the shop, which refuses a bad one in words.
    QString link;
};

struct ParsedLaunch {
    std::optional<LaunchOptions> options;
    QString error; // for the terminal, when options is empty
    bool helpShown = false;
};

[[nodiscard]] ParsedLaunch parseLaunchOptions(const QStringList& arguments);
// "http://host:8080/" and "http://host:8080" name one server: kept without the trailing slash,
// so paths can be appended.
[[nodiscard]] QString serverUrlText(const QUrl& url);
[[nodiscard]] QString toString(Mode mode);

} // namespace comptoir::app
