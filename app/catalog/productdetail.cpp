#include "app/catalog/productdetail.h"

#include "app/core/applog.h"
#include "comptoir/vat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace comptoir::app {

namespace {

QString optionLabel(const QString& key)
{
    if (key == u"taille")
        return ProductDetail::tr("Size");
    if (key == u"couleur")
        return ProductDetail::tr("Colour");
    if (key == u"format")
        return ProductDetail::tr("Format");
    return key.left(1).toUpper() + key.mid(1);
}

int keyRank(const QString& key)
{
    static const QStringList order{u"couleur"_qs, u"taille"_qs, u"format"_qs};
    const auto i = order.indexOf(key);
    return i < 0 ? int(order.size()) : int(i);
}

} // namespace

ProductDetail::ProductDetail(QObject* parent) : QObject(parent) {}

void ProductDetail::setSession(Session* session)
{
    if (session == m_session)
        return;
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (m_session) {
        connect(m_session, &Session::dataChanged, this, [this](const QStringList& entities) {
            if (entities.contains(u"product"_qs))
                reload();
            else if (entities.contains(u"stock"_qs))
                reloadStock();
        });
        connect(m_session, &Session::syncReplaced, this, &ProductDetail::reload);
        connect(m_session, &Session::languageChanged, this, &ProductDetail::changed);
        connect(m_session, &Session::storeChanged, this, &ProductDetail::reloadStock);
    }
    emit sessionChanged();
    reload();
}

void ProductDetail::setProductId(const QString& id)
{
    if (id == m_productId)
        return;
    m_productId = id;
    m_selectedSku.clear();
    emit productIdChanged();
    reload();
}

void ProductDetail::reload()
{
    m_product = {};
    CatalogReader* reader = m_session ? m_session->catalog() : nullptr;
    if (reader && !m_productId.isEmpty()) {
        try {
            m_product = reader->product(m_productId).value_or(QJsonObject());
        } catch (const sqlite::Error& e) {
            qCWarning(lcApp) << "product" << m_productId << e.what();
        }
    }
    const QJsonArray variants = m_product.value(u"variants"_qs).toArray();
    const bool stillThere = std::any_of(variants.begin(), variants.end(), [this](const QJsonValue& v) {
        return v.toObject().value(u"sku"_qs).toString() == m_selectedSku;
    });
    if (!stillThere)
        m_selectedSku.clear(); // reloadStock picks one the shopper can take home from here
    reloadStock();
}

void ProductDetail::reloadStock()
{
    m_availableBySku.clear();
    m_otherStores.clear();
    m_availableHere = 0;
    m_availableOnline = 0;
    CatalogReader* reader = m_session ? m_session->catalog() : nullptr;
    if (reader && found()) {
        try {
            m_availableBySku = reader->availableBySku(m_productId, m_session->storeId());
            if (m_selectedSku.isEmpty()) {
                const QJsonArray variants = m_product.value(u"variants"_qs).toArray();
                for (const QJsonValue& v : variants)
                    if (m_selectedSku.isEmpty() &&
                        m_availableBySku.value(v.toObject().value(u"sku"_qs).toString()) > 0)
                        m_selectedSku = v.toObject().value(u"sku"_qs).toString();
                if (m_selectedSku.isEmpty() && !variants.isEmpty())
                    m_selectedSku = variants.first().toObject().value(u"sku"_qs).toString();
            }
            m_availableHere = int(std::max<qint64>(0, m_availableBySku.value(m_selectedSku)));

            for (const LocationStock& elsewhere :
                 reader->stockElsewhere(m_selectedSku, m_session->storeId())) {
                if (elsewhere.available <= 0)
                    continue;
                if (elsewhere.location.kind == u"warehouse")
                    m_availableOnline += elsewhere.available;
                else
                    m_otherStores.append(QVariantMap{{u"locationId"_qs, elsewhere.location.id},
                                                     {u"name"_qs, elsewhere.location.name},
                                                     {u"available"_qs, elsewhere.available}});
            }
        } catch (const sqlite::Error& e) {
            qCWarning(lcApp) << "stock of" << m_selectedSku << e.what();
        }
    }
    emit changed();
}

QString ProductDetail::name() const
{
    return m_product.value(u"name"_qs).toString();
}

QString ProductDetail::brand() const
{
    return m_product.value(u"brand"_qs).toString();
}

QString ProductDetail::description() const
{
    return m_product.value(u"description"_qs).toString();
}

QString ProductDetail::image() const
{
    const Session* session = m_session;
    const QString url = m_product.value(u"image_url"_qs).toString();
    return session ? session->imageSource(url) : url;
}

QJsonObject ProductDetail::selectedVariant() const
{
    for (const QJsonValue& v : m_product.value(u"variants"_qs).toArray())
        if (v.toObject().value(u"sku"_qs).toString() == m_selectedSku)
            return v.toObject();
    return {};
}

QStringList ProductDetail::optionKeys() const
{
    QStringList keys;
    for (const QJsonValue& v : m_product.value(u"variants"_qs).toArray())
        for (const QString& key : v.toObject().value(u"options"_qs).toObject().keys())
            if (!keys.contains(key))
                keys << key;
    std::stable_sort(keys.begin(), keys.end(),
                     [](const QString& a, const QString& b) { return keyRank(a) < keyRank(b); });
    return keys;
}

QVariantList ProductDetail::optionGroups() const
{
    const QJsonObject chosen = selectedVariant().value(u"options"_qs).toObject();
    const QJsonArray variants = m_product.value(u"variants"_qs).toArray();
    QVariantList groups;
    for (const QString& key : optionKeys()) {
        QStringList values;
        QVariantList chips;
        for (const QJsonValue& v : variants) {
            const QString value = v.toObject().value(u"options"_qs).toObject().value(key).toString();
            if (value.isEmpty() || values.contains(value))
                continue;
            values << value;
            // Available here with the shopper's other choices kept.
            bool available = false;
            for (const QJsonValue& w : variants) {
                const QJsonObject options = w.toObject().value(u"options"_qs).toObject();
                if (options.value(key).toString() != value)
                    continue;
                bool matches = true;
                for (auto it = chosen.begin(); it != chosen.end(); ++it)
                    if (it.key() != key && options.value(it.key()) != it.value())
                        matches = false;
                if (matches && m_availableBySku.value(w.toObject().value(u"sku"_qs).toString()) > 0)
                    available = true;
            }
            chips.append(QVariantMap{{u"value"_qs, value},
                                     {u"selected"_qs, chosen.value(key).toString() == value},
                                     {u"available"_qs, available}});
        }
        groups.append(QVariantMap{{u"key"_qs, key}, {u"label"_qs, optionLabel(key)}, {u"values"_qs, chips}});
    }
    return groups;
}

void ProductDetail::selectOption(const QString& key, const QString& value)
{
    const QJsonObject chosen = selectedVariant().value(u"options"_qs).toObject();
    QString fallback;
    for (const QJsonValue& v : m_product.value(u"variants"_qs).toArray()) {
        const QJsonObject options = v.toObject().value(u"options"_qs).toObject();
        if (options.value(key).toString() != value)
            continue;
        const QString sku = v.toObject().value(u"sku"_qs).toString();
        if (fallback.isEmpty())
            fallback = sku;
        bool keepsOthers = true;
        for (auto it = chosen.begin(); it != chosen.end(); ++it)
            if (it.key() != key && options.value(it.key()) != it.value())
                keepsOthers = false;
        if (keepsOthers)
            return selectSku(sku);
    }
    if (!fallback.isEmpty())
        selectSku(fallback);
}

void ProductDetail::selectSku(const QString& sku)
{
    if (sku == m_selectedSku)
        return;
    m_selectedSku = sku;
    reloadStock();
}

QString ProductDetail::priceText() const
{
    const Session* session = m_session;
    const qint64 amount = selectedVariant().value(u"price"_qs).toObject().value(u"amount"_qs).toInteger();
    return session ? session->formatMoney(amount) : QString::number(amount);
}

QString ProductDetail::taxText() const
{
    const auto taxClass = taxClassFromString(m_product.value(u"tax_class"_qs).toString());
    if (!taxClass)
        return {};
    const int bp = taxRateBp(*taxClass);
    const Session* session = m_session;
    const QLocale locale(session && session->language() == u"en" ? QLocale::English : QLocale::French);
    return tr("VAT included (%1 %)").arg(locale.toString(bp / 100.0, 'g', 3));
}

QString ProductDetail::hereText() const
{
    if (m_availableHere > 0)
        return tr("In stock here: %1").arg(m_availableHere);
    return tr("Not in stock in this store");
}

QString ProductDetail::onlineText() const
{
    if (m_availableOnline > 0)
        return tr("Online: ships in 2 days");
    return tr("Not available online");
}

} // namespace comptoir::app
