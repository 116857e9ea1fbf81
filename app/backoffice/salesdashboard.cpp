#include "app/backoffice/salesdashboard.h"

#include "app/backoffice/backofficerefusal.h"
#include "app/backoffice/backofficerequest.h"
#include "app/backoffice/reportcsv.h"
#include "comptoir/domain.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStandardPaths>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>
#include <algorithm>

namespace comptoir::app {

namespace {

qint64 amountOf(const QJsonValue& money)
{
    return money.toObject().value(u"amount"_qs).toInteger();
}

QString range(const QDateTime& from, const QDateTime& to)
{
    return u"from="_qs + QString::fromLatin1(QUrl::toPercentEncoding(toRfc3339(from.toUTC()))) + u"&to="_qs +
           QString::fromLatin1(QUrl::toPercentEncoding(toRfc3339(to.toUTC())));
}

// The UTC hour an hourly report's key starts ("2026-12-07T14:00:00.000Z", "2026-12-07T14"), or an
// invalid time for any other key.
QDateTime utcHour(const QString& key)
{
    if (key.size() < 13 || key.at(10) != u'T')
        return {};
    bool ok = false;
    const int hour = key.mid(11, 2).toInt(&ok);
    if (!ok || hour < 0 || hour > 23)
        return {};
    return QDateTime(QDate::fromString(key.left(10), Qt::ISODate), QTime(hour, 0), Qt::UTC);
}

// The chain's trading day is Europe/Paris's (API.md, "Fiscal journal"): the zone of every store
// at once, and of a store whose location names none.
QTimeZone zoneNamed(const QString& id)
{
    // An empty id is no zone (QTimeZone would read it as the computer's own).
    const QTimeZone zone = id.isEmpty() ? QTimeZone() : QTimeZone(id.toUtf8());
    return zone.isValid() ? zone : QTimeZone(QByteArrayLiteral("Europe/Paris"));
}

} // namespace

SalesDashboard::SalesDashboard(QObject* parent) : QObject(parent)
{
    m_hourlyToday = QList<qint64>(24, 0);
    m_hourlyLastWeek = QList<qint64>(24, 0);
    m_live.setEntities({u"order"_qs});
    connect(&m_live, &LiveRefresh::due, this, &SalesDashboard::refresh);
    m_zone = zoneNamed({});
}

void SalesDashboard::setSession(Session* session)
{
    if (session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    m_live.setSession(session);
    if (m_session) {
        // Labels, payment names and "Updated at" are built here: built again in the new language.
        connect(m_session, &Session::languageChanged, this, &SalesDashboard::figuresChanged);
    }
    emit sessionChanged();
    refresh();
}

void SalesDashboard::setStoreId(const QString& storeId)
{
    if (storeId == m_storeId)
        return;
    m_storeId = storeId;
    emit storeIdChanged();
    refresh();
}

void SalesDashboard::setTimeZone(const QString& timeZone)
{
    if (timeZone == m_timeZone)
        return;
    m_timeZone = timeZone;
    m_zone = zoneNamed(timeZone);
    emit timeZoneChanged();
    refresh();
}

QDate SalesDashboard::today() const
{
    return QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date();
}

int SalesDashboard::currentHour() const
{
    return QDateTime::currentDateTimeUtc().toTimeZone(m_zone).time().hour();
}

QString SalesDashboard::storeQuery() const
{
    return m_storeId.isEmpty() ? QString() : u"&store_id="_qs + m_storeId;
}

void SalesDashboard::get(const QString& path, std::function<void(const sync::HttpAnswer&)> done)
{
    ++m_pending;
    sync::OnlineCall* call = m_session->sync()->call(backOfficeRequest(u"GET"_qs, path, {}, {}, 10000), this);
    connect(call, &sync::OnlineCall::finished, this,
            [this, call, done = std::move(done)](const sync::HttpAnswer& a) {
                call->deleteLater();
                done(a);
                finishOne();
            });
    call->start();
}

void SalesDashboard::finishOne()
{
    if (--m_pending > 0)
        return;
    m_message = m_nextMessage;
    m_updated = QDateTime::currentDateTime();
    ++m_readings;
    emit loadingChanged();
    emit figuresChanged();
    if (m_again) {
        m_again = false;
        refresh();
    }
}

void SalesDashboard::refresh()
{
    if (!m_session || !m_session->sync())
        return;
    if (m_pending > 0) {
        m_again = true;
        return;
    }
    m_nextMessage.clear();
    const auto refused = [this](const sync::HttpAnswer& a) {
        if (m_nextMessage.isEmpty())
            m_nextMessage = BackOfficeRefusal::say(a);
    };
    const QDate today = this->today();
    const QDateTime dayStart = today.startOfDay(m_zone);
    const QDateTime tomorrow = today.addDays(1).startOfDay(m_zone);
    const QDateTime thirtyDays = today.addDays(-29).startOfDay(m_zone);

    // Today's figures, per store: the picked store's row, or every row added up.
    get(u"/reports/sales?group_by=store&"_qs + range(dayStart, tomorrow), [this, refused](
                                                                              const sync::HttpAnswer& a) {
        if (!a.ok())
            return refused(a);
        m_salesToday = 0;
        m_ordersToday = 0;
        for (const QJsonValue& v : QJsonDocument::fromJson(a.body).object().value(u"items"_qs).toArray()) {
            const QJsonObject row = v.toObject();
            if (!m_storeId.isEmpty() && row.value(u"key"_qs).toString() != m_storeId)
                continue;
            m_salesToday += amountOf(row.value(u"net"_qs));
            m_ordersToday += row.value(u"orders"_qs).toInt();
        }
    });
    get(u"/reports/funnel?"_qs + range(dayStart, tomorrow), [this, refused](const sync::HttpAnswer& a) {
        if (!a.ok())
            return refused(a);
        const QJsonObject f = QJsonDocument::fromJson(a.body).object();
        m_conversion = f.value(u"conversion_rate"_qs).toDouble();
        m_abandonment = f.value(u"cart_abandonment_rate"_qs).toDouble();
    });
    // The 30 days by UTC hour, folded into the store's days: today's hours, the same weekday a
    // week ago and each day's total (a UTC date is not the store's day). An older server has no
    // hours: its days then.
    get(u"/reports/sales?group_by=hour&"_qs + range(thirtyDays, tomorrow) + storeQuery(),
        [this, refused, today](const sync::HttpAnswer& a) {
            if (a.status == 400 || BackOfficeRefusal::offersNot(a)) {
                m_hourlyAvailable = false;
                m_hourlyToday = QList<qint64>(24, 0);
                m_hourlyLastWeek = QList<qint64>(24, 0);
                return readDays(today);
            }
            if (!a.ok())
                return refused(a);
            m_hourlyAvailable = true;
            foldHours(QJsonDocument::fromJson(a.body).object().value(u"items"_qs).toArray(), today);
        });
    get(u"/reports/sales?group_by=payment_method&"_qs + range(thirtyDays, tomorrow) + storeQuery(),
        [this, refused](const sync::HttpAnswer& a) {
            m_payments.clear();
            if (a.status == 400 || BackOfficeRefusal::offersNot(a)) {
                m_paymentMixAvailable = false;
                return;
            }
            if (!a.ok())
                return refused(a);
            m_paymentMixAvailable = true;
            for (const QJsonValue& v :
                 QJsonDocument::fromJson(a.body).object().value(u"items"_qs).toArray()) {
                const QJsonObject row = v.toObject();
                m_payments.append({row.value(u"key"_qs).toString(), amountOf(row.value(u"net"_qs)), 0, {}});
            }
        });
    get(u"/reports/top-products?limit=8&"_qs + range(thirtyDays, tomorrow) + storeQuery(),
        [this, refused](const sync::HttpAnswer& a) {
            if (!a.ok())
                return refused(a);
            m_top.clear();
            for (const QJsonValue& v :
                 QJsonDocument::fromJson(a.body).object().value(u"items"_qs).toArray()) {
                const QJsonObject row = v.toObject();
                m_top.append({row.value(u"sku"_qs).toString(), amountOf(row.value(u"revenue"_qs)),
                              row.value(u"quantity"_qs).toInteger(), row.value(u"name"_qs).toString()});
            }
        });
    emit loadingChanged();
}

void SalesDashboard::resetDays(const QDate& today)
{
    m_daily.clear();
    for (int i = 29; i >= 0; --i)
        m_daily.append({today.addDays(-i), 0});
}

void SalesDashboard::foldHours(const QJsonArray& rows, const QDate& today)
{
    m_hourlyToday = QList<qint64>(24, 0);
    m_hourlyLastWeek = QList<qint64>(24, 0);
    resetDays(today);
    const QDate lastWeek = today.addDays(-7);
    for (const QJsonValue& v : rows) {
        const QJsonObject row = v.toObject();
        const QDateTime at = utcHour(row.value(u"key"_qs).toString()).toTimeZone(m_zone);
        if (!at.isValid())
            continue;
        const qint64 amount = amountOf(row.value(u"net"_qs));
        const QDate day = at.date();
        if (day == today)
            m_hourlyToday[at.time().hour()] += amount;
        else if (day == lastWeek)
            m_hourlyLastWeek[at.time().hour()] += amount;
        const qint64 index = today.daysTo(day) + 29;
        if (index >= 0 && index < m_daily.size())
            m_daily[index].amount += amount;
    }
}

void SalesDashboard::readDays(const QDate& today)
{
    get(u"/reports/sales?group_by=day&"_qs +
            range(today.addDays(-29).startOfDay(m_zone), today.addDays(1).startOfDay(m_zone)) + storeQuery(),
        [this, today](const sync::HttpAnswer& a) {
            resetDays(today);
            if (!a.ok()) {
                if (m_nextMessage.isEmpty())
                    m_nextMessage = BackOfficeRefusal::say(a);
                return;
            }
            for (const QJsonValue& v :
                 QJsonDocument::fromJson(a.body).object().value(u"items"_qs).toArray()) {
                const QJsonObject row = v.toObject();
                const qint64 index =
                    today.daysTo(QDate::fromString(row.value(u"key"_qs).toString(), Qt::ISODate)) + 29;
                if (index >= 0 && index < m_daily.size())
                    m_daily[index].amount += amountOf(row.value(u"net"_qs));
            }
        });
}

QString SalesDashboard::salesTodayText() const
{
    return m_session ? m_session->formatMoney(m_salesToday) : QString();
}

QString SalesDashboard::averageBasketText() const
{
    return m_session ? m_session->formatMoney(m_ordersToday > 0 ? m_salesToday / m_ordersToday : 0)
                     : QString();
}

QVariantList SalesDashboard::euros(const QList<qint64>& minor)
{
    QVariantList out;
    for (qint64 m : minor)
        out << double(m) / 100.0;
    return out;
}

QVariantList SalesDashboard::daily() const
{
    QVariantList out;
    const QLocale locale =
        m_session && m_session->language() == u"en" ? QLocale(QLocale::English) : QLocale(QLocale::French);
    for (const Day& d : m_daily)
        out << QVariantMap{{u"date"_qs, d.date.toString(Qt::ISODate)},
                           {u"label"_qs, locale.toString(d.date, u"d MMM"_qs)},
                           {u"amount"_qs, double(d.amount) / 100.0}};
    return out;
}

QString SalesDashboard::paymentLabel(const QString& method) const
{
    if (method == u"card")
        return tr("Card");
    if (method == u"cash")
        return tr("Cash");
    if (method == u"terminal")
        return tr("Card terminal");
    return method;
}

QVariantList SalesDashboard::paymentMix() const
{
    QVariantList out;
    for (const Share& s : m_payments)
        out << QVariantMap{{u"method"_qs, s.key},
                           {u"label"_qs, paymentLabel(s.key)},
                           {u"amount"_qs, double(s.amount) / 100.0},
                           {u"amountText"_qs, m_session ? m_session->formatMoney(s.amount) : QString()}};
    return out;
}

QVariantList SalesDashboard::topProducts() const
{
    QVariantList out;
    for (const Share& s : m_top)
        out << QVariantMap{{u"sku"_qs, s.key},
                           {u"name"_qs, s.name},
                           {u"quantity"_qs, s.quantity},
                           {u"amount"_qs, double(s.amount) / 100.0},
                           {u"amountText"_qs, m_session ? m_session->formatMoney(s.amount) : QString()}};
    return out;
}

double SalesDashboard::hourlyMax() const
{
    qint64 most = 0;
    for (qint64 m : m_hourlyToday + m_hourlyLastWeek)
        most = std::max(most, m);
    return double(most) / 100.0;
}

double SalesDashboard::dailyMax() const
{
    qint64 most = 0;
    for (const Day& d : m_daily)
        most = std::max(most, d.amount);
    return double(most) / 100.0;
}

QString SalesDashboard::updatedText() const
{
    return m_updated.isValid()
               ? tr("Updated at %1").arg(m_updated.toTimeZone(m_zone).time().toString(u"HH:mm:ss"_qs))
               : QString();
}

QByteArray SalesDashboard::csv(const QString& report) const
{
    QList<QStringList> rows;
    if (report == u"today") {
        rows << QStringList{today().toString(Qt::ISODate),
                            m_storeId.isEmpty() ? u"all"_qs : m_storeId,
                            QString::number(m_ordersToday),
                            ReportCsv::amount(m_salesToday),
                            ReportCsv::amount(m_ordersToday > 0 ? m_salesToday / m_ordersToday : 0),
                            QString::number(m_conversion, 'f', 4),
                            QString::number(m_abandonment, 'f', 4)};
        return ReportCsv::encode({u"date"_qs, u"store"_qs, u"orders"_qs, u"sales"_qs, u"average_basket"_qs,
                                  u"conversion_rate"_qs, u"cart_abandonment_rate"_qs},
                                 rows);
    }
    if (report == u"hourly") {
        for (int h = 0; h < 24; ++h)
            rows << QStringList{QString::number(h), ReportCsv::amount(m_hourlyToday.value(h)),
                                ReportCsv::amount(m_hourlyLastWeek.value(h))};
        return ReportCsv::encode({u"hour"_qs, u"today"_qs, u"same_day_last_week"_qs}, rows);
    }
    if (report == u"daily") {
        for (const Day& d : m_daily)
            rows << QStringList{d.date.toString(Qt::ISODate), ReportCsv::amount(d.amount)};
        return ReportCsv::encode({u"date"_qs, u"sales"_qs}, rows);
    }
    if (report == u"payments") {
        for (const Share& s : m_payments)
            rows << QStringList{s.key, ReportCsv::amount(s.amount)};
        return ReportCsv::encode({u"payment_method"_qs, u"sales"_qs}, rows);
    }
    for (const Share& s : m_top)
        rows << QStringList{s.key, s.name, QString::number(s.quantity), ReportCsv::amount(s.amount)};
    return ReportCsv::encode({u"sku"_qs, u"name"_qs, u"quantity"_qs, u"revenue"_qs}, rows);
}

QString SalesDashboard::defaultExportFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString SalesDashboard::exportCsv(const QString& report, const QString& folder)
{
    const QUrl url(folder);
    const QString dir = url.isLocalFile() ? url.toLocalFile() : folder;
    const QString path =
        QDir(dir).filePath(u"comptoir-%1-%2.csv"_qs.arg(report, today().toString(Qt::ISODate)));
    const QString error = ReportCsv::write(path, csv(report));
    if (!error.isEmpty()) {
        m_message = error;
        emit figuresChanged();
        return {};
    }
    return path;
}

} // namespace comptoir::app
