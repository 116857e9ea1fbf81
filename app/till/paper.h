#pragma once
// What the till puts on paper — a sale's receipt, a drawer's Z report, a return slip — laid out
// for an A4 sheet or an 80 mm roll, and the two ways it leaves the console: a PDF (QPdfWriter,
// kept beside the sale or the session) or the system's printer through its print dialog (Qt Print
// Support, CUPS). PaperColumn is the row drawing the documents share.

#include <QFont>
#include <QPageSize>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;

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

// A document written top to bottom in one column of the page, as a till's paper reads: the whole
// width of an 80 mm roll less its margins, or a column of `a4ColumnMm` on a sheet. Rows of text
// with an amount on the right, cells in equal columns, centred lines and dashed rules, each a
// line's height (millimetres of the layout, so a roll and a sheet read alike).
class PaperColumn {
public:
    PaperColumn(QPainter& painter, const QPagedPaintDevice& device, PaperFormat format, qreal a4ColumnMm);

    [[nodiscard]] const QFont& body() const { return m_body; }
    [[nodiscard]] const QFont& strong() const { return m_strong; }
    [[nodiscard]] const QFont& big() const { return m_big; }
    // Device pixels per millimetre, and the column's rectangle.
    [[nodiscard]] qreal unit() const { return m_unit; }
    [[nodiscard]] const QRectF& area() const { return m_area; }
    [[nodiscard]] qreal y() const { return m_y; }

    // `left` on the left, `right` (when not empty) against the right edge.
    void row(const QString& left, const QString& right, const QFont& font);
    // The texts in equal columns, the first aligned left, the others right.
    void cells(const QStringList& texts, const QFont& font);
    // `text` centred over `lines` lines' height.
    void centred(const QString& text, const QFont& font, qreal lines = 1);
    // `text` wrapped over the column's width, as many lines as it takes.
    void paragraph(const QString& text, const QFont& font);
    // A dashed rule across the column, a line's height.
    void rule();
    void skip(qreal lines);

    // Millimetres: the roll's and the sheet's margins, and a line's height.
    static constexpr qreal kRollMarginMm = 4;
    static constexpr qreal kA4MarginMm = 20;
    static constexpr qreal kLineMm = 4.6;

private:
    QPainter& m_painter;
    qreal m_unit = 1;
    QRectF m_area;
    qreal m_line = 1;
    qreal m_y = 0;
    QFont m_body;
    QFont m_strong;
    QFont m_big;
};

} // namespace comptoir::app
