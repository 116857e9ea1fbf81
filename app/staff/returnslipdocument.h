#pragma once
// A return slip on paper, for the customer and the till's records: the sale it comes from, the
// lines that came back with what each gives back, whether they went back on sale, the refund by
// method and its total, and a line to sign. Laid out like the receipt and the Z report
// (PaperColumn: A4 or an 80 mm roll, PDF or the system's printer).

#include "app/staff/returnslip.h"
#include "app/till/paper.h"
#include "comptoir/money.h"

#include <QCoreApplication>

namespace comptoir::app {

class ReturnSlipDocument : public PaperDocument {
    Q_DECLARE_TR_FUNCTIONS(ReturnSlipDocument)

public:
    ReturnSlipDocument(const ReturnSlip& slip, QString storeName, MoneyLocale locale)
        : m_slip(slip), m_storeName(std::move(storeName)), m_locale(locale)
    {
    }

    [[nodiscard]] QString title() const override;
    [[nodiscard]] qreal rollHeightMm() const override;
    void paint(QPagedPaintDevice& device, PaperFormat format) const override;

private:
    [[nodiscard]] QString money(qint64 amount) const;

    const ReturnSlip& m_slip;
    QString m_storeName;
    MoneyLocale m_locale;
};

} // namespace comptoir::app
