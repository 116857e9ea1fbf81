#pragma once
// What a person may type into a profile field: printable text of bounded length. Control
// characters (a line break in a name ends up in a mail header or a receipt line) and the
// invisible bidirectional overrides and isolates (which make "gpj.exe" read as "exe.jpg") are
// refused; accents, emoji and every script are welcome.

#include <QString>
#include <optional>

namespace comptoir::server {

// Why `text` is refused, as a sentence ending a field error ("must …"), or nullopt when it is fine.
[[nodiscard]] std::optional<QString> textProblem(const QString& text, int maxLength);

} // namespace comptoir::server
