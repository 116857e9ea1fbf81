// The outbox's retry backoff on its own: each wait is drawn from the upper half of a ceiling that
// doubles from the base with every failure and stops at the cap ("equal jitter"), a success starts
// it over, and the draw really varies so a store's kiosks do not knock again in step.
#include "sync/net/backoff.h"

#include <QSet>
#include <QtTest>

using comptoir::sync::Backoff;
using namespace std::chrono_literals;

class TestBackoff : public QObject {
    Q_OBJECT

private slots:
    void eachWaitLiesInTheUpperHalfOfADoublingCeiling()
    {
        for (int run = 0; run < 200; ++run) {
            Backoff backoff(100ms, 1h);
            qint64 ceiling = 100;
            for (int failure = 0; failure < 12; ++failure, ceiling *= 2) {
                const qint64 wait = backoff.nextDelay().count();
                QVERIFY2(wait >= ceiling / 2 && wait <= ceiling,
                         qPrintable(u"failure %1: %2 ms outside [%3, %4]"_qs.arg(failure)
                                        .arg(wait)
                                        .arg(ceiling / 2)
                                        .arg(ceiling)));
            }
            QCOMPARE(backoff.failures(), 12);
        }
    }

    void theCeilingStopsAtTheCap()
    {
        Backoff backoff(100ms, 1000ms);
        for (int failure = 0; failure < 40; ++failure) {
            const qint64 wait = backoff.nextDelay().count();
            QVERIFY(wait <= 1000);
            if (failure >= 4) // 100 << 4 is past the cap
                QVERIFY2(wait >= 500, qPrintable(u"failure %1: %2 ms"_qs.arg(failure).arg(wait)));
        }
    }

    void aSuccessStartsTheWaitsOverFromTheBase()
    {
        Backoff backoff(100ms, 1h);
        for (int failure = 0; failure < 10; ++failure)
            (void)backoff.nextDelay();
        backoff.reset();
        QCOMPARE(backoff.failures(), 0);
        const qint64 wait = backoff.nextDelay().count();
        QVERIFY2(wait >= 50 && wait <= 100, qPrintable(QString::number(wait)));
    }

    void waitsAreJitteredSoKiosksDoNotRetryInStep()
    {
        QSet<qint64> firstWaits;
        for (int kiosk = 0; kiosk < 100; ++kiosk)
            firstWaits.insert(Backoff(1000ms, 1h).nextDelay().count());
        // 100 draws from 501 values: all equal would mean no jitter at all.
        QVERIFY2(firstWaits.size() > 10, qPrintable(QString::number(firstWaits.size())));
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
