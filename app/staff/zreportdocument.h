#pragma once
// A drawer's report on paper (the Z report at the close, or an X report while open), through the
// till's paper machinery (PaperDocument: A4 or an 80 mm roll, PDF or the system's printer): the
// session, sales by method, refunds, pay-ins and pay-outs, expected, counted and difference, and
// the VAT by rate.

#include "app/staff/drawerreport.h"
#include "app/till/paper.h"
#include "comptoir/money.h"

#include <QCoreApplication>

namespace comptoir::app {

class ZReportDocument : public PaperDocument {
    Q_DECLARE_TR_FUNCTIONS(ZReportDocument)

public:
    ZReportDocument(const DrawerReport& report, QString storeName, MoneyLocale locale)
        : m_report(report), m_storeName(std::move(storeName)), m_locale(locale)
    {
    }

    [[nodiscard]] QString title() const override;
    [[nodiscard]] qreal rollHeightMm() const override;
    void paint(QPagedPaintDevice& device, PaperFormat format) const override;

    // A method's name as the console and the paper say it ("Cash", "Card").
    [[nodiscard]] static QString methodName(const QString& method);

private:
    [[nodiscard]] QString money(qint64 amount) const;

    const DrawerReport& m_report;
    QString m_storeName;
    MoneyLocale m_locale;
};

} // namespace comptoir::app
