#pragma once
// What the API layer's route files need: the domain services and settings, never the store
// itself, so that every rule a route relies on lives in domain/ and is tested without HTTP.

#include "api/liveaddress.h"
#include "domain/accountservice.h"
#include "domain/analyticsservice.h"
#include "domain/authservice.h"
#include "domain/cashsessionservice.h"
#include "domain/catalogservice.h"
#include "domain/changefeed.h"
#include "domain/customerservice.h"
#include "domain/fiscalservice.h"
#include "domain/inventoryservice.h"
#include "domain/orderservice.h"
#include "domain/paymentservice.h"
#include "domain/reportservice.h"
#include "domain/returnservice.h"
#include "http/metrics.h"
#include "http/router.h"

#include <QString>
#include <functional>

namespace comptoir::server {

struct ApiSettings {
    QString currency = u"EUR"_qs;
    LiveAddress live;     // the live channel's address, given to clients by /info
    QString resourcesDir; // product images and other static files
    size_t searchCacheBytes = 32u << 20;
};

struct Services {
    // Whether the store is open and migrated (/readyz).
    std::function<bool()> storeReady;
    AuthService& auth;
    CashSessionService& cashSessions;
    CatalogService& catalog;
    InventoryService& inventory;
    Metrics& metrics;
    OrderService& orders;
    PaymentService& payments;
    ReportService& reports;
    ReturnService& returns;
    ChangeFeed& changes;
    ApiSettings settings;
    AnalyticsService& analytics;
    AccountService& accounts;
    CustomerService& customers; // issue 15: a customer's addresses, wishlist and cart
    FiscalService& fiscal;      // issue 16: the fiscal journal
};

void registerInfoRoutes(Router& router, Services& services);
void registerAuthRoutes(Router& router, Services& services);
void registerCashSessionRoutes(Router& router, Services& services);
void registerCatalogRoutes(Router& router, Services& services);
void registerInventoryRoutes(Router& router, Services& services);
void registerImageRoutes(Router& router, Services& services);
void registerOrderRoutes(Router& router, Services& services);
void registerPaymentRoutes(Router& router, Services& services);
void registerPromotionRoutes(Router& router, Services& services);
void registerReportRoutes(Router& router, Services& services);
void registerReturnRoutes(Router& router, Services& services);
void registerSyncRoutes(Router& router, Services& services);
void registerAnalyticsRoutes(Router& router, Services& services);
void registerAccountRoutes(Router& router, Services& services);
void registerCustomerRoutes(Router& router, Services& services);
void registerFiscalRoutes(Router& router, Services& services);
// issue 16, backroutes: people, devices, promotions' edits, audit, VAT, product images
void registerBackOfficeRoutes(Router& router, Services& services);

inline void registerAllRoutes(Router& router, Services& services)
{
    registerInfoRoutes(router, services);
    registerAuthRoutes(router, services);
    registerCatalogRoutes(router, services);
    registerInventoryRoutes(router, services);
    registerImageRoutes(router, services);
    registerOrderRoutes(router, services);
    registerPaymentRoutes(router, services);
    registerReturnRoutes(router, services);
    registerCashSessionRoutes(router, services);
    registerPromotionRoutes(router, services);
    registerReportRoutes(router, services);
    registerSyncRoutes(router, services);
    registerAnalyticsRoutes(router, services);
    registerAccountRoutes(router, services);
    registerCustomerRoutes(router, services);
    registerFiscalRoutes(router, services);
    registerBackOfficeRoutes(router, services); // issue 16, backroutes
}

} // namespace comptoir::server
