// The WAL checkpointer: the log is copied into the database file by its own thread, not by the
// committing writer, and the writer gets SQLite's automatic checkpoints back when it stops.
#include "comptoir/walcheckpointer.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace comptoir::sqlite;

namespace {

constexpr int kPageSize = 4096;

qint64 sizeOf(const QString& path)
{
    return QFileInfo(path).size();
}

// `count` transactions of one page-sized row each.
void writeRows(Connection& c, int count)
{
    const QByteArray row(kPageSize, 'x');
    for (int i = 0; i < count; ++i) {
        c.execScript("BEGIN IMMEDIATE");
        c.prepare("INSERT INTO rows(data) VALUES(?)").bindBlob(1, row).exec();
        c.execScript("COMMIT");
    }
}

// A database of one table of page-sized rows (WAL mode, as every Connection opens).
std::unique_ptr<Connection> rowsDatabase(const QString& path)
{
    auto db = std::make_unique<Connection>(path.toStdString(), Durability::Normal);
    db->execScript("CREATE TABLE rows(id INTEGER PRIMARY KEY, data BLOB NOT NULL)");
    return db;
}

} // namespace

class TestWalCheckpointer : public QObject {
    Q_OBJECT

private slots:
    void theLogReachesTheDatabaseFileWithoutTheWriter()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"db.sqlite"_qs);
        const auto db = rowsDatabase(path);
        Connection& writer = *db;
        const qint64 emptySize = sizeOf(path);
        {
            WalCheckpointer checkpointer(writer, path.toStdString(), Durability::Normal, 50);
            // Row after row until the log crosses the threshold (each row is about three pages
            // of log), then no more commits: whatever reaches the file now, the thread copied.
            int rows = 0;
            while (sizeOf(path + u"-wal"_qs) < 50 * (kPageSize + 24) && rows < 1000) {
                writeRows(writer, 1);
                ++rows;
            }
            const qint64 atThreshold = sizeOf(path);
            QTRY_VERIFY(checkpointer.backgroundCopies() >= 1);
            QTRY_VERIFY(sizeOf(path) >= atThreshold + 10 * kPageSize);
            QVERIFY(sizeOf(path) >= emptySize + rows * kPageSize);

            // Rows keep coming: the writer's next commit after each background copy finishes
            // it, and every row reaches the file.
            writeRows(writer, 200);
            rows += 200;
            QTRY_VERIFY((writeRows(writer, 1), ++rows, sizeOf(path) >= emptySize + rows * kPageSize));
            auto count = writer.prepare("SELECT count(*), sum(length(data)) FROM rows");
            QVERIFY(count.step());
            QCOMPARE(count.int64(0), rows);
            QCOMPARE(count.int64(1), rows * kPageSize);
        }
        // Stopped: the writer checkpoints by itself again, at the same threshold (SQLite's own,
        // 1,000 pages, would leave these 40 rows in the log).
        const qint64 before = sizeOf(path);
        writeRows(writer, 40);
        QVERIFY(sizeOf(path) >= before + 20 * kPageSize);
    }

    void aWriterThatNeverStopsStillGetsItsLogRestarted()
    {
        // A background copy alone never catches up with a writer that keeps committing, so the
        // log would grow for ever: the writer copies the rest and the log starts over.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"db.sqlite"_qs);
        const auto db = rowsDatabase(path);
        Connection& writer = *db;
        WalCheckpointer checkpointer(writer, path.toStdString(), Durability::Normal, 50);
        // Without a pause, until the background thread has copied five times (however slow
        // the machine): each row is about two pages of log.
        int rows = 0;
        while (checkpointer.backgroundCopies() < 5 && rows < 50000) {
            writeRows(writer, 100);
            rows += 100;
        }
        QVERIFY(checkpointer.backgroundCopies() >= 5);
        const qint64 logPages = sizeOf(path + u"-wal"_qs) / kPageSize;
        QVERIFY2(logPages < rows, qPrintable(u"%1 pages of log after %2 rows"_qs.arg(logPages).arg(rows)));
    }

    void withoutItSmallLogsStayInTheLog()
    {
        // The control for the tests above: 200 rows (~600 pages, under SQLite's 1,000) stay in
        // the log when nobody checkpoints. Nothing runs in the background here (SQLite has no
        // thread of its own), so the files are final once the last commit returns: there is
        // nothing to wait for.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"db.sqlite"_qs);
        const auto db = rowsDatabase(path);
        Connection& writer = *db;
        const qint64 emptySize = sizeOf(path);
        writeRows(writer, 200);
        QVERIFY(sizeOf(path) < emptySize + 100 * kPageSize);
        QVERIFY(sizeOf(path + u"-wal"_qs) >= 200 * kPageSize);
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
