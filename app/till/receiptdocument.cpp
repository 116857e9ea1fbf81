#include "app/till/receiptdocument.h"

#include "app/core/applog.h"
#include "app/ui/qrmatrix.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPagedPaintDevice>

namespace comptoir::app {

namespace {

// Millimetres of the layout: the same receipt reads well on a roll and on a sheet.
constexpr qreal kRollWidthMm = 80;
constexpr qreal kRollMarginMm = 4;
constexpr qreal kA4MarginMm = 20;
constexpr qreal kA4ColumnMm = 110; // an A4 receipt keeps to a column: it is read, not framed
constexpr qreal kLineMm = 4.6;
constexpr qreal kQrMm = 26;

QString rateText(int rateBp, MoneyLocale locale)
{
    const QLocale l(locale == MoneyLocale::French ? QLocale::French : QLocale::English);
    return l.toString(rateBp / 100.0, 'g', 4) + (locale == MoneyLocale::French ? u" %"_qs : u"%"_qs);
}

QString methodText(const QString& method)
{
    if (method == u"cash")
        return ReceiptDocument::tr("Cash");
    if (method == u"terminal" || method == u"card")
        return ReceiptDocument::tr("Card");
    return method;
}

} // namespace

QString ReceiptDocument::title() const
{
    return tr("Receipt %1").arg(m_receipt.reference);
}

QString ReceiptDocument::money(qint64 amount) const
{
    return Money{amount, m_receipt.currency}.format(m_locale);
}

qreal ReceiptDocument::rollHeightMm() const
{
    // Header, lines (two rows each), totals, VAT table, payments, the QR code and the margins.
    qsizetype discounts = m_receipt.saleDiscount ? 1 : 0;
    for (const ReceiptLine& l : m_receipt.lines)
        discounts += l.discount ? 1 : 0;
    const qsizetype rows = 6 + 2 * m_receipt.lines.size() + discounts + 4 + (m_receipt.vat.size() + 1) +
                           (m_receipt.payments.size() + 2) + 3;
    return 2 * kRollMarginMm + rows * kLineMm + kQrMm + 12;
}

void ReceiptDocument::paint(QPagedPaintDevice& device, PaperFormat format) const
{
    QPainter painter;
    if (!painter.begin(&device)) {
        qCWarning(lcApp) << "receipt: the paint device cannot be opened";
        return;
    }
    const qreal unit = device.logicalDpiX() / 25.4; // device pixels per millimetre
    const qreal margin = (format == PaperFormat::Roll80 ? kRollMarginMm : kA4MarginMm) * unit;
    const qreal width =
        format == PaperFormat::Roll80 ? (kRollWidthMm - 2 * kRollMarginMm) * unit : kA4ColumnMm * unit;
    draw(painter, QRectF(margin, margin, width, device.height() - 2 * margin), unit, format);
    painter.end();
}

void ReceiptDocument::draw(QPainter& painter, const QRectF& area, qreal unit, PaperFormat format) const
{
    const qreal line = kLineMm * unit;
    qreal y = area.top();
    QFont body(u"Inter"_qs);
    body.setPixelSize(int(unit * (format == PaperFormat::Roll80 ? 2.9 : 3.2)));
    QFont strong = body;
    strong.setBold(true);
    QFont title = strong;
    title.setPixelSize(int(body.pixelSize() * 1.5));
    const auto row = [&](const QString& left, const QString& right, const QFont& font) {
        painter.setFont(font);
        const QRectF box(area.left(), y, area.width(), line);
        // A long label (a discount's reason) gives way to its amount on a narrow roll.
        const qreal room =
            area.width() - (right.isEmpty() ? 0 : painter.fontMetrics().horizontalAdvance(right) + line);
        painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter,
                         painter.fontMetrics().elidedText(left, Qt::ElideRight, int(room)));
        if (!right.isEmpty())
            painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter, right);
        y += line;
    };
    const auto centred = [&](const QString& text, const QFont& font, qreal height) {
        painter.setFont(font);
        painter.drawText(QRectF(area.left(), y, area.width(), height), Qt::AlignHCenter | Qt::AlignVCenter,
                         text);
        y += height;
    };
    const auto rule = [&] {
        painter.setPen(QPen(Qt::black, unit * 0.2, Qt::DashLine));
        painter.drawLine(QPointF(area.left(), y + line / 2), QPointF(area.right(), y + line / 2));
        painter.setPen(Qt::black);
        y += line;
    };

    painter.setPen(Qt::black);
    centred(m_receipt.storeName.isEmpty() ? u"Comptoir"_qs : m_receipt.storeName, title, line * 1.5);
    if (m_receipt.training)
        centred(tr("TRAINING: NOT A SALE"), title, line * 1.5);
    centred(tr("Receipt %1").arg(m_receipt.reference), strong, line);
    // The word French law asks of a reprinted till receipt, in every language.
    if (m_receipt.duplicate > 0)
        centred(u"DUPLICATA n°%1"_qs.arg(m_receipt.duplicate), title, line * 1.5);
    const QLocale locale(m_locale == MoneyLocale::French ? QLocale::French : QLocale::English);
    centred(locale.toString(m_receipt.at.toLocalTime(), QLocale::ShortFormat), body, line);
    if (!m_receipt.cashier.isEmpty())
        centred(tr("Served by %1").arg(m_receipt.cashier), body, line);
    rule();

    for (const ReceiptLine& l : m_receipt.lines) {
        row(l.details.isEmpty() ? l.name : l.name + u" ("_qs + l.details + u')', QString(), body);
        row(u"  %1 × %2"_qs.arg(l.quantity).arg(money(l.unitPrice)), money(l.lineTotal), body);
        if (l.discount)
            row(u"  "_qs + StaffDiscounts::lineLabel(*l.discount, money(l.discount->amount.value_or(0))),
                money(-l.discountAmount), body);
    }
    rule();
    row(tr("Subtotal"), money(m_receipt.subtotal), body);
    if (m_receipt.saleDiscount)
        row(StaffDiscounts::saleLabel(*m_receipt.saleDiscount), money(-m_receipt.saleDiscountAmount), body);
    if (m_receipt.discount > 0)
        row(m_receipt.promoCode.isEmpty() ? tr("Discount") : tr("Discount (%1)").arg(m_receipt.promoCode),
            money(-m_receipt.discount), body);
    row(tr("Total"), money(m_receipt.total), title);
    rule();

    // French receipts show the VAT by rate: net, tax and gross of each.
    painter.setFont(strong);
    const qreal col = area.width() / 4;
    const auto vatRow = [&](const QStringList& cells, const QFont& font) {
        painter.setFont(font);
        for (int i = 0; i < cells.size(); ++i)
            painter.drawText(QRectF(area.left() + i * col, y, col, line),
                             (i == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, cells[i]);
        y += line;
    };
    vatRow({tr("VAT"), tr("Net"), tr("Tax"), tr("Gross")}, strong);
    for (const ReceiptVat& v : m_receipt.vat)
        vatRow({rateText(v.rateBp, m_locale), money(v.net), money(v.tax), money(v.gross)}, body);
    row(tr("Including VAT"), money(m_receipt.tax), body);
    rule();

    for (const ReceiptPayment& p : m_receipt.payments)
        row(methodText(p.method), money(p.amount), body);
    if (m_receipt.tendered > 0) {
        row(tr("Cash received"), money(m_receipt.tendered), body);
        row(tr("Change"), money(m_receipt.change), strong);
    }
    if (m_receipt.offline)
        centred(tr("Made offline: the order number follows."), body, line);
    if (m_receipt.training)
        centred(tr("TRAINING: NOT A SALE"), title, line * 1.5);

    y += line / 2;
    const QrMatrix qr = QrMatrix::encode(m_receipt.qrPayload());
    if (qr.size > 0) {
        const qreal side = kQrMm * unit;
        const qreal module = side / (qr.size + 2 * QrMatrix::kQuietZone);
        const QPointF origin(area.center().x() - side / 2 + module * QrMatrix::kQuietZone,
                             y + module * QrMatrix::kQuietZone);
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::black);
        for (int qy = 0; qy < qr.size; ++qy)
            for (int qx = 0; qx < qr.size; ++qx)
                if (qr.isDark(qx, qy))
                    painter.drawRect(
                        QRectF(origin.x() + qx * module, origin.y() + qy * module, module, module));
        painter.setPen(Qt::black);
        y += side;
    }
    if (qr.size > 0)
        centred(tr("Keep this receipt: its code finds your purchase for a return."), body, line);
    centred(tr("Thank you!"), strong, line);
}

} // namespace comptoir::app
