#include "api/reportrange.h"

#include "comptoir/codecs.h"
#include "domain/errors.h"

namespace comptoir::server {

ReportRange readReportRange(const RequestContext& ctx)
{
    const auto parse = [&](const char* name, const QDateTime& fallback) {
        const auto text = ctx.query(name);
        if (!text)
            return fallback;
        QDateTime t = fromRfc3339(*text);
        if (!t.isValid()) {
            const QDate d = QDate::fromString(*text, Qt::ISODate);
            if (d.isValid())
                t = d.startOfDay(Qt::UTC);
        }
        if (!t.isValid())
            throw Invalid::malformed(
                u"%1 must be a date (2026-11-23) or an RFC 3339 time."_qs.arg(QLatin1String(name)),
                QString::fromLatin1(name));
        return t;
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ReportRange range{parse("from", now.addDays(-30)), parse("to", now.addSecs(1))};
    if (range.to <= range.from)
        throw Invalid::malformed(u"to must be after from."_qs, u"to"_qs);
    return range;
}

} // namespace comptoir::server
