#pragma once
// The client as its mode's window sees it: which mode runs, the session (server, sync, store,
// language), the access of the mode (a kiosk's enrolment, a customer's or a staff member's
// sign-in), and the cart and checkout under the mode's sale policy. main builds the one instance
// for the mode asked for before the engine loads (QML_SINGLETON hands that one to QML); the
// models a view creates are given the session by that view.

#include "app/access/customeraccess.h"
#include "app/access/kioskaccess.h"
#include "app/access/staffaccess.h"
#include "app/access/tokenvault.h"
#include "app/analytics/shopperanalytics.h"
#include "app/core/chime.h"
#include "app/core/devicesettings.h"
#include "app/core/displaysettings.h"
#include "app/core/launchoptions.h"
#include "app/session/session.h"
#include "app/shop/accountcart.h"
#include "app/shop/accountprofile.h"
#include "app/shop/ordernotices.h"
#include "app/shop/recentlyviewed.h"
#include "app/shop/wishlist.h"
#include "app/staff/cashdrawer.h"
#include "app/staff/returndesk.h"
#include "app/till/tillsale.h"

#include <QObject>
#include <QQmlEngine>
#include <memory>

namespace comptoir::app {

class Cart;
class Checkout;

class App : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString mode READ mode CONSTANT)
    Q_PROPERTY(comptoir::app::Session* session READ session CONSTANT)
    // The mode's access: one of these is set, the others are null.
    Q_PROPERTY(comptoir::app::KioskAccess* kiosk READ kiosk CONSTANT)
    Q_PROPERTY(comptoir::app::CustomerAccess* customer READ customer CONSTANT)
    Q_PROPERTY(comptoir::app::StaffAccess* staff READ staff CONSTANT)
    Q_PROPERTY(comptoir::app::Cart* cart READ cart CONSTANT)
    Q_PROPERTY(comptoir::app::Checkout* checkout READ checkout CONSTANT)
    // The staff console's sale at the till (null in the other modes).
    Q_PROPERTY(comptoir::app::TillSale* till READ till CONSTANT)
    // The till's cash drawer (null in the other modes): the till takes cash through its session.
    Q_PROPERTY(comptoir::app::CashDrawer* drawer READ drawer CONSTANT)
    // The staff console's returns desk (null in the other modes): cash refunds from that drawer.
    Q_PROPERTY(comptoir::app::ReturnDesk* returns READ returns CONSTANT)
    Q_PROPERTY(comptoir::app::Chime* chime READ chime CONSTANT)
    Q_PROPERTY(int idleTimeoutSeconds READ idleTimeoutSeconds CONSTANT)
    Q_PROPERTY(int lockAfterSeconds READ lockAfterSeconds CONSTANT)
    Q_PROPERTY(bool fullscreen READ fullscreen CONSTANT)
    // What shoppers do, for the funnel (kiosk and shop; null at the staff console).
    Q_PROPERTY(comptoir::app::ShopperAnalytics* analytics READ analytics CONSTANT)
    // Issue 15, orders/wishlist/accessibility part. Large text and contrast (shop and kiosk); the
    // shop's order notices (badge, desktop notification), wishlist and recently viewed (null in
    // the other modes).
    Q_PROPERTY(comptoir::app::DisplaySettings* display READ display CONSTANT)
    Q_PROPERTY(comptoir::app::OrderNotices* orderNotices READ orderNotices CONSTANT)
    Q_PROPERTY(comptoir::app::Wishlist* wishlist READ wishlist CONSTANT)
    Q_PROPERTY(comptoir::app::RecentlyViewed* recentlyViewed READ recentlyViewed CONSTANT)
    // The shop's account (null in the other modes): profile, addresses, password; and the cart
    // kept on the server for a signed-in customer, in step with `cart`.
    Q_PROPERTY(comptoir::app::AccountProfile* account READ account CONSTANT)
    Q_PROPERTY(comptoir::app::AccountCart* accountCart READ accountCart CONSTANT)

public:
    App(LaunchOptions options, QObject* parent = nullptr);
    ~App() override;

    static App* create(QQmlEngine* engine, QJSEngine*);

    [[nodiscard]] QString mode() const { return toString(m_options.mode); }
    [[nodiscard]] Session* session() const { return m_session.get(); }
    [[nodiscard]] KioskAccess* kiosk() const { return m_kiosk.get(); }
    [[nodiscard]] CustomerAccess* customer() const { return m_customer.get(); }
    [[nodiscard]] StaffAccess* staff() const { return m_staff.get(); }
    [[nodiscard]] Cart* cart() const { return m_cart.get(); }
    [[nodiscard]] Checkout* checkout() const { return m_checkout.get(); }
    [[nodiscard]] TillSale* till() const { return m_till.get(); }
    [[nodiscard]] CashDrawer* drawer() const { return m_drawer.get(); }
    [[nodiscard]] ReturnDesk* returns() const { return m_returns.get(); }
    [[nodiscard]] Chime* chime() const { return m_chime.get(); }
    [[nodiscard]] int idleTimeoutSeconds() const { return m_options.idleTimeoutSeconds; }
    [[nodiscard]] int lockAfterSeconds() const { return m_options.lockAfterSeconds; }
    [[nodiscard]] bool fullscreen() const { return m_options.fullscreen; }
    [[nodiscard]] ShopperAnalytics* analytics() const { return m_analytics.get(); }
    [[nodiscard]] DisplaySettings* display() const { return m_display.get(); }
    [[nodiscard]] OrderNotices* orderNotices() const { return m_orderNotices.get(); }
    [[nodiscard]] Wishlist* wishlist() const { return m_wishlist.get(); }
    [[nodiscard]] RecentlyViewed* recentlyViewed() const { return m_recentlyViewed.get(); }
    [[nodiscard]] AccountProfile* account() const { return m_account.get(); }
    [[nodiscard]] AccountCart* accountCart() const { return m_accountCart.get(); }
    // The window to load for this mode.
    [[nodiscard]] QUrl windowUrl() const;

    // The shopper walked away (idle timeout) or finished: empty cart, checkout reset.
    Q_INVOKABLE void endSession();

private:
    LaunchOptions m_options;
    DeviceSettings m_settings;
    std::unique_ptr<TokenVault> m_vault;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<Cart> m_cart;
    std::unique_ptr<Checkout> m_checkout;
    std::unique_ptr<KioskAccess> m_kiosk;
    std::unique_ptr<CustomerAccess> m_customer;
    std::unique_ptr<StaffAccess> m_staff;
    std::unique_ptr<TillSale> m_till;
    std::unique_ptr<CashDrawer> m_drawer;
    std::unique_ptr<ReturnDesk> m_returns;
    std::unique_ptr<Chime> m_chime = std::make_unique<Chime>();
    std::unique_ptr<ShopperAnalytics> m_analytics;
    // Kiosk and shop: the shopper's actions recorded, the order carrying the session.
    void startAnalytics(const QString& channel);
    // Issue 15, orders/wishlist/accessibility part.
    std::unique_ptr<DisplaySettings> m_display;
    std::unique_ptr<OrderNotices> m_orderNotices;
    std::unique_ptr<Wishlist> m_wishlist;
    std::unique_ptr<RecentlyViewed> m_recentlyViewed;
    void startShopCustomerParts();
    // The shop's account (see the properties).
    std::unique_ptr<AccountProfile> m_account;
    std::unique_ptr<AccountCart> m_accountCart;
};

} // namespace comptoir::app
