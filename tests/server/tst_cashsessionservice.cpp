// CashSessionService without HTTP: which drawer a person's money may go through. Signed in on a
// till by PIN (Principal::registerId, filled by POST /auth/pin), only that till's open session;
// signed in with a password (a back-office PC), any open session of their store; never another
// store's, never a closed one.
#include "domain/cashsessionservice.h"
#include "domain/errors.h"
#include "store/sqlitestore.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace comptoir;
using namespace comptoir::server;

namespace {

const LocationId kParis{u"loc_paris"_qs};
const LocationId kLyon{u"loc_lyon"_qs};

QJsonObject openingBody(const UserId& till)
{
    return {{u"register_id"_qs, till.value},
            {u"opening_float"_qs, QJsonObject{{u"amount"_qs, 10000}, {u"currency"_qs, u"EUR"_qs}}}};
}

} // namespace

class TstCashSessionService : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aPinSignInTakesMoneyThroughItsOwnRegisterOnly();
    void aPasswordSignInTakesMoneyThroughAnyDrawerOfItsStore();
    void aPinSignInOpensOnlyItsOwnRegister();

private:
    [[nodiscard]] Principal staffOf(const LocationId& store, const UserId& signedInOn = {});
    [[nodiscard]] UserId till(const LocationId& store);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SqliteStore> m_store;
    std::unique_ptr<CashSessionService> m_drawers;
    int m_users = 0;
};

void TstCashSessionService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_store = std::make_unique<SqliteStore>(m_dir->filePath(u"drawers.db"_qs).toStdString(),
                                            sqlite::Durability::Normal);
    m_drawers = std::make_unique<CashSessionService>(*m_store, u"EUR"_qs);
    for (const LocationId& id : {kParis, kLyon})
        m_store->putLocation(Location{id, id.value, LocationKind::Store, u"1 rue X"_qs, u"Europe/Paris"_qs});
}

void TstCashSessionService::cleanup()
{
    m_drawers.reset();
    m_store.reset();
    m_dir.reset();
}

Principal TstCashSessionService::staffOf(const LocationId& store, const UserId& signedInOn)
{
    Principal p;
    p.authenticated = true;
    p.user = m_store->createUser(NewUser{u"staff%1@example.fr"_qs.arg(++m_users), u"Staff"_qs,
                                         u"not-a-real-hash"_qs, Role::Staff, store});
    p.registerId = signedInOn;
    return p;
}

UserId TstCashSessionService::till(const LocationId& store)
{
    return m_store
        ->createUser(NewUser{
            u"till%1@devices.comptoir.invalid"_qs.arg(++m_users), u"Till"_qs, {}, Role::Register, store})
        .id;
}

void TstCashSessionService::aPinSignInTakesMoneyThroughItsOwnRegisterOnly()
{
    const UserId one = till(kParis);
    const UserId two = till(kParis);
    const Principal opener = staffOf(kParis);
    const QString sessionOne = m_drawers->open(opener, openingBody(one)).session.id;
    const QString sessionTwo = m_drawers->open(opener, openingBody(two)).session.id;

    const Principal atOne = staffOf(kParis, one);
    QCOMPARE(m_drawers->sessionForMoney(atOne, sessionOne).session.id, sessionOne);
    QVERIFY_THROWS_EXCEPTION(Conflict, (void)m_drawers->sessionForMoney(atOne, sessionTwo));
    // A manager signed in on a till is bound to it as well.
    Principal manager = staffOf(kParis, one);
    manager.user.role = Role::Manager;
    QVERIFY_THROWS_EXCEPTION(Conflict, (void)m_drawers->sessionForMoney(manager, sessionTwo));
    (void)m_drawers->close(
        opener, sessionOne,
        {{u"counted"_qs, QJsonObject{{u"amount"_qs, 10000}, {u"currency"_qs, u"EUR"_qs}}}});
    QVERIFY_THROWS_EXCEPTION(Conflict, (void)m_drawers->sessionForMoney(atOne, sessionOne));
}

void TstCashSessionService::aPasswordSignInTakesMoneyThroughAnyDrawerOfItsStore()
{
    const UserId one = till(kParis);
    const UserId lyon = till(kLyon);
    const QString parisSession = m_drawers->open(staffOf(kParis), openingBody(one)).session.id;
    const QString lyonSession = m_drawers->open(staffOf(kLyon), openingBody(lyon)).session.id;
    const Principal backOffice = staffOf(kParis);
    QCOMPARE(m_drawers->sessionForMoney(backOffice, parisSession).session.id, parisSession);
    QVERIFY_THROWS_EXCEPTION(Conflict, (void)m_drawers->sessionForMoney(backOffice, lyonSession));
    QVERIFY_THROWS_EXCEPTION(Invalid, (void)m_drawers->sessionForMoney(backOffice, u"csn_nope"_qs));
}

void TstCashSessionService::aPinSignInOpensOnlyItsOwnRegister()
{
    const UserId one = till(kParis);
    const UserId two = till(kParis);
    const Principal atOne = staffOf(kParis, one);
    QVERIFY_THROWS_EXCEPTION(Invalid, (void)m_drawers->open(atOne, openingBody(two)));
    QCOMPARE(m_drawers->open(atOne, openingBody(one)).session.registerId, one);
}

QTEST_GUILESS_MAIN(TstCashSessionService)
#include "tst_cashsessionservice.moc"
