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
    connect(&session, &Session::languageChanged, this, [this] {
        price();
        if (!m_items.isEmpty())
            emit dataChanged(index(0), index(int(m_items.size()) - 1));
        emit changed();
    });
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
        return m_session.formatMoney(item.lineTotal);
    case AvailableHereRole:
        return item.availableHere;
    case ImageRole:
        return m_session.imageSource(item.imageUrl);
    case SellableRole:
        return item.sellable;
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
            {SellableRole, "sellable"}};
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
    return m_session.formatMoney(m_totals.subtotal);
}

QString Cart::discountText() const
{
    return m_session.formatMoney(-m_totals.discount);
}

QString Cart::taxText() const
{
    return m_session.formatMoney(m_totals.tax);
}

QString Cart::totalText() const
{
    return m_session.formatMoney(m_totals.total);
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
    if (m_items.isEmpty() && m_promoCode.isEmpty())
        return;
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
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
    m_promoCode = promo;
    price();
    emit changed();
}

void Cart::price()
{
    QList<PricingLine> lines;
    for (const CartItem& item : m_items)
        if (item.sellable)
            lines.append({item.lineTotal, item.taxRateBp});
    qint64 subtotal = 0;
    for (const PricingLine& l : lines)
        subtotal += l.lineTotal;

    qint64 discount = 0;
    m_promoApplies = false;
    m_promoMessage.clear();
    if (!m_promoCode.isEmpty() && m_session.catalog()) {
        std::optional<Promotion> promotion;
        try {
            promotion = m_session.catalog()->promotion(m_promoCode);
        } catch (const std::exception& e) {
            qCWarning(lcApp) << "promotion" << m_promoCode << e.what();
        }
        const auto refusal = promotion ? promotionRefusal(*promotion, subtotal, m_session.currency(),
                                                          QDateTime::currentDateTimeUtc())
                                       : std::nullopt;
        if (!promotion)
            m_promoMessage = tr("This code is not known.");
        else if (!refusal) {
            m_promoApplies = true;
            discount = promotionDiscount(*promotion, subtotal);
        } else {
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
    try {
        m_totals = priceLines(lines, discount);
    } catch (const std::exception& e) {
        qCWarning(lcApp) << "cart totals:" << e.what();
        m_totals = {};
    }
}

} // namespace comptoir::app
