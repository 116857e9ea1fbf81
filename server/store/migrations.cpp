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
    // 2: the money path: promotions, orders with their lines, order numbers per store, card tokens
    // of the payment simulator, payments, refunds, gateway charges and webhook events.
    R"sql(
ALTER TABLE products ADD COLUMN tax_class TEXT NOT NULL DEFAULT 'standard';
UPDATE products SET tax_class = json_extract(json, '$.tax_class');
ALTER TABLE changes ADD COLUMN scope_device TEXT;

CREATE TABLE promotions(
  code TEXT PRIMARY KEY COLLATE NOCASE,
  percent_off INTEGER CHECK (percent_off BETWEEN 1 AND 100),
  amount_off INTEGER CHECK (amount_off > 0),
  currency TEXT NOT NULL,
  min_subtotal INTEGER NOT NULL DEFAULT 0,
  starts_at INTEGER,
  ends_at INTEGER,
  max_uses INTEGER,
  uses INTEGER NOT NULL DEFAULT 0 CHECK (uses >= 0),
  created_at TEXT NOT NULL,
  CHECK ((percent_off IS NULL) <> (amount_off IS NULL)),
  CHECK (max_uses IS NULL OR uses <= max_uses)
) WITHOUT ROWID;

CREATE TABLE order_numbers(prefix TEXT PRIMARY KEY, last INTEGER NOT NULL) WITHOUT ROWID;

CREATE TABLE orders(
  id TEXT PRIMARY KEY,
  number TEXT NOT NULL UNIQUE,
  channel TEXT NOT NULL,
  store_id TEXT,
  customer_id TEXT,
  placed_by TEXT NOT NULL,
  status TEXT NOT NULL,
  fulfillment_type TEXT NOT NULL,
  location_id TEXT,
  promo_code TEXT,
  total INTEGER NOT NULL,
  paid_total INTEGER NOT NULL DEFAULT 0,
  refunded_total INTEGER NOT NULL DEFAULT 0,
  currency TEXT NOT NULL,
  offline INTEGER NOT NULL DEFAULT 0,
  reservation_expires_at INTEGER,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  json TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX orders_by_store ON orders(store_id, created_at);
CREATE INDEX orders_by_customer ON orders(customer_id, created_at);
CREATE INDEX orders_by_placer ON orders(placed_by, created_at);
CREATE INDEX orders_by_created ON orders(created_at);
CREATE INDEX orders_expiring ON orders(status, reservation_expires_at);

CREATE TABLE order_lines(
  order_id TEXT NOT NULL REFERENCES orders(id),
  position INTEGER NOT NULL,
  sku TEXT NOT NULL,
  name TEXT NOT NULL,
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  unit_price INTEGER NOT NULL,
  tax_rate_bp INTEGER NOT NULL,
  line_total INTEGER NOT NULL,
  discount INTEGER NOT NULL,
  tax INTEGER NOT NULL,
  reserved_at TEXT,
  PRIMARY KEY (order_id, position)
) WITHOUT ROWID;
CREATE INDEX order_lines_by_sku ON order_lines(sku);

CREATE TABLE card_tokens(
  token TEXT PRIMARY KEY,
  brand TEXT NOT NULL,
  last4 TEXT NOT NULL,
  behaviour TEXT NOT NULL,
  used INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE gateway_charges(
  key TEXT PRIMARY KEY,
  reference TEXT NOT NULL,
  approved INTEGER NOT NULL,
  decline_code TEXT,
  amount INTEGER NOT NULL,
  created_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE payments(
  id TEXT PRIMARY KEY,
  order_id TEXT NOT NULL REFERENCES orders(id),
  method TEXT NOT NULL,
  status TEXT NOT NULL,
  amount INTEGER NOT NULL,
  currency TEXT NOT NULL,
  refunded INTEGER NOT NULL DEFAULT 0,
  card_brand TEXT,
  card_last4 TEXT,
  decline_code TEXT,
  change_due INTEGER,
  gateway_reference TEXT,
  created_at TEXT NOT NULL,
  CHECK (refunded <= amount)
) WITHOUT ROWID;
CREATE INDEX payments_by_order ON payments(order_id);

CREATE TABLE refunds(
  id TEXT PRIMARY KEY,
  payment_id TEXT NOT NULL REFERENCES payments(id),
  amount INTEGER NOT NULL CHECK (amount > 0),
  reason TEXT,
  source TEXT NOT NULL,
  created_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE webhook_events(id TEXT PRIMARY KEY, type TEXT NOT NULL, received_at TEXT NOT NULL) WITHOUT ROWID;
)sql",
    // 3: processor events name charges by their reference.
    R"sql(
CREATE INDEX payments_by_reference ON payments(gateway_reference);
)sql",
    // 4: orders in a rowid table. In a WITHOUT ROWID table an order's row (its JSON, ~1 KB)
    //    spilled to an overflow page, and each order written touched both (−18 % paid orders/s).
    //    New orders now append to the table; the listing indexes end with the id, so that
    //    "ORDER BY created_at DESC, id DESC" still reads an index instead of sorting every order.
    //    The rows wait in a side table while `orders` is dropped and made again under its own
    //    name: order_lines and payments keep naming it (renaming the old table would rewrite
    //    their foreign keys), and their references, orphaned for a moment, count as deferred
    //    violations that the rows coming back clear before the commit.
    R"sql(
PRAGMA defer_foreign_keys = ON;
CREATE TABLE orders_before_v4 AS SELECT * FROM orders;
DROP TABLE orders;
CREATE TABLE orders(
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  number TEXT NOT NULL UNIQUE,
  channel TEXT NOT NULL,
  store_id TEXT,
  customer_id TEXT,
  placed_by TEXT NOT NULL,
  status TEXT NOT NULL,
  fulfillment_type TEXT NOT NULL,
  location_id TEXT,
  promo_code TEXT,
  total INTEGER NOT NULL,
  paid_total INTEGER NOT NULL DEFAULT 0,
  refunded_total INTEGER NOT NULL DEFAULT 0,
  currency TEXT NOT NULL,
  offline INTEGER NOT NULL DEFAULT 0,
  reservation_expires_at INTEGER,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  json TEXT NOT NULL);
INSERT INTO orders(id, number, channel, store_id, customer_id, placed_by, status, fulfillment_type,
                   location_id, promo_code, total, paid_total, refunded_total, currency, offline,
                   reservation_expires_at, created_at, updated_at, json)
  SELECT id, number, channel, store_id, customer_id, placed_by, status, fulfillment_type,
         location_id, promo_code, total, paid_total, refunded_total, currency, offline,
         reservation_expires_at, created_at, updated_at, json
  FROM orders_before_v4 ORDER BY created_at, id;
DROP TABLE orders_before_v4;
CREATE INDEX orders_by_store ON orders(store_id, created_at, id);
CREATE INDEX orders_by_customer ON orders(customer_id, created_at, id);
CREATE INDEX orders_by_placer ON orders(placed_by, created_at, id);
CREATE INDEX orders_by_created ON orders(created_at, id);
CREATE INDEX orders_expiring ON orders(status, reservation_expires_at);
)sql",
    // 5: each write of an order counts in `version`: a payment checks that number instead of
    //    reading and parsing the whole order again inside its transaction.
    R"sql(
ALTER TABLE orders ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
)sql",
    // 6: the payment simulator keeps its refunds as a processor does: per charge (their sum
    //    never above it) and by idempotency key (a refund asked again is answered, not made
    //    again); a charge remembers what its test card does on a refund. Our refunds name the
    //    processor's refund they mirror.
    R"sql(
ALTER TABLE gateway_charges ADD COLUMN refund_behaviour TEXT;
CREATE INDEX gateway_charges_by_reference ON gateway_charges(reference);
CREATE TABLE gateway_refunds(
  key TEXT PRIMARY KEY,
  charge_reference TEXT NOT NULL,
  reference TEXT NOT NULL,
  amount INTEGER NOT NULL CHECK (amount > 0),
  created_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX gateway_refunds_by_charge ON gateway_refunds(charge_reference);
ALTER TABLE refunds ADD COLUMN gateway_reference TEXT;
)sql",
    // 7: the payment simulator's events wait in an outbox, written in the transaction that
    //    raised them, until the webhook endpoint takes one (a 2xx); tried again with backoff,
    //    across restarts. Times in milliseconds since the epoch.
    R"sql(
CREATE TABLE webhook_outbox(
  id INTEGER PRIMARY KEY,
  event_id TEXT NOT NULL UNIQUE,
  body TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  last_error TEXT,
  created_at INTEGER NOT NULL
);
CREATE INDEX webhook_outbox_due ON webhook_outbox(next_attempt_at);
)sql",
    // 8: staff at a shared till. `users` admits the role `register` (a till enrolled as a
    //    device; the CHECK of version 1 refused it) and keeps a PIN's hash with the count of
    //    wrong PINs in a row (in the store, so every process sees one count); a token remembers
    //    the till it was obtained on. `users` is made again under its own name, as `orders` was in
    //    version 4, so that tokens, devices and orders keep naming it.
    R"sql(
PRAGMA defer_foreign_keys = ON;
CREATE TABLE users_before_v8 AS SELECT * FROM users;
DROP TABLE users;
CREATE TABLE users(
  id TEXT PRIMARY KEY,
  email TEXT NOT NULL UNIQUE COLLATE NOCASE,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('customer', 'kiosk', 'register', 'staff', 'manager', 'admin')),
  store_id TEXT REFERENCES locations(id),
  password_hash TEXT,
  created_at TEXT NOT NULL,
  pin_hash TEXT,
  pin_failures INTEGER NOT NULL DEFAULT 0 CHECK (pin_failures >= 0)
) WITHOUT ROWID;
INSERT INTO users(id, email, name, role, store_id, password_hash, created_at)
  SELECT id, email, name, role, store_id, password_hash, created_at FROM users_before_v8;
DROP TABLE users_before_v8;
ALTER TABLE tokens ADD COLUMN register_id TEXT REFERENCES users(id);
)sql",
    // 9: cash sessions, one register's drawer from opening to closing, with their pay-ins and
    //    pay-outs. Payments and refunds name the session they went through, and keep the VAT
    //    they carry by rate (a payment's allocated over its order's lines; a return's refund
    //    the VAT of the lines returned), so a session's report is a handful of aggregates over
    //    its own rows. A refund records how the money went back (`method`: a return may hand
    //    cash back for a card payment). The report at the close is kept (`report`): a Z never
    //    changes afterwards. At most one open session per register (the partial unique index).
    R"sql(
CREATE TABLE cash_sessions(
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  register_id TEXT NOT NULL REFERENCES users(id),
  store_id TEXT NOT NULL REFERENCES locations(id),
  status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
  currency TEXT NOT NULL,
  opening_float INTEGER NOT NULL CHECK (opening_float >= 0),
  opened_by TEXT NOT NULL,
  opened_at TEXT NOT NULL,
  closed_by TEXT,
  closed_at TEXT,
  counted INTEGER,
  expected_cash INTEGER,
  report TEXT,
  CHECK ((status = 'open') = (closed_at IS NULL))
);
CREATE UNIQUE INDEX cash_sessions_one_open ON cash_sessions(register_id) WHERE status = 'open';
CREATE INDEX cash_sessions_by_store ON cash_sessions(store_id, opened_at, id);
CREATE INDEX cash_sessions_by_opening ON cash_sessions(opened_at, id);

CREATE TABLE cash_movements(
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES cash_sessions(id),
  kind TEXT NOT NULL CHECK (kind IN ('in', 'out')),
  amount INTEGER NOT NULL CHECK (amount > 0),
  reason TEXT NOT NULL,
  at TEXT NOT NULL,
  by TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX cash_movements_by_session ON cash_movements(session_id, at, id);

ALTER TABLE payments ADD COLUMN cash_session_id TEXT REFERENCES cash_sessions(id);
CREATE INDEX payments_by_cash_session ON payments(cash_session_id, method, status, amount, order_id)
  WHERE cash_session_id IS NOT NULL;
ALTER TABLE refunds ADD COLUMN cash_session_id TEXT REFERENCES cash_sessions(id);
ALTER TABLE refunds ADD COLUMN method TEXT;
UPDATE refunds SET method = (SELECT method FROM payments WHERE payments.id = refunds.payment_id);
CREATE INDEX refunds_by_cash_session ON refunds(cash_session_id, method, amount)
  WHERE cash_session_id IS NOT NULL;

CREATE TABLE payment_taxes(
  payment_id TEXT NOT NULL REFERENCES payments(id),
  rate_bp INTEGER NOT NULL,
  total INTEGER NOT NULL,
  tax INTEGER NOT NULL,
  cash_session_id TEXT,
  PRIMARY KEY (payment_id, rate_bp)
) WITHOUT ROWID;
CREATE INDEX payment_taxes_by_cash_session ON payment_taxes(cash_session_id, rate_bp, total, tax)
  WHERE cash_session_id IS NOT NULL;
CREATE TABLE refund_taxes(
  refund_id TEXT NOT NULL REFERENCES refunds(id),
  rate_bp INTEGER NOT NULL,
  total INTEGER NOT NULL,
  tax INTEGER NOT NULL,
  cash_session_id TEXT,
  PRIMARY KEY (refund_id, rate_bp)
) WITHOUT ROWID;
CREATE INDEX refund_taxes_by_cash_session ON refund_taxes(cash_session_id, rate_bp, total, tax)
  WHERE cash_session_id IS NOT NULL;
)sql",
    // 10: returns, omnichannel: goods of an order brought back to any store. A return keeps its
    //     lines (what came back, and each line's part of the refund, so what is left to return
    //     is a sum per SKU) and its JSON as the API shows it; the refunds it gave name it. Its
    //     change is seen by the staff of two stores, the one that took it back and the order's
    //     own: the change log gains a second store scope.
    R"sql(
CREATE TABLE returns(
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  order_id TEXT NOT NULL REFERENCES orders(id),
  store_id TEXT NOT NULL REFERENCES locations(id),
  taken_by TEXT NOT NULL,
  restock INTEGER NOT NULL CHECK (restock IN (0, 1)),
  reason TEXT,
  refund_method TEXT NOT NULL CHECK (refund_method IN ('original', 'cash')),
  cash_session_id TEXT REFERENCES cash_sessions(id),
  refund_total INTEGER NOT NULL CHECK (refund_total >= 0),
  currency TEXT NOT NULL,
  created_at TEXT NOT NULL,
  json TEXT NOT NULL
);
CREATE INDEX returns_by_order ON returns(order_id, rid);
CREATE TABLE return_lines(
  return_id TEXT NOT NULL REFERENCES returns(id),
  order_id TEXT NOT NULL,
  sku TEXT NOT NULL,
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  refund INTEGER NOT NULL CHECK (refund >= 0),
  tax_rate_bp INTEGER NOT NULL,
  tax INTEGER NOT NULL,
  PRIMARY KEY (return_id, sku)
) WITHOUT ROWID;
CREATE INDEX return_lines_by_order ON return_lines(order_id, sku, quantity);
ALTER TABLE refunds ADD COLUMN return_id TEXT REFERENCES returns(id);
ALTER TABLE changes ADD COLUMN scope_store_also TEXT;
)sql",
    // 11: analytics: the shoppers' events, append-only, their time in
    //     milliseconds since the epoch so a window is an integer range. The funnel reads a window
    //     (and a channel) from one covering index, grouped by session; an order keeps the session
    //     it closed, found again through a partial index of the orders that have one.
    R"sql(
CREATE TABLE analytics_events(
  rid INTEGER PRIMARY KEY,
  session_id TEXT NOT NULL,
  channel TEXT NOT NULL CHECK (channel IN ('kiosk', 'web')),
  type TEXT NOT NULL CHECK (type IN ('view_product', 'add_to_cart', 'begin_checkout')),
  product_id TEXT,
  sku TEXT,
  at_ms INTEGER NOT NULL,
  received_ms INTEGER NOT NULL
);
CREATE INDEX analytics_events_by_time ON analytics_events(at_ms, channel, session_id, type);
ALTER TABLE orders ADD COLUMN session_id TEXT;
CREATE INDEX orders_by_session ON orders(session_id, status) WHERE session_id IS NOT NULL;
)sql",
    // 12 (accounts and mail, issue 15): a customer's phone and mail language; password-reset
    //    tokens by hash (user_id NULL for the placeholder row of an unknown address, written
    //    so both answers cost the same); the durable mail outbox. `next_attempt_at` (ms) is
    //    when a pending mail is due, and for one being sent the end of its sender's lease.
    R"sql(
ALTER TABLE users ADD COLUMN phone TEXT;
ALTER TABLE users ADD COLUMN language TEXT NOT NULL DEFAULT 'fr' CHECK (language IN ('fr', 'en'));
CREATE TABLE password_resets(
  hash BLOB PRIMARY KEY,
  user_id TEXT REFERENCES users(id),
  expires_at INTEGER NOT NULL,
  created_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX password_resets_by_expiry ON password_resets(expires_at);
CREATE TABLE mail_outbox(
  id INTEGER PRIMARY KEY,
  mail_id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  recipient TEXT NOT NULL,
  subject TEXT NOT NULL,
  message BLOB NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sending', 'sent')),
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  last_error TEXT,
  created_at INTEGER NOT NULL,
  sent_at INTEGER
);
CREATE INDEX mail_outbox_due ON mail_outbox(next_attempt_at, id) WHERE state <> 'sent';
)sql",
    // 13 (customer data, issue 15): what a customer keeps on their account. Addresses (at most a
    //    few per customer, counted on insert); a wishlist whose rowid keeps the order products
    //    were added in, and which keeps archived products (they are shown as no longer sold); one
    //    cart per customer, replaced whole, whose version only moves by a conditional write
    //    (`WHERE version = ?`), so two devices never overwrite each other unseen. The lines are
    //    one JSON array: the cart is always read and written whole.
    R"sql(
CREATE TABLE addresses(
  rid INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  customer_id TEXT NOT NULL REFERENCES users(id),
  label TEXT NOT NULL,
  name TEXT NOT NULL,
  line1 TEXT NOT NULL,
  line2 TEXT NOT NULL,
  postal_code TEXT NOT NULL,
  city TEXT NOT NULL,
  country TEXT NOT NULL CHECK (length(country) = 2),
  phone TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX addresses_by_customer ON addresses(customer_id, rid);
CREATE TABLE wishlist_items(
  rid INTEGER PRIMARY KEY,
  customer_id TEXT NOT NULL REFERENCES users(id),
  product_id TEXT NOT NULL REFERENCES products(id),
  added_at TEXT NOT NULL,
  UNIQUE (customer_id, product_id)
);
CREATE TABLE carts(
  customer_id TEXT PRIMARY KEY REFERENCES users(id),
  version INTEGER NOT NULL CHECK (version >= 1),
  lines TEXT NOT NULL,
  promo_code TEXT NOT NULL,
  updated_at TEXT NOT NULL
) WITHOUT ROWID;
)sql",
    // 14 — the fiscal journal (issue 16, API.md "Fiscal journal"): one hash chain for the whole
    // server, appended in the transaction of each sale, refund, cancellation and cash movement.
    // Triggers refuse changes through SQLite; someone editing the file around them is caught by
    // the chain and the signatures.
    R"sql(
CREATE TABLE fiscal_journal(
  seq INTEGER PRIMARY KEY,
  type TEXT NOT NULL,
  at TEXT NOT NULL,
  store_id TEXT,
  register_id TEXT,
  ref TEXT NOT NULL,
  data TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL,
  signature TEXT NOT NULL
);
CREATE INDEX fiscal_journal_by_store ON fiscal_journal(store_id, seq);
CREATE TRIGGER fiscal_journal_no_update BEFORE UPDATE ON fiscal_journal
BEGIN SELECT RAISE(ABORT, 'the fiscal journal is append-only'); END;
CREATE TRIGGER fiscal_journal_no_delete BEFORE DELETE ON fiscal_journal
BEGIN SELECT RAISE(ABORT, 'the fiscal journal is append-only'); END;
)sql",
    // 15 — the back office (issue 16, backroutes): a user disabled by an admin, a device revoked
    // by a manager, a promotion's version (If-Match) and disabled flag, the audit trail (written
    // by the writer connection's temporary triggers, store/sqlitestore_audit.cpp), and uploaded
    // product images.
    R"sql(
ALTER TABLE users ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1));
ALTER TABLE devices ADD COLUMN revoked_at TEXT;
ALTER TABLE promotions ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE promotions ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1));
CREATE TABLE audit(
  rid INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  role TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT NOT NULL,
  before TEXT,
  after TEXT,
  request_id TEXT NOT NULL,
  route TEXT NOT NULL
);
CREATE INDEX audit_by_time ON audit(at);
CREATE INDEX audit_by_actor ON audit(actor, rid);
CREATE INDEX audit_by_request ON audit(request_id);
CREATE TABLE product_images(
  product_id TEXT PRIMARY KEY REFERENCES products(id),
  content_type TEXT NOT NULL,
  bytes BLOB NOT NULL,
  updated_at TEXT NOT NULL
) WITHOUT ROWID;
)sql",
    // 16 — issue 16, the fiscal journal's closures, reprints and registers (helper `fiscal`):
    // closures indexed by store, period and date (a period is closed once: the primary key), the
    // reprints of an order counted without scanning the journal, and the register an order was
    // placed at, for its sale entry.
    R"sql(
CREATE TABLE fiscal_closures(
  store_id TEXT NOT NULL,
  period TEXT NOT NULL CHECK (period IN ('day', 'month', 'year')),
  date TEXT NOT NULL,
  seq INTEGER NOT NULL UNIQUE,
  last_seq INTEGER,
  PRIMARY KEY (store_id, period, date)
) WITHOUT ROWID;
CREATE TRIGGER fiscal_closures_no_update BEFORE UPDATE ON fiscal_closures
BEGIN SELECT RAISE(ABORT, 'closures are append-only'); END;
CREATE TRIGGER fiscal_closures_no_delete BEFORE DELETE ON fiscal_closures
BEGIN SELECT RAISE(ABORT, 'closures are append-only'); END;
CREATE INDEX fiscal_journal_reprints ON fiscal_journal(ref) WHERE type = 'reprint';
ALTER TABLE orders ADD COLUMN register_id TEXT;
)sql",
};

} // namespace

int latestSqliteSchemaVersion()
{
    return int(kMigrations.size());
}

int migrateSqlite(sqlite::Connection& c)
{
    return sqlite::migrate(c, kMigrations, "server");
}

} // namespace comptoir::server
