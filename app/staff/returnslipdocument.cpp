#include "app/staff/returnslipdocument.h"

#include "app/core/applog.h"
#include "app/staff/zreportdocument.h"

#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>

namespace comptoir::app {

namespace {

constexpr qreal kA4ColumnMm = 110; // as the receipt's: a slip is read, not framed

} // namespace

QString ReturnSlipDocument::title() const
{
    return tr("Return slip %1").arg(m_slip.orderNumber);
}

QString ReturnSlipDocument::money(qint64 amount) const
{
    return Money{amount, m_slip.currency}.format(m_locale);
}

qreal ReturnSlipDocument::rollHeightMm() const
{
    // The header (a title and a half, four lines, a rule), two rows a line, the stock's line and
    // a rule, the refunds with their total and VAT, the reason, the signature.
    const qsizetype rows = 8 + 2 * m_slip.lines.size() + 2 + (m_slip.refunds.size() + 4) + 2 + 5;
    return 2 * PaperColumn::kRollMarginMm + rows * PaperColumn::kLineMm + 16;
}

void ReturnSlipDocument::paint(QPagedPaintDevice& device, PaperFormat format) const
{
    QPainter painter;
    if (!painter.begin(&device)) {
        qCWarning(lcApp) << "return slip: the paint device cannot be opened";
        return;
    }
    PaperColumn page(painter, device, format, kA4ColumnMm);
    const QLocale locale(m_locale == MoneyLocale::French ? QLocale::French : QLocale::English);

    page.centred(m_storeName.isEmpty() ? u"Comptoir"_qs : m_storeName, page.big(), 1.5);
    page.centred(tr("Return slip"), page.strong());
    page.centred(tr("Sale %1").arg(m_slip.orderNumber), page.body());
    if (!m_slip.boughtAt.isEmpty())
        page.centred(tr("Bought at %1").arg(m_slip.boughtAt), page.body());
    page.centred(locale.toString(m_slip.at.toLocalTime(), QLocale::ShortFormat), page.body());
    if (!m_slip.takenBy.isEmpty())
        page.centred(tr("Taken back by %1").arg(m_slip.takenBy), page.body());
    page.rule();

    for (const ReturnSlip::Line& l : m_slip.lines) {
        page.row(l.name, QString(), page.body());
        page.row(u"  %1 × %2"_qs.arg(l.quantity).arg(l.sku), money(l.refund), page.body());
    }
    page.row(m_slip.restock ? tr("Back on sale in the store") : tr("Damaged: not put back on sale"),
             QString(), page.body());
    page.rule();

    for (const ReturnSlip::Refund& r : m_slip.refunds)
        page.row(tr("Refunded: %1").arg(ZReportDocument::methodName(r.method)), money(r.amount), page.body());
    page.row(tr("Refund total"), money(m_slip.refundTotal), page.big());
    page.row(tr("Including VAT"), money(m_slip.tax()), page.body());
    page.rule();
    if (!m_slip.reason.isEmpty())
        page.paragraph(tr("Reason: %1").arg(m_slip.reason), page.body());
    page.skip(2);
    page.row(tr("Customer's signature"), QString(), page.body());
    page.skip(1);
    page.rule();
    page.centred(tr("Keep this slip with your receipt."), page.body());
    painter.end();
}

} // namespace comptoir::app
