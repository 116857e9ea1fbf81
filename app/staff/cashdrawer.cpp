#include "app/staff/cashdrawer.h"

#include "app/core/applog.h"
#include "app/core/typedamount.h"
#include "app/staff/consolerefusal.h"
#include "app/staff/zreportdocument.h"
#include "comptoir/ids.h"

#include <QDir>
#include <QJsonDocument>
#include <QLocale>

namespace comptoir::app {

namespace {

// The longest reason the server keeps for a pay-in or a pay-out.
constexpr int kReasonMax = 200;

} // namespace

CashDrawer::CashDrawer(Session& session, StaffAccess& staff, QString reportsDir, QObject* parent)
    : QObject(parent), m_session(session), m_staff(staff), m_reportsDir(std::move(reportsDir))
{
    connect(&m_call, &ConsoleCall::busyChanged, this, &CashDrawer::busyChanged);
    connect(&m_call, &ConsoleCall::messageChanged, this, &CashDrawer::messageChanged);
    connect(&m_session, &Session::dataChanged, this, [this](const QStringList& entities) {
        if (entities.contains(u"cash_session"_qs) || entities.contains(u"cash_movement"_qs))
            refresh();
    });
    connect(&m_session, &Session::syncReplaced, this, &CashDrawer::refresh);
    connect(&m_staff, &StaffAccess::registerChanged, this, &CashDrawer::refresh);
    connect(&m_staff, &StaffAccess::userChanged, this, [this] {
        // The next person starts without the last one's report or message.
        m_report = {};
        m_reportPdfPath.clear();
        emit reportChanged();
        say({}, false);
        refresh();
    });
}

void CashDrawer::refresh()
{
    DrawerSession open;
    QList<DrawerMovement> moves;
    DrawerReader* reader = m_session.drawers();
    if (reader && hasRegister()) {
        try {
            open = reader->openSession(m_staff.registerId()).value_or(DrawerSession{});
            // The feed lags the server's answers by a moment: a drawer this console just opened is
            // open before the cache knows it, and one it just closed is closed before the cache
            // hears of it.
            if (open.id.isEmpty() && !m_open.id.isEmpty() && !reader->session(m_open.id))
                open = m_open;
            if (!open.id.isEmpty() && open.id == m_closedId)
                open = {};
            if (!open.id.isEmpty())
                moves = reader->movements(open.id);
        } catch (const sqlite::Error& e) {
            qCWarning(lcApp) << "drawer:" << e.what();
        }
    }
    m_open = open;
    m_movements = moves;
    emit drawerChanged();
}

QString CashDrawer::money(qint64 amount) const
{
    return m_session.formatMoney(amount);
}

QString CashDrawer::openedAtText() const
{
    if (!isOpen())
        return {};
    const QLocale locale(m_session.moneyLocale() == MoneyLocale::French ? QLocale::French : QLocale::English);
    return locale.toString(m_open.openedAt.toLocalTime(), QLocale::ShortFormat);
}

QString CashDrawer::openingFloatText() const
{
    return isOpen() ? money(m_open.openingFloat) : QString();
}

bool CashDrawer::leftOpen() const
{
    return isOpen() && m_open.openedAt.isValid() &&
           m_open.openedAt.toLocalTime().date() < QDate::currentDate();
}

QVariantList CashDrawer::movements() const
{
    const QLocale locale(m_session.moneyLocale() == MoneyLocale::French ? QLocale::French : QLocale::English);
    QVariantList rows;
    for (const DrawerMovement& m : m_movements)
        rows.append(
            QVariantMap{{u"kind"_qs, m.kind},
                        {u"amountText"_qs, money(m.kind == u"in" ? m.amount : -m.amount)},
                        {u"reason"_qs, m.reason},
                        {u"atText"_qs, locale.toString(m.at.toLocalTime().time(), QLocale::ShortFormat)}});
    return rows;
}

QVariantMap CashDrawer::report() const
{
    if (m_report.isEmpty())
        return {};
    const auto methods = [this](const QList<DrawerReport::ByMethod>& rows) {
        QVariantList list;
        for (const DrawerReport::ByMethod& m : rows)
            list.append(QVariantMap{{u"method"_qs, ZReportDocument::methodName(m.method)},
                                    {u"count"_qs, m.count},
                                    {u"amountText"_qs, money(m.amount)}});
        return list;
    };
    const QLocale locale(m_session.moneyLocale() == MoneyLocale::French ? QLocale::French : QLocale::English);
    QVariantList tax;
    for (const DrawerReport::Tax& t : m_report.tax)
        tax.append(QVariantMap{{u"rate"_qs, locale.toString(t.rateBp / 100.0, 'g', 4) + u" %"_qs},
                               {u"baseText"_qs, money(t.base)},
                               {u"taxText"_qs, money(t.tax)},
                               {u"totalText"_qs, money(t.total)}});
    qint64 in = 0;
    qint64 out = 0;
    for (const DrawerReport::Movement& m : m_report.movements)
        (m.kind == u"in" ? in : out) += m.amount;
    return {{u"final"_qs, m_report.final},
            {u"orders"_qs, m_report.orders},
            {u"paymentsText"_qs, money(m_report.paymentsAmount)},
            {u"byMethod"_qs, methods(m_report.byMethod)},
            {u"refundsCount"_qs, m_report.refundsCount},
            {u"refundsText"_qs, money(m_report.refundsAmount)},
            {u"refundsByMethod"_qs, methods(m_report.refundsByMethod)},
            {u"floatText"_qs, money(m_report.openingFloat)},
            {u"inText"_qs, money(in)},
            {u"outText"_qs, money(-out)},
            {u"expectedText"_qs, money(m_report.expectedCash)},
            {u"countedText"_qs, m_report.counted ? money(*m_report.counted) : QString()},
            {u"differenceText"_qs, m_report.difference ? money(*m_report.difference) : QString()},
            {u"difference"_qs, m_report.difference.value_or(0)},
            {u"tax"_qs, tax}};
}

void CashDrawer::setPaperFormat(const QString& format)
{
    const QString f = toString(paperFormatFromString(format));
    if (f == m_paperFormat)
        return;
    m_paperFormat = f;
    emit paperFormatChanged();
}

qint64 CashDrawer::typed(const QString& text, const QString& what)
{
    const qint64 amount = parseTypedAmount(text, m_session.currency());
    if (amount < 0)
        say(text.trimmed().isEmpty()
                ? tr("%1 is missing: type an amount, for example 150 or 150,50.").arg(what)
                : tr("“%1” is not an amount: type it in euros, for example 150 or 150,50.")
                      .arg(text.trimmed()),
            true);
    return amount;
}

void CashDrawer::openDrawer(const QString& floatTyped)
{
    if (busy())
        return;
    if (!hasRegister())
        return say(tr("This console is not a till: only a till set up by a manager has a cash drawer."),
                   true);
    if (isOpen())
        return say(tr("The drawer is already open since %1.").arg(openedAtText()), true);
    const qint64 amount = typed(floatTyped, tr("The float"));
    if (amount < 0)
        return;
    const QString currency = m_session.currency().isEmpty() ? u"EUR"_qs : m_session.currency();
    send({u"POST"_qs,
          u"/cash-sessions"_qs,
          {{u"register_id"_qs, m_staff.registerId()},
           {u"opening_float"_qs, QJsonObject{{u"amount"_qs, amount}, {u"currency"_qs, currency}}}},
          tr("This till's drawer is already open: close it before opening it again.")},
         [this, amount](const QJsonObject& session) {
             say(tr("The drawer is open with a float of %1.").arg(money(amount)), false);
             m_report = {};
             m_reportPdfPath.clear();
             emit reportChanged();
             // The feed brings the session into the cache; until then the answer says it.
             m_open = {session.value(u"id"_qs).toString(),
                       m_staff.registerId(),
                       m_session.storeId(),
                       u"open"_qs,
                       QDateTime::fromString(session.value(u"opened_at"_qs).toString(), Qt::ISODateWithMs),
                       amount,
                       m_session.currency()};
             m_movements.clear();
             emit drawerChanged();
         });
}

void CashDrawer::payIn(const QString& amountTyped, const QString& reason)
{
    move(u"in"_qs, amountTyped, reason);
}

void CashDrawer::payOut(const QString& amountTyped, const QString& reason)
{
    move(u"out"_qs, amountTyped, reason);
}

void CashDrawer::move(const QString& kind, const QString& amountTyped, const QString& reason)
{
    if (busy())
        return;
    if (!isOpen())
        return say(tr("Open the cash drawer first."), true);
    const qint64 amount = typed(amountTyped, tr("The amount"));
    if (amount < 0)
        return;
    if (amount == 0)
        return say(tr("Type an amount above zero."), true);
    if (reason.trimmed().isEmpty() || reason.trimmed().size() > kReasonMax)
        return say(tr("Say why the cash goes in or out (up to %1 characters).").arg(kReasonMax), true);
    const QString currency = m_session.currency().isEmpty() ? u"EUR"_qs : m_session.currency();
    send({u"POST"_qs,
          u"/cash-sessions/%1/movements"_qs.arg(m_open.id),
          {{u"kind"_qs, kind},
           {u"amount"_qs, QJsonObject{{u"amount"_qs, amount}, {u"currency"_qs, currency}}},
           {u"reason"_qs, reason.trimmed()}},
          tr("This drawer was closed meanwhile: open it again first.")},
         [this, kind, amount](const QJsonObject&) {
             say((kind == u"in" ? tr("%1 put into the drawer.") : tr("%1 taken out of the drawer."))
                     .arg(money(amount)),
                 false);
             m_session.syncNow();
         });
}

void CashDrawer::readReport()
{
    if (busy())
        return;
    if (!isOpen())
        return say(tr("Open the cash drawer first."), true);
    send({u"GET"_qs, u"/cash-sessions/%1"_qs.arg(m_open.id), {}, {}},
         [this](const QJsonObject& session) { takeReport(session); });
}

void CashDrawer::close(const QString& countedTyped)
{
    if (busy())
        return;
    if (!isOpen())
        return say(m_report.final ? tr("This drawer is already closed: its Z report is below.")
                                  : tr("The drawer is not open: there is nothing to close."),
                   true);
    const qint64 counted = typed(countedTyped, tr("The cash counted"));
    if (counted < 0)
        return;
    const QString currency = m_session.currency().isEmpty() ? u"EUR"_qs : m_session.currency();
    send({u"POST"_qs,
          u"/cash-sessions/%1/close"_qs.arg(m_open.id),
          {{u"counted"_qs, QJsonObject{{u"amount"_qs, counted}, {u"currency"_qs, currency}}}},
          tr("This drawer was already closed, maybe on another till: its Z report was made then.")},
         [this](const QJsonObject& session) {
             takeReport(session);
             writeReportPdf();
             say(m_report.difference && *m_report.difference != 0
                     ? tr("The drawer is closed. The count differs from what was expected by %1.")
                           .arg(money(*m_report.difference))
                     : tr("The drawer is closed and the count matches."),
                 false);
             m_closedId = m_open.id;
             m_open = {};
             m_movements.clear();
             emit drawerChanged();
             m_session.syncNow();
         });
}

QString CashDrawer::writeReportPdf()
{
    if (m_report.isEmpty())
        return {};
    const QString path =
        QDir(m_reportsDir).filePath((m_report.final ? u"z-"_qs : u"x-"_qs) + m_report.sessionId + u".pdf"_qs);
    const ZReportDocument document(m_report, m_session.storeName(), m_session.moneyLocale());
    m_reportPdfPath = document.writePdf(path, paperFormatFromString(m_paperFormat)) ? path : QString();
    emit reportChanged();
    return m_reportPdfPath;
}

void CashDrawer::printReport()
{
    if (m_report.isEmpty())
        return;
    ZReportDocument(m_report, m_session.storeName(), m_session.moneyLocale())
        .print(paperFormatFromString(m_paperFormat),
               m_report.final ? tr("Print the Z report") : tr("Print the X report"));
}

void CashDrawer::takeReport(const QJsonObject& session)
{
    m_report = DrawerReport::fromSession(session);
    emit reportChanged();
}

void CashDrawer::send(const Request& request, std::function<void(const QJsonObject&)> done)
{
    if (!m_session.sync())
        return;
    if (m_session.isOffline())
        return say(tr("The drawer needs the network for this, which is down. Cash sales still work."), true);
    say({}, false);
    const QByteArray body =
        request.method == u"GET" ? QByteArray() : QJsonDocument(request.body).toJson(QJsonDocument::Compact);
    // One key per action; a GET takes none. The call's own retries of a lost answer reuse it.
    const QString key = request.method == u"GET" ? QString() : newId(u"drw"_qs);
    m_call.send(
        *m_session.sync(), {request.method, request.path, body, key, 15000},
        [this, request, done = std::move(done)](const sync::HttpAnswer& answer) {
            if (answer.ok()) {
                qCInfo(lcApp) << "drawer:" << request.method << request.path << "done";
                done(QJsonDocument::fromJson(answer.body).object());
                return;
            }
            qCInfo(lcApp) << "drawer:" << request.path << "refused:" << answer.describe();
            say(ConsoleRefusal::say(
                    answer, {tr("The server does not know this drawer. Refresh, then try again."),
                             request.conflict, tr("The server refused this amount or reason. Check them.")}),
                true);
            if (answer.status == 409)
                m_session.syncNow(); // what changed meanwhile comes back through the feed
        });
}

} // namespace comptoir::app
