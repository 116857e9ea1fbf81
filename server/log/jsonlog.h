#pragma once
// Structured logging: one JSON object per line on stderr, for requests and for Qt's own
// logging categories (comptoir.http, comptoir.store, ...), filtered by --log-level.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace comptoir::server::log {

enum class Level { Debug = 0, Info = 1, Warn = 2, Error = 3, Off = 4 };

// Parses "debug", "info", "warn", "error", "off"; false when unknown.
bool parseLevel(std::string_view text, Level& out);
void setLevel(Level level);
[[nodiscard]] bool enabled(Level level);

// Fields are written in order; values are strings (escaped) or raw JSON (numbers) when `raw`.
struct Field {
    std::string key;
    std::string value;
    bool raw = false;
};
void write(Level level, std::string_view message, const std::vector<Field>& fields = {});

// Routes qDebug/qInfo/qWarning output through write().
void installQtMessageHandler();

// Appends `text` to `out` as a JSON string literal body (without quotes).
void appendEscaped(std::string& out, std::string_view text);

} // namespace comptoir::server::log
