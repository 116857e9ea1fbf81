#include "app/staff/zreportdocument.h"

#include "app/core/applog.h"

#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>

namespace comptoir::app {

namespace {

// Millimetres, as the receipt's: a report reads the same on a roll and on a sheet.
constexpr qreal kRollWidthMm = 80;
constexpr qreal kRollMarginMm = 4;
constexpr qreal kA4MarginMm = 20;
constexpr qreal kA4ColumnMm = 120;
constexpr qreal kLineMm = 4.6;

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
    return 2 * kRollMarginMm + rows * kLineMm + 16;
}

void ZReportDocument::paint(QPagedPaintDevice& device, PaperFormat format) const
{
    QPainter painter;
    if (!painter.begin(&device)) {
        qCWarning(lcApp) << "Z report: the paint device cannot be opened";
        return;
    }
    const qreal unit = device.logicalDpiX() / 25.4; // device pixels per millimetre
    const qreal marginMm = format == PaperFormat::Roll80 ? kRollMarginMm : kA4MarginMm;
    const qreal widthMm = format == PaperFormat::Roll80 ? kRollWidthMm - 2 * kRollMarginMm : kA4ColumnMm;
    const QRectF area(marginMm * unit, marginMm * unit, widthMm * unit,
                      device.height() - 2 * marginMm * unit);
    const qreal line = kLineMm * unit;
    qreal y = area.top();

    QFont body(u"Inter"_qs);
    body.setPixelSize(int(unit * (format == PaperFormat::Roll80 ? 2.9 : 3.2)));
    QFont strong = body;
    strong.setBold(true);
    QFont big = strong;
    big.setPixelSize(int(body.pixelSize() * 1.5));
    const auto cells = [&](const QStringList& texts, const QFont& font) {
        painter.setFont(font);
        const qreal col = area.width() / qreal(texts.size());
        for (int i = 0; i < texts.size(); ++i)
            painter.drawText(QRectF(area.left() + i * col, y, col, line),
                             (i == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, texts[i]);
        y += line;
    };
    const auto row = [&](const QString& left, const QString& right, const QFont& font) {
        painter.setFont(font);
        const QRectF box(area.left(), y, area.width(), line);
        painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, left);
        painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter, right);
        y += line;
    };
    const auto centred = [&](const QString& text, const QFont& font, qreal height) {
        painter.setFont(font);
        painter.drawText(QRectF(area.left(), y, area.width(), height), Qt::AlignCenter, text);
        y += height;
    };
    const auto rule = [&] {
        painter.setPen(QPen(Qt::black, unit * 0.2, Qt::DashLine));
        painter.drawLine(QPointF(area.left(), y + line / 2), QPointF(area.right(), y + line / 2));
        painter.setPen(Qt::black);
        y += line;
    };

    painter.setPen(Qt::black);
    const QLocale locale(m_locale == MoneyLocale::French ? QLocale::French : QLocale::English);
    centred(m_storeName.isEmpty() ? u"Comptoir"_qs : m_storeName, big, line * 1.5);
    centred(title(), strong, line);
    centred(tr("Opened %1").arg(locale.toString(m_report.openedAt.toLocalTime(), QLocale::ShortFormat)), body,
            line);
    if (m_report.final)
        centred(tr("Closed %1").arg(locale.toString(m_report.closedAt.toLocalTime(), QLocale::ShortFormat)),
                body, line);
    rule();

    row(tr("Orders"), QString::number(m_report.orders), body);
    cells({tr("Payments"), tr("Count"), tr("Amount")}, strong);
    for (const DrawerReport::ByMethod& m : m_report.byMethod)
        cells({methodName(m.method), QString::number(m.count), money(m.amount)}, body);
    cells({tr("Total"), QString::number(m_report.paymentsCount), money(m_report.paymentsAmount)}, strong);
    rule();
    cells({tr("Refunds"), QString::number(m_report.refundsCount), money(m_report.refundsAmount)}, strong);
    for (const DrawerReport::ByMethod& m : m_report.refundsByMethod)
        cells({methodName(m.method), QString::number(m.count), money(m.amount)}, body);
    rule();
    row(tr("Opening float"), money(m_report.openingFloat), body);
    for (const DrawerReport::Movement& m : m_report.movements)
        row((m.kind == u"in" ? tr("Pay-in: %1") : tr("Pay-out: %1")).arg(m.reason), money(m.amount), body);
    row(tr("Cash expected"), money(m_report.expectedCash), strong);
    if (m_report.counted)
        row(tr("Cash counted"), money(*m_report.counted), strong);
    // Said in words, not by a sign a roll's small print loses: short, over, or none.
    if (const qint64 d = m_report.difference.value_or(0); m_report.difference && d != 0)
        row(d < 0 ? tr("Short by") : tr("Over by"), money(d < 0 ? -d : d), big);
    else if (m_report.difference)
        row(tr("No difference"), money(0), big);
    rule();
    cells({tr("VAT"), tr("Net"), tr("Tax"), tr("Gross")}, strong);
    for (const DrawerReport::Tax& t : m_report.tax)
        cells({rateText(t.rateBp, m_locale), money(t.base), money(t.tax), money(t.total)}, body);
    painter.end();
}

} // namespace comptoir::app
