#include "app/backoffice/typedfields.h"

#include "app/core/typedamount.h"
#include "comptoir/domain.h"

#include <QDate>
#include <QDateTime>
#include <QStandardPaths>

namespace comptoir::app {

qint64 TypedFields::amount(const QString& text, const QString& currency)
{
    return parseTypedAmount(text, currency);
}

QString TypedFields::startOfDay(const QString& day)
{
    const QDate date = QDate::fromString(day.trimmed(), Qt::ISODate);
    return date.isValid() ? toRfc3339(date.startOfDay().toUTC()) : QString();
}

QString TypedFields::endOfDay(const QString& day)
{
    const QDate date = QDate::fromString(day.trimmed(), Qt::ISODate);
    return date.isValid() ? toRfc3339(date.addDays(1).startOfDay().addSecs(-1).toUTC()) : QString();
}

QString TypedFields::dayOf(const QString& time)
{
    const QDateTime at = fromRfc3339(time);
    return at.isValid() ? at.toLocalTime().date().toString(Qt::ISODate) : QString();
}

QString TypedFields::localTime(const QString& time)
{
    const QDateTime at = fromRfc3339(time);
    return at.isValid() ? at.toLocalTime().toString(u"dd/MM/yyyy HH:mm"_qs) : QString();
}

QString TypedFields::documentsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

} // namespace comptoir::app
