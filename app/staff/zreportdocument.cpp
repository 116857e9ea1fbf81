#include "app/staff/zreportdocument.h"

#include "app/core/applog.h"

#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>

namespace comptoir::app {

namespace {

// Millimetres, as the receipt's (PaperColumn): a report reads the same on a roll and on a sheet.
constexpr qreal kA4ColumnMm = 120;

QString rateText(int rateBp, MoneyLocale locale)
{
    const QLocale l(locale == MoneyLocale::French ? QLocale::French : QLocale::English);
    return l.toString(rateBp / 100.0, 'g', 4) + (locale == MoneyLocale::French ? u" %"_qs : u"%"_qs);
}

} // namespace

QString ZReportDocument::methodName(const QString& method)
{
    if (method == u"cash")
        return tr("Cash");
    if (method == u"terminal" || method == u"card")
        return tr("Card");
    return method;
}

QString ZReportDocument::money(qint64 amount) const
{
    return Money{amount, m_report.currency}.format(m_locale);
}

QString ZReportDocument::title() const
{
    return m_report.final ? tr("Z report %1").arg(m_report.sessionId.right(8))
                          : tr("X report %1").arg(m_report.sessionId.right(8));
}

qreal ZReportDocument::rollHeightMm() const
{
    // The header (a title and a half, three lines, a rule), each section with its rule, the
    // drawer's totals (the difference a line and a half), the VAT table.
    const qsizetype rows = 7 + (m_report.byMethod.size() + 3) + (m_report.refundsByMethod.size() + 2) +
                           (m_report.movements.size() + 5) + (m_report.tax.size() + 1);
    return 2 * PaperColumn::kRollMarginMm + rows * PaperColumn::kLineMm + 16;
}

void ZReportDocument::paint(QPagedPaintDevice& device, PaperFormat format) const
{
    QPainter painter;
    if (!painter.begin(&device)) {
        qCWarning(lcApp) << "Z report: the paint device cannot be opened";
        return;
    }
    PaperColumn page(painter, device, format, kA4ColumnMm);
    const QFont& body = page.body();
    const QFont& strong = page.strong();
    const QFont& big = page.big();

    const QLocale locale(m_locale == MoneyLocale::French ? QLocale::French : QLocale::English);
    page.centred(m_storeName.isEmpty() ? u"Comptoir"_qs : m_storeName, big, 1.5);
    page.centred(title(), strong);
    page.centred(tr("Opened %1").arg(locale.toString(m_report.openedAt.toLocalTime(), QLocale::ShortFormat)),
                 body);
    if (m_report.final)
        page.centred(
            tr("Closed %1").arg(locale.toString(m_report.closedAt.toLocalTime(), QLocale::ShortFormat)),
            body);
    page.rule();

    page.row(tr("Orders"), QString::number(m_report.orders), body);
    page.cells({tr("Payments"), tr("Count"), tr("Amount")}, strong);
    for (const DrawerReport::ByMethod& m : m_report.byMethod)
        page.cells({methodName(m.method), QString::number(m.count), money(m.amount)}, body);
    page.cells({tr("Total"), QString::number(m_report.paymentsCount), money(m_report.paymentsAmount)},
               strong);
    page.rule();
    page.cells({tr("Refunds"), QString::number(m_report.refundsCount), money(m_report.refundsAmount)},
               strong);
    for (const DrawerReport::ByMethod& m : m_report.refundsByMethod)
        page.cells({methodName(m.method), QString::number(m.count), money(m.amount)}, body);
    page.rule();
    page.row(tr("Opening float"), money(m_report.openingFloat), body);
    for (const DrawerReport::Movement& m : m_report.movements)
        page.row((m.kind == u"in" ? tr("Pay-in: %1") : tr("Pay-out: %1")).arg(m.reason), money(m.amount),
                 body);
    page.row(tr("Cash expected"), money(m_report.expectedCash), strong);
    if (m_report.counted)
        page.row(tr("Cash counted"), money(*m_report.counted), strong);
    // Said in words, not by a sign a roll's small print loses: short, over, or none.
    if (const qint64 d = m_report.difference.value_or(0); m_report.difference && d != 0)
        page.row(d < 0 ? tr("Short by") : tr("Over by"), money(d < 0 ? -d : d), big);
    else if (m_report.difference)
        page.row(tr("No difference"), money(0), big);
    page.rule();
    page.cells({tr("VAT"), tr("Net"), tr("Tax"), tr("Gross")}, strong);
    for (const DrawerReport::Tax& t : m_report.tax)
        page.cells({rateText(t.rateBp, m_locale), money(t.base), money(t.tax), money(t.total)}, body);
    painter.end();
}

} // namespace comptoir::app
