#include "app/till/paper.h"

#include "app/core/applog.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <algorithm>

namespace comptoir::app {

namespace {

constexpr qreal kRollWidthMm = 80;
constexpr int kPdfDpi = 300;

} // namespace

PaperFormat paperFormatFromString(const QString& name)
{
    return name == u"roll80" ? PaperFormat::Roll80 : PaperFormat::A4;
}

QString toString(PaperFormat format)
{
    return format == PaperFormat::Roll80 ? u"roll80"_qs : u"a4"_qs;
}

QPageSize PaperDocument::pageSize(PaperFormat format) const
{
    if (format == PaperFormat::Roll80)
        return QPageSize(QSizeF(kRollWidthMm, rollHeightMm()), QPageSize::Millimeter, u"80 mm"_qs);
    return QPageSize(QPageSize::A4);
}

bool PaperDocument::writePdf(const QString& path, PaperFormat format) const
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    {
        QPdfWriter writer(path);
        writer.setResolution(kPdfDpi);
        writer.setCreator(u"Comptoir"_qs);
        writer.setTitle(title());
        writer.setPageSize(pageSize(format));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        paint(writer, format);
    }
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0) {
        qCWarning(lcApp) << title() << "not written to" << path;
        return false;
    }
    return true;
}

void PaperDocument::print(PaperFormat format, const QString& dialogTitle) const
{
    if (!qobject_cast<QApplication*>(QCoreApplication::instance()))
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(pageSize(format));
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    printer.setDocName(title());
    QPrintDialog dialog(&printer);
    dialog.setWindowTitle(dialogTitle);
    if (dialog.exec() != QDialog::Accepted)
        return;
    paint(printer, format);
}

PaperColumn::PaperColumn(QPainter& painter, const QPagedPaintDevice& device, PaperFormat format,
                         qreal a4ColumnMm)
    : m_painter(painter), m_unit(device.logicalDpiX() / 25.4)
{
    const bool roll = format == PaperFormat::Roll80;
    const qreal margin = (roll ? kRollMarginMm : kA4MarginMm) * m_unit;
    const qreal width = (roll ? kRollWidthMm - 2 * kRollMarginMm : a4ColumnMm) * m_unit;
    m_area = QRectF(margin, margin, width, device.height() - 2 * margin);
    m_line = kLineMm * m_unit;
    m_y = m_area.top();
    m_body = QFont(u"Inter"_qs);
    m_body.setPixelSize(int(m_unit * (roll ? 2.9 : 3.2)));
    m_strong = m_body;
    m_strong.setBold(true);
    m_big = m_strong;
    m_big.setPixelSize(int(m_body.pixelSize() * 1.5));
    m_painter.setPen(Qt::black);
}

void PaperColumn::row(const QString& left, const QString& right, const QFont& font)
{
    m_painter.setFont(font);
    const QRectF box(m_area.left(), m_y, m_area.width(), m_line);
    m_painter.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, left);
    if (!right.isEmpty())
        m_painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter, right);
    m_y += m_line;
}

void PaperColumn::cells(const QStringList& texts, const QFont& font)
{
    m_painter.setFont(font);
    const qreal col = m_area.width() / qreal(texts.size());
    for (int i = 0; i < texts.size(); ++i)
        m_painter.drawText(QRectF(m_area.left() + i * col, m_y, col, m_line),
                           (i == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, texts[i]);
    m_y += m_line;
}

void PaperColumn::centred(const QString& text, const QFont& font, qreal lines)
{
    m_painter.setFont(font);
    m_painter.drawText(QRectF(m_area.left(), m_y, m_area.width(), m_line * lines), Qt::AlignCenter, text);
    m_y += m_line * lines;
}

void PaperColumn::paragraph(const QString& text, const QFont& font)
{
    m_painter.setFont(font);
    const QRectF bounds = m_painter.boundingRect(QRectF(m_area.left(), m_y, m_area.width(), m_line),
                                                 Qt::AlignLeft | Qt::TextWordWrap, text);
    const qreal height = std::max(m_line, bounds.height());
    m_painter.drawText(QRectF(m_area.left(), m_y, m_area.width(), height),
                       Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, text);
    m_y += height;
}

void PaperColumn::rule()
{
    m_painter.setPen(QPen(Qt::black, m_unit * 0.2, Qt::DashLine));
    m_painter.drawLine(QPointF(m_area.left(), m_y + m_line / 2), QPointF(m_area.right(), m_y + m_line / 2));
    m_painter.setPen(Qt::black);
    m_y += m_line;
}

void PaperColumn::skip(qreal lines)
{
    m_y += m_line * lines;
}

} // namespace comptoir::app
