#include "sync/cache/cacheschema.h"

#include <array>

namespace comptoir::sync {

namespace {

constexpr std::array kSteps = {
    // 1: what the server publishes, as last pulled: catalog, locations, stock, promotions, the
    //    orders this principal may see, and the cursor (meta 'cursor') they were pulled up to.
    //    Entities keep the server's JSON as it came; the columns beside it serve lookups.
    R"sql(
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE categories(
  id TEXT PRIMARY KEY,
  parent_id TEXT,
  name TEXT NOT NULL,
  position INTEGER NOT NULL,
  json TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE products(
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  brand TEXT NOT NULL,
  category_id TEXT,
  status TEXT NOT NULL,
  min_price INTEGER,
  json TEXT NOT NULL);
CREATE INDEX products_by_category ON products(category_id, name);
CREATE INDEX products_by_name ON products(name);

CREATE TABLE variants(
  sku TEXT PRIMARY KEY,
  product_id TEXT NOT NULL,
  price INTEGER NOT NULL,
  barcode TEXT) WITHOUT ROWID;
CREATE INDEX variants_by_product ON variants(product_id);
CREATE INDEX variants_by_barcode ON variants(barcode) WHERE barcode IS NOT NULL;

-- Search as you type: the rowid is products.rid.
CREATE VIRTUAL TABLE products_fts USING fts5(
  name, brand, description, codes, tokenize = 'unicode61 remove_diacritics 2');

CREATE TABLE locations(
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  json TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE stock(
  sku TEXT NOT NULL,
  location_id TEXT NOT NULL,
  on_hand INTEGER NOT NULL,
  reserved INTEGER NOT NULL,
  PRIMARY KEY (sku, location_id)) WITHOUT ROWID;

CREATE TABLE promotions(code TEXT PRIMARY KEY, json TEXT NOT NULL) WITHOUT ROWID;

CREATE TABLE orders(
  id TEXT PRIMARY KEY,
  number TEXT,
  status TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  json TEXT NOT NULL) WITHOUT ROWID;
)sql",
    // 2: the outbox: user actions waiting to reach the server, in order, each with the key that
    //    makes resending it harmless. Orders created here and not yet confirmed are 'local'.
    R"sql(
CREATE TABLE outbox(
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  method TEXT NOT NULL,
  path TEXT NOT NULL,
  body BLOB NOT NULL,
  idempotency_key TEXT NOT NULL UNIQUE,
  entity TEXT NOT NULL DEFAULT '',
  entity_id TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'applied', 'rejected')),
  attempts INTEGER NOT NULL DEFAULT 0,
  status INTEGER,
  answer BLOB,
  reason TEXT,
  settled_at TEXT);
CREATE INDEX outbox_by_state ON outbox(state, id);

ALTER TABLE orders ADD COLUMN origin TEXT NOT NULL DEFAULT 'server';
)sql",
    // 3: the shopper's cart on this device, kept across restarts of the app (never sent as
    //    such: checkout turns it into an order). Its promo code lives in meta 'cart.promo_code'.
    R"sql(
CREATE TABLE cart_lines(
  sku TEXT PRIMARY KEY,
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  position INTEGER NOT NULL) WITHOUT ROWID;

-- The kiosk lists the catalog by price as well as by name.
CREATE INDEX products_by_price ON products(min_price, name);
)sql",
    // 4: search as you type on a large catalog: the first letters of a word match thousands of
    //    products, and FTS5 merges the lists of every word they begin unless it keeps prefixes
    //    of 2 and 3 characters itself. Rebuilt from what the cache holds.
    R"sql(
DROP TABLE products_fts;
CREATE VIRTUAL TABLE products_fts USING fts5(
  name, brand, description, codes, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
INSERT INTO products_fts(rowid, name, brand, description, codes)
  SELECT p.rid, p.name, p.brand, coalesce(json_extract(p.json, '$.description'), ''),
         coalesce((SELECT group_concat(v.sku || coalesce(' ' || v.barcode, ''), ' ')
                   FROM variants v WHERE v.product_id = p.id), '')
  FROM products p;
)sql",
    // 5: the first bootstrap builds the indexes and the search index at the end (a client that
    //    does not know it must not open a cache in the middle of one: this step makes such a
    //    client set the file aside). FTS5 writes a segment each time its pending terms pass
    //    `hashsize` (1 MB by default) and merges them: 16 MB builds 100,000 products' index 20 %
    //    faster.
    R"sql(
INSERT INTO products_fts(products_fts, rank) VALUES('hashsize', 16777216);
)sql",
    // 6: the drawers of the store (staff and managers see them in the feed): a console shows its
    //    register's session, its movements and its last Z report offline. A store has a handful
    //    of sessions a day: no index beyond the keys.
    R"sql(
CREATE TABLE cash_sessions(
  id TEXT PRIMARY KEY,
  store_id TEXT NOT NULL,
  register_id TEXT NOT NULL,
  status TEXT NOT NULL,
  opened_at TEXT NOT NULL,
  json TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE cash_movements(
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL,
  at TEXT NOT NULL,
  json TEXT NOT NULL) WITHOUT ROWID;
)sql",
    // 7: who each outbox entry is sent as. At a till the signed-in cashier changes every few
    //    minutes: an offline sale goes to the server as the cashier who rang it up (its token,
    //    `credential`, held only while the entry is pending), not as whoever is signed in when the
    //    link comes back. `credential_identity` is the cache identity (server and scope) that
    //    token signed in under; `handed_over_at` says when the server refused it (expired, signed
    //    out) and the entry went on with the current token of the same scope; `parked_at` when
    //    it was refused while someone of another scope was signed in (no one may take it over):
    //    it and the later entries of its identity are passed over, the others go on. Entries
    //    written before this step have none: they go with the current token, as they did.
    R"sql(
ALTER TABLE outbox ADD COLUMN credential BLOB;
ALTER TABLE outbox ADD COLUMN credential_identity TEXT;
ALTER TABLE outbox ADD COLUMN handed_over_at TEXT;
ALTER TABLE outbox ADD COLUMN parked_at TEXT;
)sql",
    // 8: the returns taken at the store, and those of its own orders taken elsewhere (the feed's
    //    scope): a console says offline what of a sale already came back. Read by order (its index
    //    is also a secondary one: dropped for a first load, built again at its end).
    R"sql(
CREATE TABLE returns(
  id TEXT PRIMARY KEY,
  order_id TEXT NOT NULL,
  store_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  json TEXT NOT NULL) WITHOUT ROWID;
CREATE INDEX returns_by_order ON returns(order_id, created_at);
)sql",
    // 9 (shop, orders and wishlist part): the signed-in customer's wishlist as the feed sends it,
    //    one row per customer holding the whole list (product ids, newest first). A heart toggled
    //    offline writes it here at once (the outbox's local effect) until the feed confirms.
    R"sql(
CREATE TABLE wishlist(
  customer_id TEXT PRIMARY KEY,
  json TEXT NOT NULL) WITHOUT ROWID;
)sql",
    // 10 (shop browsing): every option value of every product's variants ("taille" M, "couleur"
    //    bleu), one row each, so the shop's size and colour facets filter and count with an index
    //    instead of parsing each product's JSON on every click. Kept by ChangeApplier::putProduct;
    //    filled here from what the cache already holds. And an index that covers a department's
    //    list under the brand and price facets.
    R"sql(
CREATE TABLE product_options(
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  rid INTEGER NOT NULL,
  PRIMARY KEY (key, value, rid)) WITHOUT ROWID;
CREATE INDEX product_options_by_product ON product_options(rid);
-- A click's list reads a department's products by brand, price and status from this index alone
-- (no row of the table: 20,000 random reads were 40 ms a query).
CREATE INDEX products_for_facets ON products(category_id, status, brand, min_price, name);
INSERT OR IGNORE INTO product_options(key, value, rid)
  SELECT o.key, o.value, p.rid FROM products p, json_each(p.json, '$.variants') v,
         json_each(v.value, '$.options') o
  WHERE o.type = 'text';
)sql",
    // 11 (shop account) the signed-in customer's own, from the feed: their saved addresses (the
    //    account page lists them offline) and the cart kept on the server, one row, with the
    //    version a PUT must name. Cleared with the customer's other rows at sign-out.
    R"sql(
CREATE TABLE addresses(
  id TEXT PRIMARY KEY,
  json TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE server_cart(
  customer_id TEXT PRIMARY KEY,
  version INTEGER NOT NULL,
  json TEXT NOT NULL) WITHOUT ROWID;
)sql",
};

constexpr std::array kSecondaryIndexes = {
    CacheIndex{"products_by_category",
               "CREATE INDEX IF NOT EXISTS products_by_category ON products(category_id, name)"},
    CacheIndex{"products_by_name", "CREATE INDEX IF NOT EXISTS products_by_name ON products(name)"},
    CacheIndex{"products_by_price",
               "CREATE INDEX IF NOT EXISTS products_by_price ON products(min_price, name)"},
    CacheIndex{"variants_by_product",
               "CREATE INDEX IF NOT EXISTS variants_by_product ON variants(product_id)"},
    CacheIndex{
        "variants_by_barcode",
        "CREATE INDEX IF NOT EXISTS variants_by_barcode ON variants(barcode) WHERE barcode IS NOT NULL"},
    CacheIndex{"returns_by_order",
               "CREATE INDEX IF NOT EXISTS returns_by_order ON returns(order_id, created_at)"},
    // shop browsing: the facets' per-product lookup
    CacheIndex{"product_options_by_product",
               "CREATE INDEX IF NOT EXISTS product_options_by_product ON product_options(rid)"},
    CacheIndex{"products_for_facets",
               "CREATE INDEX IF NOT EXISTS products_for_facets ON products(category_id, "
               "status, brand, min_price, name)"},
};

} // namespace

std::span<const char* const> cacheMigrations()
{
    return kSteps;
}

std::span<const CacheIndex> cacheSecondaryIndexes()
{
    return kSecondaryIndexes;
}

const char* fillSearchIndexSql()
{
    // What ChangeApplier::putProduct writes for one product, for all of them at once.
    return R"sql(
INSERT INTO products_fts(rowid, name, brand, description, codes)
  SELECT p.rid, p.name, p.brand, coalesce(json_extract(p.json, '$.description'), ''),
         coalesce((SELECT group_concat(v.sku || coalesce(' ' || v.barcode, ''), ' ')
                   FROM variants v WHERE v.product_id = p.id), '')
  FROM products p;
)sql";
}

} // namespace comptoir::sync
