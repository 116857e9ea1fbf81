// The kiosk's analytics against a real server: what a shopper does (a product opened, added to
// the cart, checkout begun) reaches POST /events in batches through the outbox, without the
// kiosk's token, and the order paid in that session carries its id, so GET /reports/funnel counts
// it as converted. With the server down, the batches wait in the outbox and arrive once when it
// is back. The session rotates after 30 idle minutes and for the next shopper; events older than
// a day are dropped; no batch holds more than 100 events.

#include "app/analytics/shopperanalytics.h"
#include "app/cart/cart.h"
#include "app/checkout/checkout.h"
#include "kioskfixture.h"
#include "orderbodies.h"
#include "syncchecks.h"

#include <QtTest>

using namespace comptoir;
using namespace comptoir::test;
using app::Checkout;
using app::ShopperAnalytics;

namespace {

struct Funnel {
    qint64 sessions = 0, views = 0, carts = 0, checkouts = 0, orders = 0;
    double conversion = 0, abandonment = 0;
    bool operator==(const Funnel&) const = default;
};

QString describe(const Funnel& f)
{
    return u"sessions %1, views %2, carts %3, checkouts %4, orders %5, conversion %6, abandonment %7"_qs
        .arg(f.sessions)
        .arg(f.views)
        .arg(f.carts)
        .arg(f.checkouts)
        .arg(f.orders)
        .arg(f.conversion)
        .arg(f.abandonment);
}

} // namespace

class ShopperAnalyticsTest : public QObject {
    Q_OBJECT

private:
    TestServer m_server;
    std::unique_ptr<Kiosk> m_kiosk;
    std::string m_manager;

    ShopperAnalytics& analytics() { return *m_kiosk->app().analytics(); }
    Checkout& checkout() { return *m_kiosk->app().checkout(); }
    app::Cart& cart() { return *m_kiosk->app().cart(); }

    Funnel funnel(const QDateTime& from, const QDateTime& to)
    {
        const auto iso = [](const QDateTime& t) { return urlEncode(t.toUTC().toString(Qt::ISODateWithMs)); };
        const Reply r = m_server.client().get(
            "/api/v1/reports/funnel?channel=kiosk&from=" + iso(from) + "&to=" + iso(to), m_manager);
        const QJsonObject f = r.json();
        return {f.value(u"sessions"_qs).toInteger(-1),
                f.value(u"product_views"_qs).toInteger(-1),
                f.value(u"carts"_qs).toInteger(-1),
                f.value(u"checkouts"_qs).toInteger(-1),
                f.value(u"orders"_qs).toInteger(-1),
                f.value(u"conversion_rate"_qs).toDouble(-1),
                f.value(u"cart_abandonment_rate"_qs).toDouble(-1)};
    }

    // Analytics entries of the kiosk's outbox in `state`.
    int analyticsEntries(const char* state)
    {
        auto st =
            m_kiosk->cache().prepare("SELECT count(*) FROM outbox WHERE entity = 'analytics' AND state = ?");
        st.bind(1, state);
        st.step();
        return int(st.int64(0));
    }

    QList<QJsonArray> pendingBatches()
    {
        auto st = m_kiosk->cache().prepare(
            "SELECT body FROM outbox WHERE entity = 'analytics' AND state = 'pending' ORDER BY id");
        QList<QJsonArray> out;
        while (st.step())
            out.append(QJsonDocument::fromJson(st.blob(0)).object().value(u"events"_qs).toArray());
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        m_manager = m_server.login(u"manager@demo.comptoir.fr"_qs);
        m_kiosk = std::make_unique<Kiosk>(m_server);
        QVERIFY(m_kiosk->waitUntilReady());
        QVERIFY(m_kiosk->app().analytics() != nullptr);
    }

    void aPaidSessionReachesTheFunnel()
    {
        m_kiosk->app().endSession();
        const QDateTime from = QDateTime::currentDateTimeUtc(); // after the previous test's events
        const QString session = analytics().sessionId();
        const QString sku = skuInStock(m_kiosk->cache(), u"loc_paris"_qs, u"standard"_qs, 2);
        analytics().productViewed(u"prd_some_product"_qs, sku);
        analytics().productViewed(u"prd_another"_qs);
        QVERIFY(cart().add(sku, 1)); // recorded by the cart's signal
        analytics().checkoutBegun();
        checkout().payHere();
        QVERIFY(waitFor([&] { return checkout().state() == Checkout::AwaitingCard; }));
        checkout().presentCard(u"4242 4242 4242 4242"_qs);
        QVERIFY(waitFor([&] { return checkout().state() == Checkout::Paid; }));
        QCOMPARE(analytics().sessionId(), session); // one shopper, one session
        const QDateTime to = QDateTime::currentDateTimeUtc().addSecs(1);

        const Funnel expected{1, 2, 1, 1, 1, 1.0, 0.0};
        QVERIFY2(waitFor([&] { return funnel(from, to) == expected; }, 30000),
                 qPrintable(describe(funnel(from, to))));
        QVERIFY(waitFor([&] { return analyticsEntries("pending") == 0; }));
        QCOMPARE(analyticsEntries("rejected"), 0);

        // The next shopper is someone else.
        m_kiosk->app().endSession();
        QVERIFY(analytics().sessionId() != session);
    }

    void whileTheServerIsDownEventsWaitAndArriveOnce()
    {
        m_kiosk->app().endSession();
        QVERIFY(m_kiosk->waitUntilSettled());
        const int appliedBefore = analyticsEntries("applied");
        const QDateTime from = QDateTime::currentDateTimeUtc(); // after the previous test's events
        m_server.stop();
        m_kiosk->app().session()->syncNow();
        QVERIFY(waitFor([&] { return m_kiosk->app().session()->isOffline(); }));

        for (int i = 0; i < 3; ++i)
            analytics().productViewed(u"prd_offline_%1"_qs.arg(i));
        analytics().addedToCart({}, u"SKU-OFFLINE"_qs);
        analytics().flush();
        QCOMPARE(analyticsEntries("pending"), 1);
        // Sent as nobody: the kiosk's token is not kept with it.
        auto token = m_kiosk->cache().prepare(
            "SELECT count(*) FROM outbox WHERE entity = 'analytics' AND length(credential) > 0");
        QVERIFY(token.step());
        QCOMPARE(token.int64(0), 0);
        // Not the shopper's work waiting: the badge does not count it.
        QCOMPARE(m_kiosk->app().session()->pendingCount(), 0);
        // It was tried and kept.
        QVERIFY(waitFor([&] {
            auto st =
                m_kiosk->cache().prepare("SELECT max(attempts) FROM outbox WHERE entity = 'analytics' AND "
                                         "state = 'pending'");
            return st.step() && st.int64(0) >= 1;
        }));
        QCOMPARE(analyticsEntries("pending"), 1);
        const QDateTime to = QDateTime::currentDateTimeUtc().addSecs(1);

        QVERIFY2(m_server.restartOnSamePorts(), qPrintable(m_server.lastError()));
        m_manager = m_server.login(u"manager@demo.comptoir.fr"_qs);
        QVERIFY(waitFor([&] { return analyticsEntries("pending") == 0; }, 60000));
        QCOMPARE(analyticsEntries("applied"), appliedBefore + 1);
        const Funnel expected{1, 3, 1, 0, 0, 0.0, 1.0};
        QVERIFY2(funnel(from, to) == expected, qPrintable(describe(funnel(from, to))));
    }

    void sessionRotatesAfterThirtyIdleMinutes()
    {
        QDateTime clock = QDateTime::currentDateTimeUtc().addSecs(-3 * 3600);
        ShopperAnalytics::Settings settings;
        settings.now = [&clock] { return clock; };
        ShopperAnalytics recorder(*m_kiosk->app().session(), u"web"_qs, settings);
        const QString first = recorder.sessionId();
        recorder.productViewed(u"prd_a"_qs);
        clock = clock.addSecs(29 * 60);
        QCOMPARE(recorder.sessionId(), first); // 29 minutes: still the same shopper
        recorder.productViewed(u"prd_b"_qs);
        clock = clock.addSecs(31 * 60);
        const QString second = recorder.sessionId();
        QVERIFY(second != first);
        QVERIFY(second.size() >= 8 && second.size() <= 64);
        recorder.productViewed(u"prd_c"_qs);
        recorder.flush();
        // Both sessions' events went in one batch, each under its own id.
        const QList<QJsonArray> batches = pendingBatches();
        QVERIFY(!batches.isEmpty());
        const QJsonArray last = batches.last();
        QCOMPARE(last.size(), 3);
        QCOMPARE(last[0].toObject().value(u"session_id"_qs).toString(), first);
        QCOMPARE(last[1].toObject().value(u"session_id"_qs).toString(), first);
        QCOMPARE(last[2].toObject().value(u"session_id"_qs).toString(), second);
        QCOMPARE(last[2].toObject().value(u"channel"_qs).toString(), u"web"_qs);
    }

    void batchesHoldAtMostOneHundredAndDayOldEventsAreDropped()
    {
        QVERIFY(waitFor([&] { return analyticsEntries("pending") == 0; }, 60000));
        QDateTime clock = QDateTime::currentDateTimeUtc().addSecs(-26 * 3600);
        ShopperAnalytics::Settings settings;
        settings.now = [&clock] { return clock; };
        settings.flushInterval = std::chrono::hours(1); // only when asked, or when a batch is full
        ShopperAnalytics recorder(*m_kiosk->app().session(), u"kiosk"_qs, settings);
        // Recorded more than a day ago and never flushed (no server all that time): dropped.
        for (int i = 0; i < 40; ++i)
            recorder.productViewed(u"prd_stale_%1"_qs.arg(i));
        clock = QDateTime::currentDateTimeUtc().addSecs(-3600);
        for (int i = 0; i < 250; ++i)
            recorder.productViewed(u"prd_fresh_%1"_qs.arg(i));
        recorder.flush();
        QCOMPARE(recorder.bufferedCount(), 0);
        // Sizes of the batches this recorder made, in order: the first filled up at 100 events
        // (40 stale + 60 fresh, the stale dropped), then 100, then the 50 left.
        QStringList sizes;
        auto st = m_kiosk->cache().prepare(
            "SELECT body FROM outbox WHERE entity = 'analytics' ORDER BY id DESC LIMIT 3");
        while (st.step()) {
            const QJsonArray events =
                QJsonDocument::fromJson(st.blob(0)).object().value(u"events"_qs).toArray();
            for (const QJsonValue& e : events)
                QVERIFY(!e.toObject().value(u"product_id"_qs).toString().startsWith(u"prd_stale"_qs));
            sizes.prepend(QString::number(events.size()));
        }
        QCOMPARE(sizes.join(u','), u"60,100,90"_qs);
        QVERIFY(waitFor([&] { return analyticsEntries("pending") == 0; }, 60000));
        QCOMPARE(analyticsEntries("rejected"), 0);
    }

    void aThrottledBatchNeverHoldsUpASale()
    {
        // Many kiosks behind one address share the events' limit; a batch refused with 429 is
        // let go (analytics are best effort) so the counter order queued after it goes at once.
        // Last: a process has one App, so the suite's kiosk leaves for this one.
        m_kiosk.reset();
        TestServer strict({.demo = true, .extraArgs = {u"--events-per-minute"_qs, u"1"_qs}});
        QVERIFY2(strict.start(), qPrintable(strict.lastError()));
        Kiosk kiosk(strict);
        QVERIFY(kiosk.waitUntilReady());
        ShopperAnalytics& recorder = *kiosk.app().analytics();
        for (int i = 0; i < 3; ++i) {
            recorder.productViewed(u"prd_throttled_%1"_qs.arg(i));
            recorder.flush();
        }
        const QString sku = skuInStock(kiosk.cache(), u"loc_paris"_qs, u"standard"_qs, 2);
        QVERIFY(kiosk.app().cart()->add(sku, 1));
        kiosk.app().checkout()->payAtCounter();
        QVERIFY(waitFor([&] { return !kiosk.app().checkout()->orderId().isEmpty(); }));
        const QString orderId = kiosk.app().checkout()->orderId();
        // Well before the 60 s a 429 asks to wait.
        const std::string manager = strict.login(u"manager@demo.comptoir.fr"_qs);
        HttpClient c = strict.client();
        QVERIFY(waitFor([&] { return !orderOnServer(c, orderId, manager).isEmpty(); }, 20000));
        auto left = kiosk.cache().prepare(
            "SELECT count(*) FROM outbox WHERE entity = 'analytics' AND state <> 'applied'");
        QVERIFY(left.step());
        QCOMPARE(left.int64(0), 0); // the refused batches are gone, not kept to be shown or retried
    }
};

QTEST_GUILESS_MAIN(ShopperAnalyticsTest)
#include "tst_shopperanalytics.moc"
