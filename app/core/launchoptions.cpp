#include "app/core/launchoptions.h"

#include <QCommandLineParser>
#include <QSslCertificate>
#include <QUrl>

namespace comptoir::app {

QString toString(Mode mode)
{
    switch (mode) {
    case Mode::Kiosk:
        return u"kiosk"_qs;
    case Mode::Shop:
        return u"shop"_qs;
    case Mode::Staff:
        break;
    }
    return u"staff"_qs;
}

QString serverUrlText(const QUrl& url)
{
    QString text = url.toString(QUrl::StripTrailingSlash);
    while (text.endsWith(u'/'))
        text.chop(1);
    return text;
}

ParsedLaunch parseLaunchOptions(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Comptoir client: the in-store kiosk, the desktop shop or the staff console."_qs);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption mode(u"mode"_qs, u"kiosk, shop or staff"_qs, u"mode"_qs, u"kiosk"_qs);
    const QCommandLineOption server(u"server"_qs, u"server URL, e.g. http://127.0.0.1:8080"_qs, u"url"_qs);
    const QCommandLineOption store(u"store"_qs, u"store (location id) this kiosk stands in"_qs, u"id"_qs);
    const QCommandLineOption token(
        u"device-token"_qs, u"device token from POST /devices (skips setup); or COMPTOIR_DEVICE_TOKEN"_qs,
        u"token"_qs);
    const QCommandLineOption lang(u"lang"_qs, u"fr or en"_qs, u"lang"_qs);
    const QCommandLineOption fullscreen(u"fullscreen"_qs, u"full screen, as a kiosk runs"_qs);
    const QCommandLineOption profile(u"profile"_qs, u"folder for settings and cache"_qs, u"dir"_qs);
    const QCommandLineOption idle(u"idle-timeout"_qs,
                                  u"seconds without a touch before the kiosk resets (90)"_qs, u"seconds"_qs,
                                  u"90"_qs);
    const QCommandLineOption lockAfter(u"lock-after"_qs,
                                       u"seconds without a touch before the staff console locks (300)"_qs,
                                       u"seconds"_qs, u"300"_qs);
    const QCommandLineOption tour(u"screenshot-tour"_qs, u"walk every screen, write PNGs to dir, quit"_qs,
                                  u"dir"_qs);
    const QCommandLineOption caFile(
        u"ca-file"_qs, u"PEM certificate(s) of the authority that signed the server's certificate"_qs,
        u"file"_qs);
    const QCommandLineOption insecure(u"insecure"_qs,
                                      u"do not check the server's certificate (tests only: anyone on the "
                                      "network could read the traffic)"_qs);
    parser.addOptions(
        {mode, server, store, token, lang, fullscreen, profile, idle, lockAfter, tour, caFile, insecure});

    ParsedLaunch result;
    parser.addPositionalArgument(u"link"_qs, u"a comptoir:// link to open in the shop (a password reset)"_qs,
                                 u"[comptoir://reset?token=...]"_qs);
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(u"help"_qs)) {
        result.error = parser.helpText();
        result.helpShown = true;
        return result;
    }
    LaunchOptions o;
    const QString m = parser.value(mode);
    if (m == u"kiosk")
        o.mode = Mode::Kiosk;
    else if (m == u"shop")
        o.mode = Mode::Shop;
    else if (m == u"staff")
        o.mode = Mode::Staff;
    else {
        result.error = u"--mode must be kiosk, shop or staff"_qs;
        return result;
    }
    if (parser.isSet(server)) {
        const QUrl url(parser.value(server));
        if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty()) {
            result.error = u"--server must be an http(s) URL, e.g. http://127.0.0.1:8080"_qs;
            return result;
        }
        o.serverUrl = serverUrlText(url);
    }
    o.storeId = parser.value(store);
    // The environment keeps the credential out of the process list (`ps` shows arguments).
    o.deviceToken = parser.isSet(token) ? parser.value(token) : qEnvironmentVariable("COMPTOIR_DEVICE_TOKEN");
    if (parser.isSet(lang)) {
        o.language = parser.value(lang);
        if (o.language != u"fr" && o.language != u"en") {
            result.error = u"--lang must be fr or en"_qs;
            return result;
        }
    }
    o.fullscreen = parser.isSet(fullscreen);
    o.profileDir = parser.value(profile);
    bool ok = false;
    o.idleTimeoutSeconds = parser.value(idle).toInt(&ok);
    if (!ok || o.idleTimeoutSeconds < 10 || o.idleTimeoutSeconds > 3600) {
        result.error = u"--idle-timeout must be 10 to 3600 seconds"_qs;
        return result;
    }
    o.lockAfterSeconds = parser.value(lockAfter).toInt(&ok);
    if (!ok || o.lockAfterSeconds < 10 || o.lockAfterSeconds > 86400) {
        result.error = u"--lock-after must be 10 to 86400 seconds"_qs;
        return result;
    }
    o.screenshotDir = parser.value(tour);
    o.caFile = parser.value(caFile);
    o.insecure = parser.isSet(insecure);
    if (!o.caFile.isEmpty() && QSslCertificate::fromPath(o.caFile, QSsl::Pem).isEmpty()) {
        result.error = u"--ca-file: no PEM certificate could be read from %1"_qs.arg(o.caFile);
        return result;
    }
    const QStringList links = parser.positionalArguments();
    if (links.size() > 1 ||
        (links.size() == 1 && !links.first().startsWith(u"comptoir:", Qt::CaseInsensitive))) {
        result.error =
            u"comptoir takes one comptoir:// link at most, not: %1"_qs.arg(links.join(u' ').left(200));
        return result;
    }
    if (!links.isEmpty() && o.mode != Mode::Shop) {
        result.error = u"a comptoir:// link opens in the shop: add --mode shop"_qs;
        return result;
    }
    o.link = links.value(0);
    result.options = o;
    return result;
}

} // namespace comptoir::app
