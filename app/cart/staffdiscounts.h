#pragma once
// The discounts staff give at the till (API.md "Counter sales: staff discounts"): on a line, a
// percentage or an amount off each unit; on the whole sale, a percentage or an amount with its
// reason. Read from what the cashier typed and refused in words where the server would refuse
// it. Kept in memory only: a sale's discounts end with it, and the kiosk, which may give none,
// never sets one.

#include "comptoir/cartpricing.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <optional>

namespace comptoir::app {

struct SaleDiscount {
    Discount discount;
    QString reason;
};

// A discount as typed, or why it is not one.
struct TypedDiscount {
    std::optional<Discount> discount;
    QString refusal;
};

class StaffDiscounts {
    Q_DECLARE_TR_FUNCTIONS(StaffDiscounts)
public:
    static constexpr int kMaxReasonLength = 200; // the server's limit

    // `kind` "percent": a whole percentage from 1 to 100 ("10", "10 %"); "amount": an amount
    // more than zero in `currency` ("2,50").
    [[nodiscard]] static TypedDiscount read(const QString& kind, const QString& text,
                                            const QString& currency);
    // How a discount reads on a line or a receipt: "10% off", "€1.00 off each" (`amountText` is
    // its amount formatted), or for the whole sale "Sale discount 10% (reason)".
    [[nodiscard]] static QString lineLabel(const Discount& discount, const QString& amountText);
    [[nodiscard]] static QString saleLabel(const SaleDiscount& discount);

    [[nodiscard]] std::optional<Discount> line(const QString& sku) const;
    void setLine(const QString& sku, const std::optional<Discount>& discount);
    [[nodiscard]] const std::optional<SaleDiscount>& sale() const { return m_sale; }
    void setSale(const std::optional<SaleDiscount>& discount) { m_sale = discount; }

    // Forgets the discounts of lines that left the sale.
    void keepOnly(const QSet<QString>& skus);
    void clear();
    [[nodiscard]] bool isEmpty() const { return m_lines.isEmpty() && !m_sale; }

private:
    QHash<QString, Discount> m_lines;
    std::optional<SaleDiscount> m_sale;
};

} // namespace comptoir::app
