#include "app/cart/staffdiscounts.h"

#include "app/core/typedamount.h"

#include <QRegularExpression>

namespace comptoir::app {

TypedDiscount StaffDiscounts::read(const QString& kind, const QString& text, const QString& currency)
{
    if (kind == u"percent") {
        static const QRegularExpression percent(u"^\\s*(\\d{1,3})\\s*%?\\s*$"_qs);
        const auto match = percent.match(text);
        const int value = match.hasMatch() ? match.captured(1).toInt() : 0;
        if (value < 1 || value > 100)
            return {std::nullopt, tr("Type a whole percentage from 1 to 100.")};
        return {Discount{value, std::nullopt}, {}};
    }
    const qint64 amount = parseTypedAmount(text, currency);
    if (amount <= 0)
        return {std::nullopt, tr("Type an amount, such as 2,50.")};
    return {Discount{std::nullopt, amount}, {}};
}

QString StaffDiscounts::lineLabel(const Discount& discount, const QString& amountText)
{
    if (discount.percent)
        return tr("%1% off").arg(*discount.percent);
    return tr("%1 off each").arg(amountText);
}

QString StaffDiscounts::saleLabel(const SaleDiscount& discount)
{
    if (discount.discount.percent)
        return tr("Sale discount %1% (%2)").arg(*discount.discount.percent).arg(discount.reason);
    return tr("Sale discount (%1)").arg(discount.reason);
}

std::optional<Discount> StaffDiscounts::line(const QString& sku) const
{
    const auto it = m_lines.constFind(sku);
    return it == m_lines.cend() ? std::nullopt : std::optional(*it);
}

void StaffDiscounts::setLine(const QString& sku, const std::optional<Discount>& discount)
{
    if (discount)
        m_lines.insert(sku, *discount);
    else
        m_lines.remove(sku);
}

void StaffDiscounts::keepOnly(const QSet<QString>& skus)
{
    for (auto it = m_lines.begin(); it != m_lines.end();)
        it = skus.contains(it.key()) ? std::next(it) : m_lines.erase(it);
    if (skus.isEmpty())
        m_sale.reset();
}

void StaffDiscounts::clear()
{
    m_lines.clear();
    m_sale.reset();
}

} // namespace comptoir::app
