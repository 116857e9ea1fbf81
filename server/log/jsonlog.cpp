#include "log/jsonlog.h"

#include <QDateTime>
#include <QString>
#include <atomic>
#include <cstdio>
#include <mutex>

namespace comptoir::server::log {

namespace {
std::atomic<int> g_level{int(Level::Info)};
std::mutex g_writeMutex;

const char* levelName(Level level)
{
    switch (level) {
    case Level::Debug:
        return "debug";
    case Level::Info:
        return "info";
    case Level::Warn:
        return "warn";
    case Level::Error:
        return "error";
    case Level::Off:
        break;
    }
    return "off";
}
} // namespace

bool parseLevel(std::string_view text, Level& out)
{
    for (Level l : {Level::Debug, Level::Info, Level::Warn, Level::Error, Level::Off})
        if (text == levelName(l)) {
            out = l;
            return true;
        }
    return false;
}

void setLevel(Level level)
{
    g_level = int(level);
}
bool enabled(Level level)
{
    return int(level) >= g_level.load(std::memory_order_relaxed) && level != Level::Off;
}

void appendEscaped(std::string& out, std::string_view text)
{
    static constexpr char hex[] = "0123456789abcdef";
    for (unsigned char c : text) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 15];
            } else {
                out += char(c);
            }
        }
    }
}

void write(Level level, std::string_view message, const std::vector<Field>& fields)
{
    if (!enabled(level))
        return;
    std::string line;
    line.reserve(256);
    line += "{\"ts\":\"";
    line += QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toStdString();
    line += "\",\"level\":\"";
    line += levelName(level);
    line += "\",\"msg\":\"";
    appendEscaped(line, message);
    line += '"';
    for (const Field& f : fields) {
        line += ",\"";
        appendEscaped(line, f.key);
        line += "\":";
        if (f.raw) {
            line += f.value;
        } else {
            line += '"';
            appendEscaped(line, f.value);
            line += '"';
        }
    }
    line += "}\n";
    std::lock_guard lock(g_writeMutex);
    std::fwrite(line.data(), 1, line.size(), stderr);
}

void installQtMessageHandler()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& context, const QString& message) {
        Level level = Level::Info;
        switch (type) {
        case QtDebugMsg:
            level = Level::Debug;
            break;
        case QtInfoMsg:
            level = Level::Info;
            break;
        case QtWarningMsg:
            level = Level::Warn;
            break;
        case QtCriticalMsg:
        case QtFatalMsg:
            level = Level::Error;
            break;
        }
        write(level, message.toStdString(), {{"category", context.category ? context.category : "default"}});
    });
}

} // namespace comptoir::server::log
