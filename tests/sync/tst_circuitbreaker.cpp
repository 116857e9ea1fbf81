// The outbox's circuit breaker on its own: closed until a run of failures, open (refusing) for its
// cool-down, then one probe (half-open) that closes it on success or opens it again at once.
#include "sync/net/circuitbreaker.h"

#include <QtTest>

using comptoir::sync::CircuitBreaker;
using State = CircuitBreaker::State;

namespace {
constexpr int kLongCoolDownMs = 60000; // never reached by a test: the breaker stays open
constexpr int kShortCoolDownMs = 100;  // waited for, on a condition, by the probe tests
} // namespace

class TestCircuitBreaker : public QObject {
    Q_OBJECT

private slots:
    void staysClosedBelowTheThreshold()
    {
        CircuitBreaker breaker(5, kLongCoolDownMs);
        for (int i = 0; i < 4; ++i) {
            breaker.recordFailure();
            QVERIFY(breaker.allowsAttempt());
        }
        QCOMPARE(breaker.state(), State::Closed);
        QCOMPARE(breaker.remainingCoolDownMs(), 0);
    }

    void opensAtTheThresholdAndRefusesDuringTheCoolDown()
    {
        CircuitBreaker breaker(5, kLongCoolDownMs);
        for (int i = 0; i < 5; ++i)
            breaker.recordFailure();
        QCOMPARE(breaker.state(), State::Open);
        QVERIFY(!breaker.allowsAttempt());
        QVERIFY(!breaker.allowsAttempt());
        const qint64 remaining = breaker.remainingCoolDownMs();
        QVERIFY2(remaining > kLongCoolDownMs - 10000 && remaining <= kLongCoolDownMs,
                 qPrintable(QString::number(remaining)));
    }

    void aSuccessBetweenFailuresStartsTheCountAgain()
    {
        CircuitBreaker breaker(5, kLongCoolDownMs);
        for (int i = 0; i < 4; ++i)
            breaker.recordFailure();
        breaker.recordSuccess();
        for (int i = 0; i < 4; ++i)
            breaker.recordFailure();
        QCOMPARE(breaker.state(), State::Closed);
        QVERIFY(breaker.allowsAttempt());
    }

    void letsOneProbeThroughAfterTheCoolDown()
    {
        CircuitBreaker breaker(2, kShortCoolDownMs);
        breaker.recordFailure();
        breaker.recordFailure();
        QVERIFY(!breaker.allowsAttempt());
        QTRY_VERIFY_WITH_TIMEOUT(breaker.allowsAttempt(), 10000);
        QCOMPARE(breaker.state(), State::HalfOpen);
        QCOMPARE(breaker.remainingCoolDownMs(), 0);
    }

    void aFailedProbeOpensItAgainAtOnce()
    {
        CircuitBreaker breaker(2, kShortCoolDownMs);
        breaker.recordFailure();
        breaker.recordFailure();
        QTRY_VERIFY_WITH_TIMEOUT(breaker.allowsAttempt(), 10000);
        breaker.recordFailure(); // one failure, not the threshold of two
        QCOMPARE(breaker.state(), State::Open);
        QVERIFY(!breaker.allowsAttempt());
        QVERIFY(breaker.remainingCoolDownMs() > 0);
    }

    void aSuccessfulProbeClosesIt()
    {
        CircuitBreaker breaker(2, kShortCoolDownMs);
        breaker.recordFailure();
        breaker.recordFailure();
        QTRY_VERIFY_WITH_TIMEOUT(breaker.allowsAttempt(), 10000);
        breaker.recordSuccess();
        QCOMPARE(breaker.state(), State::Closed);
        breaker.recordFailure(); // a fresh run: one failure does not open it
        QVERIFY(breaker.allowsAttempt());
    }
};

QTEST_GUILESS_MAIN(TestCircuitBreaker)
#include "tst_circuitbreaker.moc"
