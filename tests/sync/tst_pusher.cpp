// The outbox pusher on its own, against a real server (tests/support) or a port where nothing
// listens: entries leave in order and settle once, a refusal is never sent again, retries spread
// out by backoff, and after a run of failures the breaker holds off until one probe goes through.
#include "demoaccounts.h"
#include "kioskorders.h"
#include "sync/outbox/pusher.h"
#include "syncchecks.h"

#include "comptoir/ids.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace comptoir;
using namespace comptoir::sync;
using namespace comptoir::test;

namespace {

const QString kSku = u"TSH-0001-S-GRIS-CHINE"_qs;
const QString kStore = u"loc_paris"_qs;

// A loopback port with nothing behind it: every attempt is refused at once, a transient failure.
int deadPort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

// One pusher with its cache, outbox and network, and what it did: when each attempt went out and
// how each entry settled.
struct Rig {
    Rig(const QString& dir, const QUrl& serverUrl, const std::string& token, Pusher::Timing timing)
        : cache(dir + u"/cache.db"_qs),
          outbox(cache), endpoint{serverUrl, QByteArray::fromStdString(token), {}},
          pusher(outbox, network, endpoint, dir + u"/push.lock"_qs, timing)
    {
        clock.start();
        QObject::connect(&pusher, &Pusher::sending, [this](qint64) { attemptsAtMs.append(clock.elapsed()); });
        QObject::connect(&pusher, &Pusher::settled,
                         [this](qint64 entryId, bool applied, int status, const QString& reason) {
                             settlements.append({entryId, applied, status, reason});
                         });
    }

    qint64 enqueueCarryOut(const QString& sku)
    {
        const QString orderId = newId(u"ord"_qs);
        return outbox.enqueue(
            {u"POST"_qs, u"/orders"_qs, carryOutOrder(orderId, sku, kStore), u"order"_qs, orderId, {}});
    }

    struct Settlement {
        qint64 entryId = 0;
        bool applied = false;
        int status = 0;
        QString reason;
    };

    LocalCache cache;
    Outbox outbox;
    QNetworkAccessManager network;
    Endpoint endpoint;
    Pusher pusher;
    QElapsedTimer clock;
    QList<qint64> attemptsAtMs;
    QList<Settlement> settlements;
};

} // namespace

class TestPusher : public QObject {
    Q_OBJECT

private:
    TestServer m_server;
    std::string m_kiosk;
    DemoAccounts m_accounts;
    QTemporaryDir m_dir;
    int m_rigs = 0;

    QString newRigDir()
    {
        const QString path = m_dir.filePath(u"rig-%1"_qs.arg(++m_rigs));
        QDir().mkpath(path);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        m_kiosk = m_server.kioskToken(kStore);
        QVERIFY(!m_kiosk.empty());
        QVERIFY(m_accounts.signInStaff(m_server));
        QVERIFY(m_dir.isValid());
    }

    void sendsEntriesInOrderAndSettlesEachOnce()
    {
        Rig rig(newRigDir(), QUrl(m_server.url()), m_kiosk, {});
        const QList<qint64> entries{rig.enqueueCarryOut(kSku), rig.enqueueCarryOut(kSku),
                                    rig.enqueueCarryOut(kSku)};
        rig.pusher.start();
        QVERIFY(waitFor([&] { return rig.settlements.size() == 3; }));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(rig.settlements[i].entryId, entries[i]);
            QVERIFY(rig.settlements[i].applied);
            QCOMPARE(rig.settlements[i].status, 201);
            const std::optional<OutboxEntry> entry = rig.outbox.entry(entries[i]);
            QVERIFY(entry);
            QCOMPARE(entry->state, u"applied"_qs);
            QCOMPARE(entry->attempts, 1);
            QCOMPARE(m_server.client()
                         .get("/api/v1/orders/" + entry->request.entityId.toStdString(), m_accounts.manager)
                         .status,
                     200);
        }
        QCOMPARE(rig.attemptsAtMs.size(), 3);
        QCOMPARE(rig.outbox.pendingCount(), 0);
        QCOMPARE(rig.pusher.breakerState(), CircuitBreaker::State::Closed);
    }

    void aRefusalIsSettledOnceAndTheQueueMovesOn()
    {
        Rig rig(newRigDir(), QUrl(m_server.url()), m_kiosk, {});
        const qint64 bad = rig.enqueueCarryOut(u"NO-SUCH-SKU"_qs);
        const qint64 good = rig.enqueueCarryOut(kSku);
        rig.pusher.start();
        QVERIFY(waitFor([&] { return rig.settlements.size() == 2; }));
        QCOMPARE(rig.settlements[0].entryId, bad);
        QVERIFY(!rig.settlements[0].applied);
        QVERIFY2(rig.settlements[0].status >= 400 && rig.settlements[0].status < 500,
                 qPrintable(QString::number(rig.settlements[0].status)));
        QVERIFY(!rig.settlements[0].reason.isEmpty());
        QCOMPARE(rig.settlements[1].entryId, good);
        QVERIFY(rig.settlements[1].applied);
        QCOMPARE(rig.outbox.entry(bad)->state, u"rejected"_qs);
        QCOMPARE(rig.outbox.entry(bad)->attempts, 1);
        // A kick after the refusal sends nothing again.
        rig.pusher.kick();
        QVERIFY(waitFor([&] { return !rig.pusher.isSending(); }));
        QCOMPARE(rig.attemptsAtMs.size(), 2);
    }

    // The backoff starts at 200 ms and doubles; each wait is at least half its ceiling. The
    // breaker (five failures) stays out of the way: four attempts, three gaps.
    void retriesSpreadOutWhileTheServerCannotBeReached()
    {
        const int port = deadPort();
        QVERIFY(port > 0);
        Rig rig(newRigDir(), QUrl(u"http://127.0.0.1:%1"_qs.arg(port)), m_kiosk, {60000, 60000});
        QSignalSpy unreachable(&rig.pusher, &Pusher::reachability);
        const qint64 entry = rig.enqueueCarryOut(kSku);
        rig.pusher.start();
        QVERIFY(waitFor([&] { return rig.attemptsAtMs.size() >= 4; }, 30000));
        // Timers may fire a little early (coarse timers: 5%); allow a tenth.
        const QList<qint64> minimumGapMs{90, 180, 360};
        for (int i = 0; i < 3; ++i) {
            const qint64 gap = rig.attemptsAtMs[i + 1] - rig.attemptsAtMs[i];
            QVERIFY2(
                gap >= minimumGapMs[i],
                qPrintable(u"gap %1: %2 ms, expected at least %3"_qs.arg(i).arg(gap).arg(minimumGapMs[i])));
        }
        // The third wait's floor (400 ms) is above the first one's ceiling (200 ms).
        QVERIFY(rig.attemptsAtMs[3] - rig.attemptsAtMs[2] > rig.attemptsAtMs[1] - rig.attemptsAtMs[0]);
        QVERIFY(!unreachable.isEmpty());
        QCOMPARE(unreachable.first().at(0).toBool(), false);
        QVERIFY(rig.settlements.isEmpty());
        QVERIFY(rig.outbox.entry(entry)->attempts >= 4);
    }

    // With the backoff capped at 50 ms, five failures come fast; the sixth attempt waits for
    // the breaker's cool-down, and that probe, reaching the server, closes it.
    void theBreakerHoldsOffAfterFiveFailuresThenAProbeClosesIt()
    {
        constexpr int kCoolDownMs = 2000;
        const int port = deadPort();
        QVERIFY(port > 0);
        Rig rig(newRigDir(), QUrl(u"http://127.0.0.1:%1"_qs.arg(port)), m_kiosk, {50, kCoolDownMs});
        const qint64 entry = rig.enqueueCarryOut(kSku);
        rig.pusher.start();
        QVERIFY(waitFor([&] { return rig.pusher.breakerState() == CircuitBreaker::State::Open; }, 30000));
        QCOMPARE(rig.attemptsAtMs.size(), 5);
        rig.endpoint.serverUrl = QUrl(m_server.url()); // the server is back
        QVERIFY(waitFor([&] { return rig.settlements.size() == 1; }, 30000));
        QCOMPARE(rig.attemptsAtMs.size(), 6);
        const qint64 heldOffMs = rig.attemptsAtMs[5] - rig.attemptsAtMs[4];
        QVERIFY2(heldOffMs >= kCoolDownMs * 9 / 10, qPrintable(u"probe after %1 ms"_qs.arg(heldOffMs)));
        QCOMPARE(rig.settlements[0].entryId, entry);
        QVERIFY(rig.settlements[0].applied);
        QCOMPARE(rig.pusher.breakerState(), CircuitBreaker::State::Closed);
    }
};

QTEST_GUILESS_MAIN(TestPusher)
#include "tst_pusher.moc"
