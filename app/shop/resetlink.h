#pragma once
// The token of a password reset, read from what the customer has: the mail's link
// (comptoir://reset?token=…, opened by the desktop or pasted) or the bare token pasted. Anything
// else (another scheme or action, a token of the wrong shape, control characters, a link of a
// kilobyte) is refused with the reason in words, and nothing of it reaches the server.

#include <QString>

namespace comptoir::app {

struct ResetLink {
    QString token; // empty when refused
    QString error; // why, in words (translated), when refused
};

[[nodiscard]] ResetLink readResetLink(const QString& text);

} // namespace comptoir::app
