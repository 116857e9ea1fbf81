#include "app/journalcheck.h"

#include "store/pgstore.h"
#include "store/sqlitestore.h"

#include <QDir>
#include <QFile>
#include <cstdio>

namespace comptoir::server {

int verifyJournalFiles(const QString& dataDir, const QString& databaseUrl, bool atAnchors)
{
    const QDir dir(dataDir);
    const bool postgres = databaseUrl.startsWith(u"postgres");
    const QString database = dir.filePath(u"comptoir.db"_qs);
    // Never made here: a missing key means the journal cannot be checked, not a new journal.
    const QString key = dir.filePath(u"fiscal-key.pem"_qs);
    QStringList files = {key};
    if (!postgres)
        files.append(database);
    for (const QString& needed : files) {
        if (!QFile::exists(needed)) {
            std::fprintf(stderr, "comptoir-server: %s is missing: no journal to check in %s\n",
                         qPrintable(QDir::toNativeSeparators(needed)), qPrintable(dataDir));
            return 2;
        }
    }
    try {
        std::unique_ptr<SqlStore> store;
        if (postgres)
            store = std::make_unique<PgStore>(databaseUrl.toStdString(), key);
        else
            store = std::make_unique<SqliteStore>(database.toStdString(), sqlite::Durability::Full);
        const JournalCheck check =
            store->verifyJournal(atAnchors ? fiscal::SignatureCheck::Anchors : fiscal::SignatureCheck::Every);
        if (check.firstInvalidSeq) {
            std::printf("fiscal journal INVALID: %lld entries; the first bad entry is seq %lld\n",
                        static_cast<long long>(check.entries),
                        static_cast<long long>(*check.firstInvalidSeq));
            return 1;
        }
        std::printf(atAnchors
                        ? "fiscal journal valid: %lld entries, every hash and the anchors' signatures hold\n"
                        : "fiscal journal valid: %lld entries, every hash and signature holds\n",
                    static_cast<long long>(check.entries));
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "comptoir-server: cannot check the journal: %s\n", e.what());
        return 2;
    }
}

} // namespace comptoir::server
