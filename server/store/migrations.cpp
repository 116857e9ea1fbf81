#include "store/migrations.h"

#include <array>
#include <string>

namespace comptoir::server {

namespace {

// Never edit a landed migration: add a new one. Index i holds the step to version i + 1.
constexpr std::array kMigrations = {
    // 1: foundation schema: users and tokens, catalog, locations, stock, change log, idempotency.
    R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE locations(
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('store', 'warehouse')),
  address TEXT NOT NULL DEFAULT '',
  timezone TEXT NOT NULL DEFAULT 'Europe/Paris'
) WITHOUT ROWID;

CREATE TABLE users(
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL UNIQUE COLLATE NOCASE,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('customer', 'kiosk', 'staff', 'manager', 'admin')),
  store_id TEXT REFERENCES locations(id),
  password_hash TEXT,
  created_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE tokens(
  hash BLOB PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id),
  expires_at INTEGER,
  created_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX tokens_by_user ON tokens(user_id);

CREATE TABLE devices(
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL UNIQUE REFERENCES users(id),
  name TEXT NOT NULL,
  store_id TEXT NOT NULL REFERENCES locations(id),
  created_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE categories(
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  parent_id TEXT REFERENCES categories(id),
  position INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX categories_by_parent ON categories(parent_id);

CREATE TABLE products(
  rowid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL COLLATE NOCASE,
  category_id TEXT REFERENCES categories(id),
  status TEXT NOT NULL CHECK (status IN ('active', 'archived')),
  min_price INTEGER NOT NULL,
  version INTEGER NOT NULL,
  updated_at TEXT NOT NULL,
  json TEXT NOT NULL
);
CREATE INDEX products_by_name ON products(status, name, id);
CREATE INDEX products_by_price ON products(status, min_price, id);
CREATE INDEX products_by_category ON products(category_id, status);

CREATE TABLE variants(
  sku TEXT PRIMARY KEY,
  product_id TEXT NOT NULL REFERENCES products(id),
  position INTEGER NOT NULL,
  price INTEGER NOT NULL CHECK (price >= 0),
  currency TEXT NOT NULL,
  barcode TEXT UNIQUE
) WITHOUT ROWID;
CREATE INDEX variants_by_product ON variants(product_id, position);

CREATE VIRTUAL TABLE products_fts USING fts5(
  name, brand, description, codes,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE stock(
  sku TEXT NOT NULL,
  location_id TEXT NOT NULL REFERENCES locations(id),
  on_hand INTEGER NOT NULL DEFAULT 0,
  reserved INTEGER NOT NULL DEFAULT 0 CHECK (reserved >= 0),
  PRIMARY KEY (sku, location_id)
) WITHOUT ROWID;
CREATE INDEX stock_by_location ON stock(location_id, sku);

CREATE TABLE movements(
  id INTEGER PRIMARY KEY,
  sku TEXT NOT NULL,
  location_id TEXT NOT NULL,
  on_hand_delta INTEGER NOT NULL,
  reserved_delta INTEGER NOT NULL,
  cause TEXT NOT NULL,
  cause_id TEXT NOT NULL,
  reason TEXT,
  on_hand_after INTEGER NOT NULL,
  reserved_after INTEGER NOT NULL,
  actor TEXT,
  at TEXT NOT NULL
);
CREATE INDEX movements_by_sku ON movements(sku, location_id, id);
CREATE INDEX movements_by_location ON movements(location_id, id);

-- Compacted change log: one row per entity at its latest seq. AUTOINCREMENT keeps seq
-- strictly increasing even after the newest row is deleted by compaction.
CREATE TABLE changes(
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  op TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
  data TEXT,
  scope_store TEXT,
  scope_user TEXT,
  changed_at INTEGER NOT NULL,
  UNIQUE (entity, entity_id)
);

CREATE TABLE idempotency(
  scope TEXT NOT NULL,
  key TEXT NOT NULL,
  request_hash BLOB NOT NULL,
  status INTEGER NOT NULL,
  body BLOB NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (scope, key)
) WITHOUT ROWID;
CREATE INDEX idempotency_by_age ON idempotency(created_at);
)sql",
};

int currentVersion(sqlite::Connection& c)
{
    auto st = c.prepare("PRAGMA user_version");
    return st.step() ? int(st.int64(0)) : 0;
}

} // namespace

int latestSqliteSchemaVersion()
{
    return int(kMigrations.size());
}

int migrateSqlite(sqlite::Connection& c)
{
    int version = currentVersion(c);
    if (version > latestSqliteSchemaVersion())
        throw sqlite::Error(0, "database schema version " + std::to_string(version) +
                                   " is newer than this server (" +
                                   std::to_string(latestSqliteSchemaVersion()) + "): upgrade the server");
    while (version < latestSqliteSchemaVersion()) {
        c.execScript("BEGIN IMMEDIATE");
        try {
            c.execScript(kMigrations[size_t(version)]);
            c.execScript(("PRAGMA user_version = " + std::to_string(version + 1)).c_str());
            c.execScript("COMMIT");
        } catch (...) {
            c.execScript("ROLLBACK");
            throw;
        }
        ++version;
    }
    return version;
}

} // namespace comptoir::server
