#pragma once
// `comptoir-server --verify-journal --data-dir DIR`: the fiscal journal of a stopped server
// checked from its files (the database and the fiscal key), for an auditor or a cron job.

#include <QString>

namespace comptoir::server {

// 0 when every entry holds; 1 naming the first bad seq on stdout; 2 when the files are missing.
// atAnchors: only the anchors' signatures (fiscal::SignatureCheck::Anchors).
int verifyJournalFiles(const QString& dataDir, bool atAnchors = false);

} // namespace comptoir::server
