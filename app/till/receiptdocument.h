#pragma once
// A till's receipt on paper: laid out once for an A4 sheet or an 80 mm roll, painted on a PDF
// (QPdfWriter: kept beside the sale, readable by any viewer) or on the system's printer
// (Qt Print Support, CUPS). The words follow the app's language; amounts its money format.

#include "app/till/receipt.h"
#include "comptoir/money.h"

#include <QCoreApplication>
#include <QPainter>
#include <QString>

class QPagedPaintDevice;

namespace comptoir::app {

enum class PaperFormat { A4, Roll80 };

[[nodiscard]] PaperFormat paperFormatFromString(const QString& name); // "a4" or "roll80"
[[nodiscard]] QString toString(PaperFormat format);

class ReceiptDocument {
    Q_DECLARE_TR_FUNCTIONS(ReceiptDocument)

public:
    ReceiptDocument(const Receipt& receipt, MoneyLocale locale) : m_receipt(receipt), m_locale(locale) {}

    // Writes the PDF at `path` (folders made as needed); false when it cannot be written.
    bool writePdf(const QString& path, PaperFormat format) const;
    // Paints on an open device (a printer set up by the print dialog), page size set by the caller.
    void paint(QPagedPaintDevice& device, PaperFormat format) const;
    // The height of an 80 mm roll's page for this receipt, in millimetres.
    [[nodiscard]] qreal rollHeightMm() const;

private:
    [[nodiscard]] QString money(qint64 amount) const;
    void draw(QPainter& painter, const QRectF& area, qreal unit, PaperFormat format) const;

    const Receipt& m_receipt;
    MoneyLocale m_locale;
};

} // namespace comptoir::app
