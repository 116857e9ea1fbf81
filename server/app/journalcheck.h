#pragma once
// `comptoir-server --verify-journal --data-dir DIR [--database URL]`: the fiscal journal checked
// from the database (the data folder's file, or PostgreSQL) and the data folder's fiscal key, for
// an auditor or a cron job.

#include <QString>

namespace comptoir::server {

// 0 when every entry holds; 1 naming the first bad seq on stdout; 2 when the files are missing.
// atAnchors: only the anchors' signatures (fiscal::SignatureCheck::Anchors).
int verifyJournalFiles(const QString& dataDir, const QString& databaseUrl = {}, bool atAnchors = false);

} // namespace comptoir::server
