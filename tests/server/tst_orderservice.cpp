// OrderService without HTTP: placement reserves stock or is refused, cancelling gives the stock
// back, and an order is visible only to whom it belongs, on a SQLite store in a temp folder.
#include "domain/errors.h"
#include "domain/orderservice.h"
#include "domain/paymentgateway.h"
#include "store/sqlitestore.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace comptoir;
using namespace comptoir::server;

namespace {

const LocationId kParis{u"loc_paris"_qs};
const QString kSku = u"mug-1"_qs;

} // namespace

class TstOrderService : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void placingAnOrderReservesItsStock();
    void rejectsOrderWhenStockIsShort();
    void cancellingAPendingOrderReleasesItsStock();
    void anotherCustomerCannotSeeTheOrder();

private:
    [[nodiscard]] Principal customer(const QString& email);
    [[nodiscard]] OrderRecord place(const Principal& who, qint64 quantity);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<SimulatedGateway> m_gateway;
    std::unique_ptr<OrderService> m_orders;
};

void TstOrderService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<SqliteStore>(m_dir->filePath(u"orders.db"_qs).toStdString(),
                                            sqlite::Durability::Normal);
    m_gateway = std::make_unique<SimulatedGateway>(*m_store, SimulatedGateway::Settings{});
    m_orders = std::make_unique<OrderService>(*m_store, *m_gateway, OrderSettings{});
    m_store->putLocation(
        Location{kParis, u"Paris"_qs, LocationKind::Store, u"1 rue X"_qs, u"Europe/Paris"_qs});
    m_store->putCategory(Category{CategoryId{u"cat"_qs}, u"Things"_qs, CategoryId{}, 0});
    Product p;
    p.id = ProductId{u"mug"_qs};
    p.name = u"Mug"_qs;
    p.categoryId = CategoryId{u"cat"_qs};
    p.variants = {Variant{kSku, {}, Money{1200, u"EUR"_qs}, QString()}};
    (void)m_store->createProduct(p);
    (void)m_store->adjustStock(Adjustment{kSku, kParis, 5, u"receipt"_qs, QString()});
}

void TstOrderService::cleanup()
{
    m_orders.reset();
    m_gateway.reset();
    m_store.reset();
    m_dir.reset();
}

Principal TstOrderService::customer(const QString& email)
{
    Principal p;
    p.authenticated = true;
    p.user = m_store->createUser(NewUser{email, email, u"not-a-real-hash"_qs, Role::Customer, LocationId{}});
    return p;
}

OrderRecord TstOrderService::place(const Principal& who, qint64 quantity)
{
    const QJsonObject body{
        {u"lines"_qs, QJsonArray{QJsonObject{{u"sku"_qs, kSku}, {u"quantity"_qs, quantity}}}},
        {u"fulfillment"_qs, QJsonObject{{u"type"_qs, u"pickup"_qs}, {u"location_id"_qs, kParis.value}}}};
    return m_orders->commitOrder(m_orders->prepareOrder(who, body));
}

void TstOrderService::placingAnOrderReservesItsStock()
{
    const OrderRecord record = place(customer(u"ann@example.org"_qs), 2);
    QCOMPARE(record.order.status, u"pending_payment"_qs);
    QCOMPARE(record.order.totals.total.amount, 2400);
    const StockLevel level = m_store->stockLevel(kSku, kParis);
    QCOMPARE(level.onHand, 5);
    QCOMPARE(level.reserved, 2);
}

void TstOrderService::rejectsOrderWhenStockIsShort()
{
    const Principal ann = customer(u"ann@example.org"_qs);
    QVERIFY_THROWS_EXCEPTION(Conflict, (void)place(ann, 6));
    QCOMPARE(m_store->stockLevel(kSku, kParis).reserved, 0);
}

void TstOrderService::cancellingAPendingOrderReleasesItsStock()
{
    const Principal ann = customer(u"ann@example.org"_qs);
    const OrderRecord placed = place(ann, 3);
    const OrderRecord cancelled = m_orders->cancel(ann, placed.order.id);
    QCOMPARE(cancelled.order.status, u"cancelled"_qs);
    QCOMPARE(m_store->stockLevel(kSku, kParis).reserved, 0);
    QCOMPARE(m_store->stockLevel(kSku, kParis).onHand, 5);
}

void TstOrderService::anotherCustomerCannotSeeTheOrder()
{
    const Principal ann = customer(u"ann@example.org"_qs);
    const Principal bob = customer(u"bob@example.org"_qs);
    const OrderRecord placed = place(ann, 1);
    QCOMPARE(m_orders->visibleOrder(ann, placed.order.id).order.id, placed.order.id);
    QVERIFY_THROWS_EXCEPTION(NotFound, (void)m_orders->visibleOrder(bob, placed.order.id));
}

QTEST_GUILESS_MAIN(TstOrderService)
#include "tst_orderservice.moc"
