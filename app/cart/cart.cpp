#include "app/cart/cart.h"

#include "app/core/app.h"
#include "app/core/applog.h"
#include "comptoir/codecs.h"
#include "comptoir/vat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace comptoir::app {

namespace {
const QString kPromoKey = u"cart.promo_code"_qs;
}

Cart::Cart(App& app, QObject* parent) : QAbstractListModel(parent), m_app(app)
{
    connect(&app, &App::syncReplaced, this, &Cart::reload);
    connect(&app, &App::storeChanged, this, &Cart::reload);
    connect(&app, &App::languageChanged, this, [this] {
        price();
        if (!m_items.isEmpty())
            emit dataChanged(index(0), index(int(m_items.size()) - 1));
        emit changed();
    });
    connect(&app, &App::dataChanged, this, [this](const QStringList& entities) {
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
        return m_app.formatMoney(item.unitPrice);
    case LineTotalTextRole:
        return m_app.formatMoney(item.lineTotal);
    case AvailableHereRole:
        return item.availableHere;
    case ImageRole:
        return m_app.imageSource(item.imageUrl);
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
    return m_app.formatMoney(m_totals.subtotal);
}

QString Cart::discountText() const
{
    return m_app.formatMoney(-m_totals.discount);
}

QString Cart::taxText() const
{
    return m_app.formatMoney(m_totals.tax);
}

QString Cart::totalText() const
{
    return m_app.formatMoney(m_totals.total);
}

bool Cart::isSellable() const
{
    return !m_items.isEmpty() &&
           std::all_of(m_items.begin(), m_items.end(), [](const CartItem& item) { return item.sellable; });
}

bool Cart::add(const QString& sku, int quantity)
{
    if (sku.isEmpty() || quantity <= 0 || !m_app.sync())
        return false;
    const auto existing =
        std::find_if(m_items.begin(), m_items.end(), [&](const CartItem& i) { return i.sku == sku; });
    const qint64 target =
        std::min<qint64>(kMaxQuantity, (existing != m_items.end() ? existing->quantity : 0) + quantity);
    write([&](sqlite::Connection& db) {
        db.prepare("INSERT INTO cart_lines(sku, quantity, position) VALUES (?1, ?2, "
                   "(SELECT coalesce(max(position), 0) + 1 FROM cart_lines)) "
                   "ON CONFLICT(sku) DO UPDATE SET quantity = ?2")
            .bind(1, sku)
            .bind(2, target)
            .exec();
    });
    return true;
}

void Cart::setQuantity(const QString& sku, int quantity)
{
    if (quantity <= 0)
        return remove(sku);
    write([&](sqlite::Connection& db) {
        db.prepare("UPDATE cart_lines SET quantity = ? WHERE sku = ?")
            .bind(1, std::min<qint64>(kMaxQuantity, quantity))
            .bind(2, sku)
            .exec();
    });
}

void Cart::remove(const QString& sku)
{
    write([&](sqlite::Connection& db) {
        db.prepare("DELETE FROM cart_lines WHERE sku = ?").bind(1, sku).exec();
    });
}

void Cart::clear()
{
    if (m_items.isEmpty() && m_promoCode.isEmpty())
        return;
    write([&](sqlite::Connection& db) {
        db.prepare("DELETE FROM cart_lines").exec();
        db.prepare("DELETE FROM meta WHERE key = ?").bind(1, kPromoKey).exec();
    });
}

bool Cart::applyPromoCode(const QString& code)
{
    const QString normalized = code.trimmed().toUpper();
    if (normalized.isEmpty()) {
        clearPromoCode();
        return false;
    }
    write([&](sqlite::Connection& db) {
        db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)")
            .bind(1, kPromoKey)
            .bind(2, normalized)
            .exec();
    });
    return m_promoApplies;
}

void Cart::clearPromoCode()
{
    write([&](sqlite::Connection& db) {
        db.prepare("DELETE FROM meta WHERE key = ?").bind(1, kPromoKey).exec();
    });
}

void Cart::write(const std::function<void(sqlite::Connection&)>& change)
{
    sync::SyncClient* sync = m_app.sync();
    if (!sync)
        return;
    try {
        sqlite::Transaction tx(sync->cache().db());
        change(sync->cache().db());
        tx.commit();
    } catch (const sqlite::Error& e) {
        qCWarning(lcApp) << "cart not saved:" << e.what();
    }
    reload();
}

void Cart::reload()
{
    QList<CartItem> items;
    QString promo;
    if (sync::SyncClient* sync = m_app.sync()) {
        try {
            sqlite::Connection& db = sync->cache().db();
            auto statement = db.prepare(
                "SELECT c.sku, c.quantity, v.price, p.id, p.name, p.json, "
                "coalesce((SELECT s.on_hand - s.reserved FROM stock s WHERE s.sku = c.sku AND s.location_id "
                "= ?), 0) "
                "FROM cart_lines c LEFT JOIN variants v ON v.sku = c.sku "
                "LEFT JOIN products p ON p.id = v.product_id AND p.status = 'active' ORDER BY c.position");
            statement.bind(1, m_app.storeId());
            while (statement.step()) {
                CartItem item;
                item.sku = statement.text(0);
                item.quantity = statement.int64(1);
                item.sellable = !statement.isNull(3);
                item.availableHere = std::max<qint64>(0, statement.int64(6));
                if (item.sellable) {
                    item.unitPrice = statement.int64(2);
                    item.productId = statement.text(3);
                    item.name = statement.text(4);
                    const QJsonObject product = QJsonDocument::fromJson(statement.text(5).toUtf8()).object();
                    item.imageUrl = product.value(u"image_url"_qs).toString();
                    const auto taxClass = taxClassFromString(product.value(u"tax_class"_qs).toString());
                    item.taxRateBp = taxClass ? taxRateBp(*taxClass) : 0;
                    for (const QJsonValue& v : product.value(u"variants"_qs).toArray()) {
                        if (v.toObject().value(u"sku"_qs).toString() != item.sku)
                            continue;
                        QStringList values;
                        const QJsonObject options = v.toObject().value(u"options"_qs).toObject();
                        for (const QString& key : {u"couleur"_qs, u"taille"_qs, u"format"_qs})
                            if (options.contains(key))
                                values << options.value(key).toString();
                        item.details = values.join(u" · "_qs);
                    }
                    item.lineTotal = checkedMul(item.unitPrice, item.quantity);
                }
                items.append(item);
            }
            promo = sync->cache().meta(kPromoKey);
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
    if (!m_promoCode.isEmpty() && m_app.sync()) {
        std::optional<Promotion> promotion;
        try {
            auto statement = m_app.sync()->cache().db().prepare("SELECT json FROM promotions WHERE code = ?");
            statement.bind(1, m_promoCode);
            if (statement.step())
                promotion = promotionFromJson(QJsonDocument::fromJson(statement.text(0).toUtf8()).object());
        } catch (const std::exception& e) {
            qCWarning(lcApp) << "promotion" << m_promoCode << e.what();
        }
        const auto refusal =
            promotion ? promotionRefusal(*promotion, subtotal, u"EUR"_qs, QDateTime::currentDateTimeUtc())
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
                                     .arg(m_app.formatMoney(promotion->minSubtotal.amount));
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
