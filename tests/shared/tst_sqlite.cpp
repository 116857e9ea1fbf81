// The SQLite connection wrapper: what every connection can count on when it opens a file.
#include "comptoir/sqlite.h"

#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <mutex>
#include <thread>

using namespace comptoir::sqlite;

class TestSqlite : public QObject {
    Q_OBJECT

private slots:
    // Two programs started together on one new cache (a kiosk and its watchdog): both open it,
    // neither gives up because the other was switching the new file to WAL at that moment.
    void connectionsOpeningOneNewFileTogetherAllOpenIt()
    {
        QTemporaryDir dir;
        constexpr int kFiles = 150;
        constexpr int kOpeners = 3;
        std::atomic<int> failures{0};
        std::string firstFailure;
        std::mutex failureMutex;
        for (int f = 0; f < kFiles; ++f) {
            const std::string path = dir.filePath(u"new-%1.db"_qs.arg(f)).toStdString();
            std::atomic<int> ready{0};
            std::vector<std::thread> openers;
            for (int o = 0; o < kOpeners; ++o)
                openers.emplace_back([&] {
                    ready.fetch_add(1);
                    while (ready.load() < kOpeners) {
                    }
                    try {
                        Connection connection(path, Durability::Normal);
                        auto mode = connection.prepare("PRAGMA journal_mode");
                        if (!mode.step() || mode.text(0) != u"wal"_qs)
                            throw Error(0, "not in WAL mode");
                    } catch (const Error& e) {
                        if (failures.fetch_add(1) == 0) {
                            const std::lock_guard lock(failureMutex);
                            firstFailure = e.what();
                        }
                    }
                });
            for (std::thread& t : openers)
                t.join();
        }
        QVERIFY2(failures.load() == 0, qPrintable(u"%1 of %2 opens failed, first: %3"_qs.arg(failures.load())
                                                      .arg(kFiles * kOpeners)
                                                      .arg(QString::fromStdString(firstFailure))));
    }

    // A client applies live frames with NORMAL durability and everything else, the outbox first,
    // with FULL: a transaction's own setting lasts only until a write that did not ask for it.
    void aTransactionsDurabilityNeverLeaksIntoOtherWrites()
    {
        QTemporaryDir dir;
        Connection db(dir.filePath(u"cache.db"_qs).toStdString(), Durability::Full);
        db.execScript("CREATE TABLE t(v INTEGER);");
        // Read behind the wrapper's back, so the reading cannot change what it reads.
        const auto synchronous = [&db] {
            int level = -1;
            sqlite3_exec(
                db.handle(), "PRAGMA synchronous",
                [](void* out, int, char** values, char**) {
                    *static_cast<int*>(out) = std::atoi(values[0]);
                    return 0;
                },
                &level, nullptr);
            return level;
        };
        constexpr int kNormal = 1, kFull = 2;
        QCOMPARE(synchronous(), kFull);
        for (int page = 0; page < 2; ++page) { // pages one after another keep the setting
            Transaction tx(db, Durability::Normal);
            QCOMPARE(synchronous(), kNormal);
            db.prepare("INSERT INTO t VALUES (?)").bind(1, page).exec();
            tx.commit();
            QCOMPARE(synchronous(), kNormal);
        }
        { // reading changes nothing
            auto count = db.prepare("SELECT count(*) FROM t");
            QVERIFY(count.step());
            QCOMPARE(count.int64(0), 2);
        }
        QCOMPARE(synchronous(), kNormal);
        // A write on its own is the connection's.
        db.prepare("INSERT INTO t VALUES (10)").exec();
        QCOMPARE(synchronous(), kFull);
        { // so is a transaction that says nothing
            Transaction normal(db, Durability::Normal);
            normal.commit();
            QCOMPARE(synchronous(), kNormal);
            Transaction tx(db);
            QCOMPARE(synchronous(), kFull);
            tx.commit();
        }
        { // and a script outside a transaction
            Transaction normal(db, Durability::Normal);
            normal.commit();
            db.execScript("INSERT INTO t VALUES (11);");
            QCOMPARE(synchronous(), kFull);
        }
        { // inside one, a write does not touch the setting (SQLite would refuse)
            Transaction tx(db, Durability::Normal);
            db.prepare("INSERT INTO t VALUES (12)").exec();
            db.execScript("INSERT INTO t VALUES (13);");
            tx.commit();
            QCOMPARE(synchronous(), kNormal);
        }
        auto count = db.prepare("SELECT count(*) FROM t");
        QVERIFY(count.step());
        QCOMPARE(count.int64(0), 6);
    }
};

QTEST_GUILESS_MAIN(TestSqlite)
#include "tst_sqlite.moc"
