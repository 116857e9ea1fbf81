#include "app/core/app.h"

#include "app/cart/cart.h"
#include "app/checkout/checkout.h"
#include "app/core/qmltypes.h"
#include "app/till/tillsale.h"
#include "sync/net/clienttls.h"

#include <QDir>
#include <QStandardPaths>

namespace comptoir::app {

namespace {

App* s_instance = nullptr; // the one main made, handed to QML by create()

QString profileDir(const LaunchOptions& options)
{
    QString dir = options.profileDir;
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir;
}

QString settingsFile(const LaunchOptions& options)
{
    return options.profileDir.isEmpty() ? QString() : QDir(options.profileDir).filePath(u"comptoir.ini"_qs);
}

SalePolicy policyFor(Mode mode)
{
    switch (mode) {
    case Mode::Kiosk:
        return SalePolicy::kiosk();
    case Mode::Shop:
        return SalePolicy::shop();
    case Mode::Staff:
        break;
    }
    return SalePolicy::till();
}

} // namespace

void registerOrderEnums()
{
    static const int once = qmlRegisterUncreatableMetaObject(
        comptoir::orders::staticMetaObject, "Comptoir.App", 1, 0, "Orders", u"Orders holds enums only"_qs);
    Q_UNUSED(once);
}

App::App(LaunchOptions options, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_settings(settingsFile(m_options))
{
    // The first App is the one QML is handed; main makes only one, but a test may run two devices
    // side by side in one process (without QML) and each must stay itself.
    if (!s_instance)
        s_instance = this;
    registerOrderEnums();
    m_display = std::make_unique<DisplaySettings>(m_settings);
    const QString profile = profileDir(m_options);
    Session::Settings session;
    session.cachePath = QDir(profile).filePath(toString(m_options.mode) + u"-cache.sqlite"_qs);
    session.tls = sync::clientTls({m_options.caFile, m_options.insecure}).configuration;
    session.language = m_options.language;
    session.fixedStoreId = m_options.storeId;
    m_session = std::make_unique<Session>(session, m_settings);
    m_cart = std::make_unique<Cart>(*m_session);
    m_checkout = std::make_unique<Checkout>(*m_session, *m_cart, policyFor(m_options.mode));
    switch (m_options.mode) {
    case Mode::Kiosk:
        m_kiosk = std::make_unique<KioskAccess>(
            *m_session, m_settings,
            KioskAccess::Provisioning{m_options.serverUrl, m_options.deviceToken, m_options.storeId});
        connect(m_kiosk.get(), &KioskAccess::forgetting, this, &App::endSession);
        startAnalytics(u"kiosk"_qs);
        break;
    case Mode::Shop:
        m_vault = std::make_unique<TokenVault>(u"comptoir"_qs, QDir(profile).filePath(u"shop-token"_qs));
        m_customer = std::make_unique<CustomerAccess>(*m_session, m_settings, m_options.serverUrl, *m_vault);
        startAnalytics(u"web"_qs);
        // Shop checkout: a customer's feed has no promotions; the server's quotes judge a code.
        m_cart->setServerJudgesPromotions(true);
        startShopCustomerParts();
        m_account = std::make_unique<AccountProfile>(*m_session, *m_customer);
        m_accountCart = std::make_unique<AccountCart>(*m_session, *m_customer, *m_cart);
        break;
    case Mode::Staff:
        // The till's device token is kept as the shop keeps its customer's.
        m_vault = std::make_unique<TokenVault>(u"comptoir"_qs, QDir(profile).filePath(u"register-token"_qs));
        m_staff = std::make_unique<StaffAccess>(*m_session, m_settings, m_options.serverUrl, *m_vault);
        m_till = std::make_unique<TillSale>(
            *m_session, *m_cart, policyFor(m_options.mode),
            [staff = m_staff.get()] { return staff->userName(); }, QDir(profile).filePath(u"receipts"_qs));
        m_drawer = std::make_unique<CashDrawer>(*m_session, *m_staff, QDir(profile).filePath(u"reports"_qs));
        // Cash (and a card, when a drawer is open) goes through this till's open drawer.
        connect(m_drawer.get(), &CashDrawer::drawerChanged, this,
                [this] { m_till->setCashSessionId(m_drawer->sessionId()); });
        m_drawer->refresh();
        m_returns = std::make_unique<ReturnDesk>(*m_session, *m_staff, *m_drawer,
                                                 QDir(profile).filePath(u"returns"_qs));
        // The next person at the till starts on a new sale, not on the last one's receipt.
        connect(m_staff.get(), &StaffAccess::userChanged, this, [this] {
            if (!m_staff->signedIn())
                m_till->newSale();
        });
        break;
    }
}

App::~App()
{
    // The accesses, the checkout and the analytics use the session: they go before it.
    m_accountCart.reset();
    m_account.reset();
    m_analytics.reset();
    m_recentlyViewed.reset();
    m_wishlist.reset();
    m_orderNotices.reset();
    m_returns.reset();
    m_drawer.reset();
    m_till.reset();
    m_staff.reset();
    m_customer.reset();
    m_kiosk.reset();
    m_checkout.reset();
    m_cart.reset();
    m_session.reset();
    if (s_instance == this)
        s_instance = nullptr;
}

App* App::create(QQmlEngine* engine, QJSEngine*)
{
    Q_ASSERT(s_instance);
    s_instance->m_session->setEngine(engine);
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

QUrl App::windowUrl() const
{
    switch (m_options.mode) {
    case Mode::Kiosk:
        return QUrl(u"qrc:/qt/qml/Comptoir/Kiosk/KioskWindow.qml"_qs);
    case Mode::Shop:
        return QUrl(u"qrc:/qt/qml/Comptoir/Shop/ShopWindow.qml"_qs);
    case Mode::Staff:
        break;
    }
    return QUrl(u"qrc:/qt/qml/Comptoir/Staff/StaffWindow.qml"_qs);
}

void App::endSession()
{
    m_checkout->reset();
    m_cart->clear();
    // The next shopper is someone else: a new analytics session.
    if (m_analytics)
        m_analytics->endSession();
}

void App::startAnalytics(const QString& channel)
{
    m_analytics = std::make_unique<ShopperAnalytics>(*m_session, channel);
    connect(m_cart.get(), &Cart::added, m_analytics.get(),
            [this](const QString& sku, int) { m_analytics->addedToCart({}, sku); });
    m_checkout->setAnalyticsSession([this] { return m_analytics->sessionId(); });
}

// Issue 15, orders/wishlist part: what the shop keeps for its customer whichever page is open.
void App::startShopCustomerParts()
{
    m_orderNotices = std::make_unique<OrderNotices>(*m_session);
    m_wishlist = std::make_unique<Wishlist>();
    m_wishlist->setSession(m_session.get());
    m_recentlyViewed = std::make_unique<RecentlyViewed>(m_settings);
    m_recentlyViewed->setSession(m_session.get());
}

} // namespace comptoir::app
