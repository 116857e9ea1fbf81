// Fills a data folder with a fiscal journal of --entries signed entries (sales of one to three
// lines over the three VAT rates, with a refund every 20), for the --verify-journal benchmark
// (journal.sh). It goes through the store's own append (SqliteStore::appendJournalEntry), in
// transactions of 10,000 entries, so the chain and signatures are the server's; the key is made
// beside the database as at a server's first start. Not a test: nothing here is in CTest.
//
//   comptoir-bench-journal-fill --data-dir DIR [--entries 1000000]
#include "store/sqlitestore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <cstdio>

using namespace comptoir::server;

namespace {

QJsonObject saleData(qint64 n)
{
    static const int rates[] = {2000, 1000, 550};
    QJsonArray lines, totals;
    qint64 total = 0;
    for (int i = 0; i <= n % 3; ++i) {
        const qint64 lineTotal = 1000 + (n * 37 + i * 101) % 9000;
        const int rate = rates[(n + i) % 3];
        const qint64 tax = lineTotal * rate / (10000 + rate);
        lines.append(QJsonObject{{u"sku"_qs, u"SKU-%1"_qs.arg((n + i) % 500)},
                                 {u"quantity"_qs, 1},
                                 {u"unit_price"_qs, double(lineTotal)},
                                 {u"tax_rate_bp"_qs, rate},
                                 {u"total"_qs, double(lineTotal)},
                                 {u"tax"_qs, double(tax)}});
        totals.append(QJsonObject{{u"rate_bp"_qs, rate},
                                  {u"base"_qs, double(lineTotal - tax)},
                                  {u"tax"_qs, double(tax)},
                                  {u"total"_qs, double(lineTotal)}});
        total += lineTotal;
    }
    return {{u"order_id"_qs, u"ord_bench%1"_qs.arg(n)},
            {u"number"_qs, u"P-%1"_qs.arg(n, 7, 10, QLatin1Char('0'))},
            {u"channel"_qs, u"pos"_qs},
            {u"placed_by"_qs, u"usr_bench"_qs},
            {u"currency"_qs, u"EUR"_qs},
            {u"total"_qs, double(total)},
            {u"paid_total"_qs, double(total)},
            {u"lines"_qs, lines},
            {u"totals"_qs, totals}};
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"data-dir"_qs, u"The folder to fill (made if needed)."_qs, u"dir"_qs});
    parser.addOption({u"entries"_qs, u"How many entries."_qs, u"n"_qs, u"1000000"_qs});
    parser.process(app);
    const QString dir = parser.value(u"data-dir"_qs);
    const qint64 entries = parser.value(u"entries"_qs).toLongLong();
    if (dir.isEmpty() || entries < 1 || !QDir().mkpath(dir)) {
        std::fprintf(stderr, "usage: comptoir-bench-journal-fill --data-dir DIR [--entries N]\n");
        return 2;
    }
    SqliteStore store(QDir(dir).filePath(u"comptoir.db"_qs).toStdString(),
                      comptoir::sqlite::Durability::Normal);
    QElapsedTimer timer;
    timer.start();
    constexpr qint64 kBatch = 10000;
    for (qint64 done = 0; done < entries;) {
        const qint64 batch = std::min(kBatch, entries - done);
        store.transaction([&] {
            for (qint64 i = done; i < done + batch; ++i) {
                const QString store_ = i % 2 ? u"loc_paris"_qs : u"loc_lyon"_qs;
                if (i % 20 == 19)
                    store.appendJournalEntry({u"refund"_qs,
                                              store_,
                                              {},
                                              u"ref_bench%1"_qs.arg(i),
                                              {{u"refund_id"_qs, u"ref_bench%1"_qs.arg(i)},
                                               {u"amount"_qs, 500},
                                               {u"currency"_qs, u"EUR"_qs},
                                               {u"totals"_qs, QJsonArray{QJsonObject{{u"rate_bp"_qs, 2000},
                                                                                     {u"base"_qs, 417},
                                                                                     {u"tax"_qs, 83},
                                                                                     {u"total"_qs, 500}}}}}});
                else
                    store.appendJournalEntry({u"sale"_qs, store_, {}, u"ord_bench%1"_qs.arg(i), saleData(i)});
            }
        });
        done += batch;
        if (done % 100000 == 0 || done == entries)
            std::fprintf(stderr, "%lld entries, %.1f s\n", static_cast<long long>(done),
                         timer.elapsed() / 1000.0);
    }
    std::printf("entries=%lld fill_seconds=%.1f\n", static_cast<long long>(entries),
                timer.elapsed() / 1000.0);
    return 0;
}
