#pragma once
// A report as a CSV file a spreadsheet opens (RFC 4180: comma-separated, fields with a comma, a
// quote or a line break quoted, quotes doubled; UTF-8 with CRLF line ends). Amounts are written
// as decimal euros with a point ("12.50"), so the file means the same in every locale.

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace comptoir::app {

struct ReportCsv {
    // One line per row of `rows` (lists of cells), after the `header` line.
    [[nodiscard]] static QByteArray encode(const QStringList& header, const QList<QStringList>& rows);
    [[nodiscard]] static QString field(const QString& value);
    // Minor units as "1234.50".
    [[nodiscard]] static QString amount(qint64 minor);
    // Writes `csv` to `path`; an empty string when done, else why not, in words.
    [[nodiscard]] static QString write(const QString& path, const QByteArray& csv);
};

} // namespace comptoir::app
