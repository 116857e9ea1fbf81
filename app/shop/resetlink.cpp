#include "app/shop/resetlink.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace comptoir::app {

namespace {

// The server's tokens are 32 random bytes in base64url (43 characters); some room either way.
constexpr int kMaxLinkLength = 1024;

bool tokenShaped(const QString& token)
{
    static const QRegularExpression shape(u"^[A-Za-z0-9_-]{20,128}$"_qs);
    return shape.match(token).hasMatch();
}

} // namespace

ResetLink readResetLink(const QString& text)
{
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return {{}, QCoreApplication::translate("ResetLink", "Paste the link or the code from the mail.")};
    if (typed.size() > kMaxLinkLength)
        return {{},
                QCoreApplication::translate(
                    "ResetLink", "This is not a password reset link from Comptoir: it is far too long.")};
    if (tokenShaped(typed))
        return {typed, {}};
    const QUrl url(typed, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"comptoir" || url.host() != u"reset")
        return {{},
                QCoreApplication::translate(
                    "ResetLink",
                    "This is not a password reset link from Comptoir. Copy the whole link from the "
                    "mail, starting with comptoir://reset.")};
    const QString token = QUrlQuery(url).queryItemValue(u"token"_qs, QUrl::FullyDecoded);
    if (!tokenShaped(token))
        return {{},
                QCoreApplication::translate(
                    "ResetLink",
                    "This reset link is damaged: its code is missing or cut. Copy the whole link "
                    "from the mail, or ask for a new one.")};
    return {token, {}};
}

} // namespace comptoir::app
