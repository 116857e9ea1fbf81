#include "app/till/paper.h"

#include "app/core/applog.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>

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

} // namespace comptoir::app
