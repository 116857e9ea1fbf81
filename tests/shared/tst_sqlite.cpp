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
};

QTEST_GUILESS_MAIN(TestSqlite)
#include "tst_sqlite.moc"
