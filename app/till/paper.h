#pragma once
// What the till puts on paper — a sale's receipt, a drawer's Z report — laid out for an A4 sheet
// or an 80 mm roll, and the two ways it leaves the console: a PDF (QPdfWriter, kept beside the
// sale or the session) or the system's printer through its print dialog (Qt Print Support, CUPS).

#include <QPageSize>
#include <QString>

class QPagedPaintDevice;

namespace comptoir::app {

enum class PaperFormat { A4, Roll80 };

[[nodiscard]] PaperFormat paperFormatFromString(const QString& name); // "a4" or "roll80"
[[nodiscard]] QString toString(PaperFormat format);

class PaperDocument {
public:
    PaperDocument() = default;
    PaperDocument(const PaperDocument&) = delete;
    PaperDocument& operator=(const PaperDocument&) = delete;
    virtual ~PaperDocument() = default;

    // The PDF's title and the print job's name.
    [[nodiscard]] virtual QString title() const = 0;
    // How long an 80 mm roll's page must be for this document, in millimetres.
    [[nodiscard]] virtual qreal rollHeightMm() const = 0;
    // Paints on an open device whose page size was set from pageSize().
    virtual void paint(QPagedPaintDevice& device, PaperFormat format) const = 0;

    [[nodiscard]] QPageSize pageSize(PaperFormat format) const;
    // Writes the PDF at `path` (folders made as needed); false when it cannot be written.
    bool writePdf(const QString& path, PaperFormat format) const;
    // Asks the system's print dialog, titled `dialogTitle`, and prints; needs a QApplication.
    void print(PaperFormat format, const QString& dialogTitle) const;
};

} // namespace comptoir::app
