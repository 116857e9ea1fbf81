#include "app/core/app.h"

#include "app/cart/cart.h"
#include "app/checkout/checkout.h"
#include "app/core/applog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUrl>

namespace comptoir::app {

namespace {

App* s_instance = nullptr;

QString settingsFile(const LaunchOptions& options)
{
    return options.profileDir.isEmpty() ? QString() : QDir(options.profileDir).filePath(u"comptoir.ini"_qs);
}

QString cacheFile(const LaunchOptions& options)
{
    QString dir = options.profileDir;
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(toString(options.mode) + u"-cache.sqlite"_qs);
}

} // namespace

App::App(LaunchOptions options, QObject* parent)
    : QObject(parent), m_options(std::move(options)),
      m_tls(sync::clientTls({m_options.caFile, m_options.insecure}).configuration),
      m_settings(settingsFile(m_options))
{
    Q_ASSERT(!s_instance);
    s_instance = this;
    m_language = m_options.language.isEmpty() ? m_settings.language() : m_options.language;
    installTranslator();
    m_cart = std::make_unique<Cart>(*this);
    m_checkout = std::make_unique<Checkout>(*this, *m_cart);

    // A provisioning script may hand the credential over on the command line; given again at the
    // next start it changes nothing (the store learnt from the server is kept).
    if (!m_options.deviceToken.isEmpty() && !m_options.serverUrl.isEmpty() &&
        (m_settings.serverUrl() != m_options.serverUrl || m_settings.deviceToken() != m_options.deviceToken))
        m_settings.enrol(m_options.serverUrl, m_options.deviceToken, m_options.storeId);
    if (m_settings.isEnrolled())
        startSync();
}

App::~App()
{
    m_checkout.reset();
    m_cart.reset();
    m_sync.reset();
    s_instance = nullptr;
}

App* App::create(QQmlEngine* engine, QJSEngine*)
{
    Q_ASSERT(s_instance);
    s_instance->m_engine = engine;
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

App* App::instance()
{
    return s_instance;
}

QString App::presetServerUrl() const
{
    return m_options.serverUrl.isEmpty() ? m_settings.serverUrl() : m_options.serverUrl;
}

QString App::storeId() const
{
    if (!m_options.storeId.isEmpty())
        return m_options.storeId;
    if (!m_storeId.isEmpty())
        return m_storeId;
    return m_settings.storeId();
}

QString App::storeName()
{
    if (!m_sync || storeId().isEmpty())
        return {};
    try {
        auto statement = m_sync->cache().db().prepare("SELECT name FROM locations WHERE id = ?");
        statement.bind(1, storeId());
        if (statement.step())
            return statement.text(0);
    } catch (const sqlite::Error& e) {
        qCWarning(lcApp) << "store name:" << e.what();
    }
    return {};
}

void App::setLanguage(const QString& language)
{
    const QString lang = language == u"en" ? u"en"_qs : u"fr"_qs;
    if (lang == m_language)
        return;
    m_language = lang;
    m_settings.setLanguage(lang);
    installTranslator();
    if (m_engine)
        m_engine->retranslate();
    emit languageChanged();
}

void App::installTranslator()
{
    QCoreApplication::removeTranslator(&m_translator);
    // Source texts are English; the English catalogue only adds plural forms.
    if (m_translator.load(u":/i18n/comptoir_%1.qm"_qs.arg(m_language)))
        QCoreApplication::installTranslator(&m_translator);
    else
        qCWarning(lcApp) << "no translations for" << m_language;
}

QString App::connectivity() const
{
    if (!m_sync)
        return u"offline"_qs;
    switch (m_sync->connectivity()) {
    case sync::SyncClient::Online:
        return u"online"_qs;
    case sync::SyncClient::Syncing:
        return u"syncing"_qs;
    case sync::SyncClient::Offline:
        break;
    }
    return u"offline"_qs;
}

QString App::formatMoney(qint64 amountMinor) const
{
    return Money{amountMinor, u"EUR"_qs}.format(moneyLocale());
}

QString App::imageSource(const QString& imageUrl) const
{
    if (imageUrl.isEmpty())
        return {};
    const QString bundled = u":/comptoir"_qs + imageUrl;
    if (imageUrl.startsWith(u'/') && QFile::exists(bundled))
        return u"qrc"_qs + bundled;
    if (imageUrl.startsWith(u'/') && m_sync)
        return m_settings.serverUrl() + imageUrl;
    return imageUrl;
}

void App::enrol(const QString& serverUrl, const QString& deviceToken, const QString& pin)
{
    const QUrl url = QUrl::fromUserInput(serverUrl.trimmed());
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != u"http" && url.scheme() != u"https"))
        return setSetupError(tr("Enter the server address, for example http://192.168.1.10:8080."));
    if (deviceToken.trimmed().isEmpty())
        return setSetupError(tr("Enter the device token given when this kiosk was registered."));
    if (pin.size() < 4 || pin.size() > 12 ||
        !std::all_of(pin.begin(), pin.end(), [](QChar c) { return c.isDigit(); }))
        return setSetupError(tr("Choose an operator PIN of 4 to 12 digits."));
    if (m_setupCall)
        return;
    setSetupError({});
    const QString base = serverUrlText(url);
    const QString token = deviceToken.trimmed();
    m_setupCall = new sync::OnlineCall(m_network, sync::Endpoint{QUrl(base), token.toUtf8(), m_tls},
                                       {u"GET"_qs, u"/me"_qs, {}, {}, 8000}, this);
    connect(
        m_setupCall, &sync::OnlineCall::finished, this,
        [this, base, token, pin](const sync::HttpAnswer& answer) {
            m_setupCall->deleteLater();
            m_setupCall = nullptr;
            emit setupBusyChanged();
            const QJsonObject user = QJsonDocument::fromJson(answer.body).object();
            if (answer.status == 0 || answer.foreign)
                return setSetupError(
                    tr("No Comptoir server answers at this address. Check the address and the network."));
            if (answer.status == 401)
                return setSetupError(
                    tr("The server does not know this device token. Check it, or register the kiosk again."));
            if (!answer.ok())
                return setSetupError(
                    tr("The server refused the setup (%1). Try again in a moment.").arg(answer.status));
            if (user.value(u"role"_qs).toString() != u"kiosk")
                return setSetupError(tr("This token belongs to a person, not to a kiosk. Register the kiosk "
                                        "to get its own token."));
            m_settings.enrol(base, token, user.value(u"store_id"_qs).toString());
            m_settings.setPin(pin);
            qCInfo(lcApp) << "device set up for" << base << "store" << user.value(u"store_id"_qs).toString();
            startSync();
            emit setupChanged();
            emit storeChanged();
        });
    m_setupCall->start();
    emit setupBusyChanged();
}

bool App::checkPin(const QString& pin) const
{
    return m_settings.checkPin(pin);
}

void App::forgetDevice()
{
    endSession();
    m_sync.reset();
    m_settings.forget();
    m_storeId.clear();
    emit syncReplaced();
    emit setupChanged();
    emit storeChanged();
    emit connectivityChanged();
    refreshCatalogReady();
}

void App::endSession()
{
    m_checkout->reset();
    m_cart->clear();
    emit sessionEnded();
}

void App::syncNow()
{
    if (m_sync)
        m_sync->syncNow();
}

QVariantList App::otherStores()
{
    QVariantList stores;
    if (!m_sync)
        return stores;
    try {
        auto statement = m_sync->cache().db().prepare(
            "SELECT id, name FROM locations WHERE kind = 'store' AND id <> ? ORDER BY name");
        statement.bind(1, storeId());
        while (statement.step())
            stores.append(
                QVariantMap{{u"locationId"_qs, statement.text(0)}, {u"name"_qs, statement.text(1)}});
    } catch (const sqlite::Error& e) {
        qCWarning(lcApp) << "stores:" << e.what();
    }
    return stores;
}

void App::setSetupError(const QString& error)
{
    if (m_setupError == error)
        return;
    m_setupError = error;
    emit setupErrorChanged();
}

void App::startSync()
{
    sync::SyncClient::Settings s;
    s.serverUrl = QUrl(m_settings.serverUrl());
    s.token = m_settings.deviceToken().toUtf8();
    s.cachePath = cacheFile(m_options);
    s.tls = m_tls;
    m_changesHeldBack.clear();
    m_sync = std::make_unique<sync::SyncClient>(s);
    const auto* opening = &m_sync->cache().opening();
    if (opening->rebuilt)
        qCWarning(lcApp) << "cache rebuilt:" << opening->reason << "old file:" << opening->setAsidePath;
    connect(m_sync.get(), &sync::SyncClient::connectivityChanged, this, &App::connectivityChanged);
    connect(m_sync.get(), &sync::SyncClient::pendingCountChanged, this, &App::pendingCountChanged);
    connect(m_sync.get(), &sync::SyncClient::dataChanged, this, [this](const QStringList& entities) {
        if (entities.contains(u"location"_qs))
            emit storeChanged();
        m_changesHeldBack.unite(QSet<QString>(entities.cbegin(), entities.cend()));
        if (m_sync->cache().bulkLoading())
            return;
        const QStringList changed(m_changesHeldBack.cbegin(), m_changesHeldBack.cend());
        m_changesHeldBack.clear();
        refreshCatalogReady();
        emit dataChanged(changed);
    });
    connect(m_sync.get(), &sync::SyncClient::connectivityChanged, this, [this] {
        if (storeId().isEmpty() && m_sync->connectivity() != sync::SyncClient::Offline)
            learnStore();
    });
    m_sync->start();
    refreshCatalogReady();
    emit syncReplaced();
    emit connectivityChanged();
}

void App::learnStore()
{
    // A device provisioned from the command line without --store learns its store from the
    // server the first time it reaches it.
    if (m_storeCall || !m_sync)
        return;
    // Owned by the sync client, whose network it uses: forgetting the device ends it too.
    m_storeCall = m_sync->call({u"GET"_qs, u"/me"_qs, {}, {}, 8000}, m_sync.get());
    connect(m_storeCall, &sync::OnlineCall::finished, this, [this](const sync::HttpAnswer& answer) {
        m_storeCall->deleteLater();
        const QString store = QJsonDocument::fromJson(answer.body).object().value(u"store_id"_qs).toString();
        if (!answer.ok() || store.isEmpty())
            return;
        m_storeId = store;
        m_settings.enrol(m_settings.serverUrl(), m_settings.deviceToken(), store);
        emit storeChanged();
    });
    m_storeCall->start();
}

void App::refreshCatalogReady()
{
    bool ready = false;
    if (m_sync) {
        try {
            // Not while a first bootstrap is still loading: no search, no indexes yet.
            auto statement = m_sync->cache().db().prepare("SELECT EXISTS(SELECT 1 FROM products)");
            ready = statement.step() && statement.int64(0) != 0 && !m_sync->cache().bulkLoading();
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
