#include "demo/demoseed.h"

#include "demo/democatalog.h"
#include "demo/demohistory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDemo, "comptoir.demo")

namespace comptoir::server::demo {

namespace {

const QList<DemoAccount>& demoAccounts()
{
    static const QList<DemoAccount> accounts = {
        {u"admin@demo.comptoir.fr"_qs, u"admin"_qs, {}},
        {u"manager@demo.comptoir.fr"_qs, u"manager"_qs, {}},
        {u"staff.paris@demo.comptoir.fr"_qs, u"staff"_qs, u"loc_paris"_qs},
        {u"staff.lyon@demo.comptoir.fr"_qs, u"staff"_qs, u"loc_lyon"_qs},
        {u"staff.bordeaux@demo.comptoir.fr"_qs, u"staff"_qs, u"loc_bordeaux"_qs},
    };
    return accounts;
}

QString displayName(const DemoAccount& a)
{
    if (a.role == u"admin")
        return u"Camille Admin"_qs;
    if (a.role == u"manager")
        return u"Malik Gérant"_qs;
    return u"Équipe %1"_qs.arg(a.store.mid(4).left(1).toUpper() + a.store.mid(5));
}

QList<DemoKiosk> readKiosks(const QString& file)
{
    QFile f(file);
    QList<DemoKiosk> kiosks;
    if (!f.open(QIODevice::ReadOnly))
        return kiosks;
    for (const QJsonValue& v : QJsonDocument::fromJson(f.readAll()).object().value(u"kiosks"_qs).toArray()) {
        const QJsonObject o = v.toObject();
        kiosks.append({o.value(u"device_id"_qs).toString(), o.value(u"store_id"_qs).toString(),
                       o.value(u"token"_qs).toString()});
    }
    return kiosks;
}

void writeKiosks(const QString& file, const QList<DemoKiosk>& kiosks)
{
    QJsonArray list;
    for (const DemoKiosk& k : kiosks)
        list.append(
            QJsonObject{{u"device_id"_qs, k.deviceId}, {u"store_id"_qs, k.storeId}, {u"token"_qs, k.token}});
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        qCWarning(lcDemo) << "cannot write" << file;
        return;
    }
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(QJsonDocument(QJsonObject{{u"kiosks"_qs, list}}).toJson());
}

} // namespace

DemoCredentials ensureDemoStore(Store& store, AuthService& auth, const QString& credentialsFile,
                                int historyDays, int historyOrdersPerDay)
{
    DemoCredentials credentials{demoAccounts(), {}};
    if (store.meta(u"demo_seeded"_qs)) {
        credentials.kiosks = readKiosks(credentialsFile);
        return credentials;
    }
    const DemoCatalog catalog = buildDemoCatalog();
    store.transaction([&] {
        for (const Location& l : catalog.locations)
            store.putLocation(l);
        for (const Category& c : catalog.categories)
            store.putCategory(c);
        for (const Product& p : catalog.products)
            store.createProduct(p);
        // Zero levels are written too, so "out of stock here" is a row a client can show.
        for (const DemoStock& s : catalog.stock)
            store.adjustStock(Adjustment{s.sku, s.locationId, s.onHand, u"receipt"_qs, {}});
        for (const DemoAccount& a : demoAccounts())
            auth.createUser(a.email, QString::fromLatin1(kDemoPassword), displayName(a),
                            *roleFromString(a.role), LocationId{a.store});
        for (const Location& l : catalog.locations) {
            if (l.kind != LocationKind::Store)
                continue;
            const EnrolledDevice d = auth.enrolDevice(u"Borne %1"_qs.arg(l.name), l.id);
            credentials.kiosks.append({d.deviceId, l.id.value, d.token});
        }
        // Two promotion codes a person trying the demo can type at a till or a kiosk.
        Promotion welcome;
        welcome.code = u"BIENVENUE10"_qs;
        welcome.percentOff = 10;
        store.createPromotion(welcome);
        Promotion fiveOff;
        fiveOff.code = u"CINQ-EUROS"_qs;
        fiveOff.amountOff = Money{500, u"EUR"_qs};
        fiveOff.minSubtotal = Money{3000, u"EUR"_qs};
        fiveOff.maxUses = 1000;
        store.createPromotion(fiveOff);
        store.setMeta(u"demo_seeded"_qs, toRfc3339(QDateTime::currentDateTimeUtc()));
    });
    writeKiosks(credentialsFile, credentials.kiosks);
    qCInfo(lcDemo) << "demo store created:" << catalog.products.size() << "products," << catalog.stock.size()
                   << "stock levels";
    if (historyDays > 0) {
        const HistoryWritten history =
            writeSalesHistory(store, {historyDays, historyOrdersPerDay, 16}, QDateTime::currentDateTimeUtc());
        qCInfo(lcDemo) << "demo sales history:" << historyDays << "days," << history.orders << "orders,"
                       << history.refunds << "refunds";
    }
    return credentials;
}

} // namespace comptoir::server::demo
