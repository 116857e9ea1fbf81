#include "app/session/session.h"

#include "app/core/applog.h"

#include <QCoreApplication>
#include <QFile>

namespace comptoir::app {

Session::Session(Settings settings, DeviceSettings& remembered, QObject* parent)
    : QObject(parent), m_settings(std::move(settings)), m_remembered(remembered)
{
    m_language = m_settings.language.isEmpty() ? m_remembered.language() : m_settings.language;
    installTranslator();
}

Session::~Session()
{
    QCoreApplication::removeTranslator(&m_translator);
}

void Session::start(const QString& serverUrl, const QByteArray& token, const QString& storeId,
                    const QString& cacheScope)
{
    stop();
    sync::SyncClient::Settings s;
    s.serverUrl = QUrl(serverUrl);
    s.token = token;
    s.cacheScope = cacheScope;
    s.cachePath = m_settings.cachePath;
    s.tls = m_settings.tls;
    m_serverUrl = serverUrl;
    m_storeId = storeId;
    m_changesHeldBack.clear();
    m_sync = std::make_unique<sync::SyncClient>(s);
    m_catalog = std::make_unique<CatalogReader>(m_sync->cache().db());
    m_cartStore = std::make_unique<CartStore>(m_sync->cache().db());
    m_orders = std::make_unique<OrderReader>(m_sync->cache().db());
    m_stock = std::make_unique<StockReader>(m_sync->cache().db());
    m_drawers = std::make_unique<DrawerReader>(m_sync->cache().db());
    if (const auto& opening = m_sync->cache().opening(); opening.rebuilt)
        qCWarning(lcApp) << "cache rebuilt:" << opening.reason << "old file:" << opening.setAsidePath;
    connect(m_sync.get(), &sync::SyncClient::connectivityChanged, this, &Session::connectivityChanged);
    connect(m_sync.get(), &sync::SyncClient::pendingCountChanged, this, &Session::pendingCountChanged);
    connect(m_sync.get(), &sync::SyncClient::orderChanged, this, &Session::orderChanged);
    connect(m_sync.get(), &sync::SyncClient::currencyChanged, this, &Session::refreshCurrency);
    connect(m_sync.get(), &sync::SyncClient::dataChanged, this, [this](const QStringList& entities) {
        if (entities.contains(u"location"_qs))
            emit storeChanged();
        m_changesHeldBack.unite(QSet<QString>(entities.cbegin(), entities.cend()));
        if (m_sync->cache().bulkLoading())
            return;
        const QStringList changed(m_changesHeldBack.cbegin(), m_changesHeldBack.cend());
        m_changesHeldBack.clear();
        refreshCatalogReady();
        if (m_currency.isEmpty())
            refreshCurrency();
        emit dataChanged(changed);
    });
    m_sync->start();
    refreshCurrency();
    refreshCatalogReady();
    emit syncReplaced();
    emit connectivityChanged();
    emit pendingCountChanged();
    emit storeChanged();
}

void Session::stop()
{
    if (!m_sync)
        return;
    // The readers hold the cache's connection: they go first.
    m_stock.reset();
    m_drawers.reset();
    m_orders.reset();
    m_cartStore.reset();
    m_catalog.reset();
    m_sync.reset();
    m_serverUrl.clear();
    m_storeId.clear();
    refreshCatalogReady();
    emit syncReplaced();
    emit connectivityChanged();
    emit pendingCountChanged();
    emit storeChanged();
}

sync::OnlineCall* Session::callWithout(const QString& serverUrl, const QByteArray& token,
                                       sync::CallRequest request, QObject* owner)
{
    return new sync::OnlineCall(m_network, sync::Endpoint{QUrl(serverUrl), token, m_settings.tls},
                                std::move(request), owner);
}

sync::SyncClient::Connectivity Session::connectivity() const
{
    return m_sync ? m_sync->connectivity() : sync::SyncClient::Offline;
}

QString Session::storeId() const
{
    if (!m_settings.fixedStoreId.isEmpty())
        return m_settings.fixedStoreId;
    return m_storeId;
}

void Session::setStoreId(const QString& storeId)
{
    if (storeId == m_storeId)
        return;
    m_storeId = storeId;
    emit storeChanged();
}

QString Session::storeName() const
{
    return storeId().isEmpty() ? QString() : locationName(storeId());
}

QString Session::locationName(const QString& locationId) const
{
    if (!m_catalog)
        return {};
    try {
        if (const auto location = m_catalog->location(locationId))
            return location->name;
    } catch (const sqlite::Error& e) {
        qCWarning(lcApp) << "location" << locationId << e.what();
    }
    return {};
}

void Session::setLanguage(const QString& language)
{
    const QString lang = language == u"en" ? u"en"_qs : u"fr"_qs;
    if (lang == m_language)
        return;
    m_language = lang;
    m_remembered.setLanguage(lang);
    installTranslator();
    if (m_engine)
        m_engine->retranslate();
    emit languageChanged();
}

void Session::installTranslator()
{
    QCoreApplication::removeTranslator(&m_translator);
    // Source texts are English; the English catalogue only adds plural forms.
    if (m_translator.load(u":/i18n/comptoir_%1.qm"_qs.arg(m_language)))
        QCoreApplication::installTranslator(&m_translator);
    else
        qCWarning(lcApp) << "no translations for" << m_language;
}

QString Session::formatMoney(qint64 amountMinor) const
{
    return Money{amountMinor, m_currency}.format(moneyLocale());
}

QString Session::imageSource(const QString& imageUrl) const
{
    if (imageUrl.isEmpty())
        return {};
    const QString bundled = u":/comptoir"_qs + imageUrl;
    if (imageUrl.startsWith(u'/') && QFile::exists(bundled))
        return u"qrc"_qs + bundled;
    if (imageUrl.startsWith(u'/') && !m_serverUrl.isEmpty())
        return m_serverUrl + imageUrl;
    return imageUrl;
}

void Session::syncNow()
{
    if (m_sync)
        m_sync->syncNow();
}

QVariantList Session::otherStores() const
{
    QVariantList stores;
    if (!m_catalog)
        return stores;
    try {
        for (const LocationRow& store : m_catalog->otherStores(storeId()))
            stores.append(QVariantMap{{u"locationId"_qs, store.id}, {u"name"_qs, store.name}});
    } catch (const sqlite::Error& e) {
        qCWarning(lcApp) << "stores:" << e.what();
    }
    return stores;
}

void Session::refreshCurrency()
{
    QString currency = m_sync ? m_sync->currency() : QString();
    if (currency.isEmpty() && m_catalog) {
        try {
            currency = m_catalog->priceCurrency();
        } catch (const sqlite::Error& e) {
            qCWarning(lcApp) << "currency:" << e.what();
        }
    }
    if (currency.isEmpty() || currency == m_currency)
        return;
    m_currency = currency;
    emit currencyChanged();
}

void Session::refreshCatalogReady()
{
    bool ready = false;
    if (m_catalog) {
        try {
            // Not while a first bootstrap is still loading: no search, no indexes yet.
            ready = m_catalog->hasProducts() && !m_sync->cache().bulkLoading();
        } catch (const sqlite::Error& e) {
            qCWarning(lcApp) << "catalog check:" << e.what();
        }
    }
    if (ready == m_catalogReady)
        return;
    m_catalogReady = ready;
    emit catalogReadyChanged();
}

} // namespace comptoir::app
