#include "app/cart/cart.h"

#include "app/core/applog.h"
#include "app/session/session.h"
#include "comptoir/codecs.h"
#include "comptoir/vat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace comptoir::app {

Cart::Cart(Session& session, QObject* parent) : QAbstractListModel(parent), m_session(session)
{
    connect(&session, &Session::syncReplaced, this, &Cart::reload);
    connect(&session, &Session::storeChanged, this, &Cart::reload);
    connect(&session, &Session::currencyChanged, this, &Cart::reload);
    connect(&session, &Session::languageChanged, this, &Cart::repriced);
    connect(&session, &Session::dataChanged, this, [this](const QStringList& entities) {
        if (!m_items.isEmpty() || !m_promoCode.isEmpty())
            if (entities.contains(u"product"_qs) || entities.contains(u"stock"_qs) ||
                entities.contains(u"promotion"_qs))
                reload();
    });
    reload();
}

int Cart::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant Cart::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const CartItem& item = m_items[index.row()];
    switch (role) {
    case SkuRole:
        return item.sku;
    case ProductIdRole:
        return item.productId;
    case Qt::DisplayRole:
    case NameRole:
        return item.sellable ? item.name : tr("No longer sold");
    case DetailsRole:
        return item.details;
    case QuantityRole:
        return item.quantity;
    case UnitPriceTextRole:
        return m_session.formatMoney(item.unitPrice);
    case LineTotalTextRole:
        return m_session.formatMoney(m_netLineTotals.value(index.row(), item.lineTotal));
    case AvailableHereRole:
        return item.availableHere;
    case ImageRole:
        return m_session.imageSource(item.imageUrl);
    case SellableRole:
        return item.sellable;
    case HasLineDiscountRole:
        return item.sellable && m_discounts.line(item.sku).has_value();
    case LineDiscountTextRole: {
        const auto discount = m_discounts.line(item.sku);
        if (!discount || !item.sellable)
            return QString();
        const qint64 off = item.lineTotal - m_netLineTotals.value(index.row(), item.lineTotal);
        return tr("%1: %2").arg(
            StaffDiscounts::lineLabel(*discount, m_session.formatMoney(discount->amount.value_or(0))),
            m_session.formatMoney(-off));
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> Cart::roleNames() const
{
    return {{SkuRole, "sku"},
            {ProductIdRole, "productId"},
            {NameRole, "name"},
            {DetailsRole, "details"},
            {QuantityRole, "quantity"},
            {UnitPriceTextRole, "unitPriceText"},
            {LineTotalTextRole, "lineTotalText"},
            {AvailableHereRole, "availableHere"},
            {ImageRole, "image"},
            {SellableRole, "sellable"},
            {HasLineDiscountRole, "hasLineDiscount"},
            {LineDiscountTextRole, "lineDiscountText"}};
}

int Cart::itemCount() const
{
    qint64 n = 0;
    for (const CartItem& item : m_items)
        n += item.quantity;
    return int(n);
}

QString Cart::subtotalText() const
{
    return m_session.formatMoney(m_figures.totals.subtotal);
}

QString Cart::discountText() const
{
    return m_session.formatMoney(-m_figures.promotionDiscount);
}

QString Cart::taxText() const
{
    return m_session.formatMoney(m_figures.totals.tax);
}

QString Cart::totalText() const
{
    return m_session.formatMoney(m_figures.totals.total);
}

bool Cart::isSellable() const
{
    return !m_items.isEmpty() &&
           std::all_of(m_items.begin(), m_items.end(), [](const CartItem& item) { return item.sellable; });
}

bool Cart::add(const QString& sku, int quantity)
{
    if (sku.isEmpty() || quantity <= 0 || !m_session.cartStore())
        return false;
    const auto existing =
        std::find_if(m_items.begin(), m_items.end(), [&](const CartItem& i) { return i.sku == sku; });
    const qint64 target =
        std::min<qint64>(kMaxQuantity, (existing != m_items.end() ? existing->quantity : 0) + quantity);
    write([&](CartStore& store) { store.setQuantity(sku, target); });
    emit added(sku, quantity);
    return true;
}

void Cart::setQuantity(const QString& sku, int quantity)
{
    write([&](CartStore& store) { store.setQuantity(sku, std::clamp<qint64>(quantity, 0, kMaxQuantity)); });
}

void Cart::remove(const QString& sku)
{
    write([&](CartStore& store) { store.setQuantity(sku, 0); });
}

void Cart::clear()
{
    if (m_items.isEmpty() && m_promoCode.isEmpty() && m_discounts.isEmpty())
        return;
    m_discounts.clear();
    write([](CartStore& store) { store.clear(); });
}

bool Cart::applyPromoCode(const QString& code)
{
    const QString normalized = code.trimmed().toUpper();
    if (normalized.isEmpty()) {
        clearPromoCode();
        return false;
    }
    write([&](CartStore& store) { store.setPromoCode(normalized); });
    return m_promoApplies;
}

void Cart::clearPromoCode()
{
    write([](CartStore& store) { store.setPromoCode({}); });
}

void Cart::write(const std::function<void(CartStore&)>& change)
{
    CartStore* store = m_session.cartStore();
    if (!store)
        return;
    try {
        change(*store);
    } catch (const sqlite::Error& e) {
        qCWarning(lcApp) << "cart not saved:" << e.what();
    }
    reload();
}

void Cart::reload()
{
    QList<CartItem> items;
    QString promo;
    if (CartStore* store = m_session.cartStore()) {
        try {
            items = store->items(m_session.storeId());
            promo = store->promoCode();
        } catch (const std::exception& e) {
            qCWarning(lcApp) << "cart:" << e.what();
        }
    }
    QSet<QString> skus;
    for (const CartItem& item : items)
        skus.insert(item.sku);
    m_discounts.keepOnly(skus);
    replaceItems(std::move(items));
    m_promoCode = promo;
    price();
    // Every line's figures may move with one (a promotion's share, a sale discount's).
    if (!m_items.isEmpty())
        emit dataChanged(index(0), index(int(m_items.size()) - 1));
    emit changed();
}

void Cart::replaceItems(QList<CartItem> items)
{
    // A scan adds one line and a tap changes one: the view keeps the delegates of the other lines
    // (a reset would build every visible one again, about 1 ms each on a till). Lines keep their
    // order in the store, so the old lines that stay are in the same order in the new list; when
    // they are not (another order), the model is reset.
    QStringList kept;
    for (const CartItem& item : m_items)
        if (std::any_of(items.cbegin(), items.cend(), [&](const CartItem& i) { return i.sku == item.sku; }))
            kept << item.sku;
    QStringList newOrder;
    for (const CartItem& item : items)
        if (kept.contains(item.sku))
            newOrder << item.sku;
    if (kept != newOrder) {
        beginResetModel();
        m_items = std::move(items);
        endResetModel();
        return;
    }
    for (int row = int(m_items.size()) - 1; row >= 0; --row) {
        if (kept.contains(m_items[row].sku))
            continue;
        beginRemoveRows({}, row, row);
        m_items.removeAt(row);
        endRemoveRows();
    }
    for (int row = 0; row < int(items.size()); ++row) {
        if (row < int(m_items.size()) && m_items[row].sku == items[row].sku) {
            m_items[row] = items[row];
            continue;
        }
        beginInsertRows({}, row, row);
        m_items.insert(row, items[row]);
        endInsertRows();
    }
}

void Cart::price()
{
    QList<PricingItem> items;
    for (const CartItem& item : m_items)
        if (item.sellable)
            items.append({item.unitPrice, item.quantity, item.taxRateBp, m_discounts.line(item.sku)});
    std::optional<Discount> saleDiscount;
    if (m_discounts.sale())
        saleDiscount = m_discounts.sale()->discount;

    m_promoApplies = false;
    m_promoMessage.clear();
    std::optional<Promotion> promotion;
    try {
        // As the server does: priced once without the promotion, whose code is judged on what it
        // would apply to (the subtotal after the staff's discounts).
        m_figures = priceCartItems(items, saleDiscount, nullptr);
        if (!m_promoCode.isEmpty() && m_session.catalog())
            promotion = m_session.catalog()->promotion(m_promoCode);
    } catch (const std::exception& e) {
        qCWarning(lcApp) << "cart totals:" << e.what();
        m_figures = {};
    }
    const qint64 base = m_figures.promotionBase;
    if (!m_promoCode.isEmpty() && m_session.catalog()) {
        const auto refusal = promotion ? promotionRefusal(*promotion, base, m_session.currency(),
                                                          QDateTime::currentDateTimeUtc())
                                       : std::nullopt;
        if (!promotion && m_serverJudgesPromotions)
            m_promoApplies = true; // the server's quote prices it and says why not
        else if (!promotion)
            m_promoMessage = tr("This code is not known.");
        else if (!refusal)
            m_promoApplies = true;
        else {
            switch (*refusal) {
            case PromotionRefusal::NotValidNow:
                m_promoMessage = tr("This code is not valid today.");
                break;
            case PromotionRefusal::UsedUp:
                m_promoMessage = tr("This code has been used up.");
                break;
            case PromotionRefusal::OtherCurrency:
                m_promoMessage = tr("This code cannot be used here.");
                break;
            case PromotionRefusal::BelowMinimum:
                m_promoMessage = tr("This code applies from %1 of purchases.")
                                     .arg(m_session.formatMoney(promotion->minSubtotal.amount));
                break;
            }
        }
    }
    if (m_promoApplies && promotion) {
        try {
            m_figures = priceCartItems(items, saleDiscount, &*promotion);
        } catch (const std::exception& e) {
            qCWarning(lcApp) << "cart totals:" << e.what();
            m_figures = {};
        }
    }
    m_netLineTotals.clear();
    qsizetype priced = 0; // the figures list the sellable lines only, in order
    for (const CartItem& item : m_items)
        m_netLineTotals.append(item.sellable ? m_figures.lineTotals.value(priced++, item.lineTotal)
                                             : item.lineTotal);
}

void Cart::setServerJudgesPromotions(bool judges)
{
    if (judges == m_serverJudgesPromotions)
        return;
    m_serverJudgesPromotions = judges;
    repriced();
}

void Cart::repriced()
{
    price();
    if (!m_items.isEmpty())
        emit dataChanged(index(0), index(int(m_items.size()) - 1));
    emit changed();
}

const CartItem* Cart::item(const QString& sku) const
{
    const auto it =
        std::find_if(m_items.begin(), m_items.end(), [&](const CartItem& i) { return i.sku == sku; });
    return it == m_items.end() ? nullptr : &*it;
}

QString Cart::saleDiscountLabel() const
{
    return m_discounts.sale() ? StaffDiscounts::saleLabel(*m_discounts.sale()) : QString();
}

QString Cart::saleDiscountText() const
{
    return m_discounts.sale() ? m_session.formatMoney(-m_figures.orderDiscount) : QString();
}

QString Cart::discountRefusal() const
{
    for (const CartItem& i : m_items) {
        const auto discount = m_discounts.line(i.sku);
        if (discount && discount->amount && i.sellable && *discount->amount > i.unitPrice)
            return tr("The discount on %1 is more than its price now: change it.").arg(i.name);
    }
    const auto& sale = m_discounts.sale();
    const qint64 base = m_figures.totals.subtotal;
    if (sale && sale->discount.amount && *sale->discount.amount > base)
        return tr("The sale discount is more than the sale now: change it.");
    return {};
}

QString Cart::setLineDiscount(const QString& sku, const QString& kind, const QString& typed)
{
    const CartItem* line = item(sku);
    if (!line || !line->sellable)
        return tr("This line is no longer in the sale.");
    const TypedDiscount read = StaffDiscounts::read(kind, typed, m_session.currency());
    if (!read.discount)
        return read.refusal;
    if (read.discount->amount && *read.discount->amount > line->unitPrice)
        return tr("A discount cannot be more than the item's price, %1.")
            .arg(m_session.formatMoney(line->unitPrice));
    m_discounts.setLine(sku, read.discount);
    repriced();
    return {};
}

void Cart::clearLineDiscount(const QString& sku)
{
    m_discounts.setLine(sku, std::nullopt);
    repriced();
}

QString Cart::setSaleDiscount(const QString& kind, const QString& typed, const QString& reason)
{
    if (m_items.isEmpty())
        return tr("Ring up the items before discounting the sale.");
    const TypedDiscount read = StaffDiscounts::read(kind, typed, m_session.currency());
    if (!read.discount)
        return read.refusal;
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return tr("Say why the sale is discounted: the reason goes on the sale's record.");
    if (why.size() > StaffDiscounts::kMaxReasonLength)
        return tr("Keep the reason under %1 characters.").arg(StaffDiscounts::kMaxReasonLength);
    // What the sale's discount applies to: the subtotal after the lines' own discounts.
    if (read.discount->amount && *read.discount->amount > m_figures.totals.subtotal)
        return tr("A discount cannot be more than the sale, %1.")
            .arg(m_session.formatMoney(m_figures.totals.subtotal));
    m_discounts.setSale(SaleDiscount{*read.discount, why});
    repriced();
    return {};
}

void Cart::clearSaleDiscount()
{
    m_discounts.setSale(std::nullopt);
    repriced();
}

void Cart::clearDiscounts()
{
    m_discounts.clear();
    repriced();
}

} // namespace comptoir::app
