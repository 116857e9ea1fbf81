// The WAL checkpointer: the log is copied into the database file by its own thread, not by the
// committing writer, and the writer gets SQLite's automatic checkpoints back when it stops.
#include "comptoir/walcheckpointer.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

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

} // namespace

class TestWalCheckpointer : public QObject {
    Q_OBJECT

private slots:
    void theLogReachesTheDatabaseFileWithoutTheWriter()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"db.sqlite"_qs);
        Connection writer(path.toStdString(), Durability::Normal);
        writer.execScript("CREATE TABLE rows(id INTEGER PRIMARY KEY, data BLOB NOT NULL)");
        const qint64 emptySize = sizeOf(path);
        {
            WalCheckpointer checkpointer(writer, path.toStdString(), Durability::Normal, 50);
            // 300 pages and more: below SQLite's own threshold (1,000), so only ours can act.
            writeRows(writer, 300);
            QTRY_VERIFY(checkpointer.completed() >= 1);
            QTRY_VERIFY(sizeOf(path) >= emptySize + 200 * kPageSize);
            // Rows written since are still read back whole, through the log or the file.
            auto count = writer.prepare("SELECT count(*), sum(length(data)) FROM rows");
            QVERIFY(count.step());
            QCOMPARE(count.int64(0), 300);
            QCOMPARE(count.int64(1), 300 * kPageSize);
        }
        // Stopped: the writer checkpoints by itself again, at SQLite's threshold.
        const qint64 before = sizeOf(path);
        writeRows(writer, 1200);
        QVERIFY(sizeOf(path) >= before + 900 * kPageSize);
    }

    void withoutItTheWriterLeavesSmallLogsInTheLog()
    {
        // The control for the test above: 300 pages stay in the log when nobody checkpoints.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"db.sqlite"_qs);
        Connection writer(path.toStdString(), Durability::Normal);
        writer.execScript("CREATE TABLE rows(id INTEGER PRIMARY KEY, data BLOB NOT NULL)");
        const qint64 emptySize = sizeOf(path);
        writeRows(writer, 300);
        QTest::qWait(200);
        QVERIFY(sizeOf(path) < emptySize + 100 * kPageSize);
        QVERIFY(sizeOf(path + u"-wal"_qs) >= 300 * kPageSize);
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
