#include "paperchecks.h"

#include "comptoir/money.h"

#include <QProcess>

namespace comptoir::test {

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(u"pdftotext"_qs, {u"-layout"_qs, path, u"-"_qs});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    text.replace(QChar(0x202f), u' ').replace(QChar(0x00a0), u' ');
    return text;
}

QString euros(qint64 amount)
{
    return Money{amount, u"EUR"_qs}.format(MoneyLocale::English);
}

} // namespace comptoir::test
