#include "app/backoffice/reportcsv.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace comptoir::app {

QString ReportCsv::field(const QString& value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', u"\"\""_qs);
    return u'"' + quoted + u'"';
}

QString ReportCsv::amount(qint64 minor)
{
    const qint64 whole = (minor < 0 ? -minor : minor) / 100;
    const qint64 cents = (minor < 0 ? -minor : minor) % 100;
    return (minor < 0 ? u"-"_qs : QString()) + QString::number(whole) + u'.' +
           QString::number(cents).rightJustified(2, u'0');
}

QByteArray ReportCsv::encode(const QStringList& header, const QList<QStringList>& rows)
{
    QString out;
    auto line = [&out](const QStringList& cells) {
        QStringList quoted;
        for (const QString& c : cells)
            quoted << field(c);
        out += quoted.join(u',') + u"\r\n"_qs;
    };
    line(header);
    for (const QStringList& row : rows)
        line(row);
    return out.toUtf8();
}

QString ReportCsv::write(const QString& path, const QByteArray& csv)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
        return QCoreApplication::translate("ReportCsv", "The file %1 could not be written: %2")
            .arg(path, file.errorString());
    return {};
}

} // namespace comptoir::app
