#pragma once
// A till's receipt on paper: laid out once for an A4 sheet or an 80 mm roll, painted on a PDF or
// on the system's printer (PaperDocument). The words follow the app's language; amounts its
// money format.

#include "app/till/paper.h"
#include "app/till/receipt.h"
#include "comptoir/money.h"

#include <QCoreApplication>
#include <QPainter>
#include <QString>

class QPagedPaintDevice;

namespace comptoir::app {

class ReceiptDocument : public PaperDocument {
    Q_DECLARE_TR_FUNCTIONS(ReceiptDocument)

public:
    ReceiptDocument(const Receipt& receipt, MoneyLocale locale) : m_receipt(receipt), m_locale(locale) {}

    [[nodiscard]] QString title() const override;
    [[nodiscard]] qreal rollHeightMm() const override;
    void paint(QPagedPaintDevice& device, PaperFormat format) const override;

private:
    [[nodiscard]] QString money(qint64 amount) const;
    void draw(QPainter& painter, const QRectF& area, qreal unit, PaperFormat format) const;

    const Receipt& m_receipt;
    MoneyLocale m_locale;
};

} // namespace comptoir::app
