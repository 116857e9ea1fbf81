#include "store/pg/pgmigrations.h"

#include <array>

namespace comptoir::pg {

namespace {

void ensureVersionTable(Connection& c)
{
    c.execScript("CREATE TABLE IF NOT EXISTS schema_version(version integer NOT NULL);");
}

int readVersion(Connection& c)
{
    auto st = c.prepare("SELECT version FROM schema_version");
    return st.step() ? int(st.int64(0)) : 0;
}

} // namespace

int schemaVersion(Connection& connection)
{
    auto st = connection.prepare("SELECT to_regclass('schema_version') IS NOT NULL");
    if (!st.step() || st.int64(0) == 0)
        return 0;
    return readVersion(connection);
}

int migrate(Connection& connection, std::span<const char* const> steps, const std::string& owner)
{
    const int latest = int(steps.size());
    for (;;) {
        Transaction t(connection);
        // Held to the end of the transaction: a second server waits here, then finds the work done.
        connection.prepare("SELECT pg_advisory_xact_lock(?)").bind(1, kMigrationLockKey).exec();
        ensureVersionTable(connection);
        const int version = readVersion(connection);
        if (version > latest)
            throw NewerSchemaError(
                "XX000", owner + ": the database is at schema version " + std::to_string(version) +
                             ", written by a newer program (this one knows " + std::to_string(latest) + ")");
        if (version == latest) {
            t.commit();
            return version;
        }
        connection.execScript(steps[size_t(version)]);
        connection.execScript("DELETE FROM schema_version;");
        connection.prepare("INSERT INTO schema_version(version) VALUES(?)").bind(1, version + 1).exec();
        t.commit();
    }
}

} // namespace comptoir::pg

namespace comptoir::server {

namespace {

// Never edit a landed migration: add a new one. Index i holds the step to version i + 1.
// Types: SQLite's INTEGER is bigint, TEXT text, BLOB bytea. A table SQLite gave an implicit or
// INTEGER PRIMARY KEY rowid has an identity column of the same name, so the shared SQL reads it.
constexpr std::array kMigrations = {
    // 1: the whole schema of SQLite's version 16, and the SQLite functions the store's SQL calls.
    R"sql(
CREATE EXTENSION IF NOT EXISTS unaccent;

-- SQLite's COLLATE NOCASE: equal whatever the case (emails, promotion codes, product names).
CREATE COLLATION nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false);

-- Search: French and English stemming, accents removed before stemming ("cafe" finds "Café").
CREATE TEXT SEARCH CONFIGURATION comptoir_french (COPY = pg_catalog.french);
ALTER TEXT SEARCH CONFIGURATION comptoir_french
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;
CREATE TEXT SEARCH CONFIGURATION comptoir_english (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION comptoir_english
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
CREATE TEXT SEARCH CONFIGURATION comptoir_codes (COPY = pg_catalog.simple);

---------------------------------------------------------------------------------------------
-- SQLite's functions, as the store's SQL uses them.

-- '$.a.b[0]' or '$."a.b"' → '{a,b,0}' for the #> operator.
CREATE FUNCTION comptoir_json_path(path text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT COALESCE(array_agg(COALESCE(m[1], m[2], m[3]) ORDER BY n), '{}')
  FROM regexp_matches(path, '\.([^.\["]+)|\."([^"]*)"|\[([0-9]+)\]', 'g') WITH ORDINALITY AS t(m, n)
$$;

-- A JSON value as SQLite's json_extract returns it: a string unquoted, true/false as 1/0,
-- null as NULL, a number, array or object as its JSON text.
CREATE FUNCTION comptoir_json_text(v json) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE json_typeof(v)
    WHEN 'string' THEN v #>> '{}'
    WHEN 'null' THEN NULL
    WHEN 'boolean' THEN CASE WHEN v::text = 'true' THEN '1' ELSE '0' END
    ELSE v::text END
$$;

-- SQLite's json_each type names.
CREATE FUNCTION comptoir_json_type(v json) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE json_typeof(v)
    WHEN 'string' THEN 'text'
    WHEN 'number' THEN CASE WHEN v::text ~ '^-?[0-9]+$' THEN 'integer' ELSE 'real' END
    WHEN 'boolean' THEN v::text
    ELSE json_typeof(v) END
$$;

CREATE FUNCTION json_extract(doc text, path text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT comptoir_json_text(doc::json #> comptoir_json_path(path))
$$;

-- json_each(doc [, path]): the elements of an array (key 0, 1, …) or the members of an object
-- (in their order), or the one value of a scalar; none for NULL. Columns as SQLite names them.
CREATE FUNCTION json_each(doc text, root text DEFAULT '$')
RETURNS TABLE(key text, value text, type text, atom text, fullkey text, path text)
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  v json := doc::json #> comptoir_json_path(root);
BEGIN
  IF v IS NULL THEN
    RETURN;
  ELSIF json_typeof(v) = 'array' THEN
    RETURN QUERY
      SELECT (e.n - 1)::text, comptoir_json_text(e.x), comptoir_json_type(e.x),
             CASE WHEN json_typeof(e.x) IN ('array', 'object') THEN NULL ELSE comptoir_json_text(e.x) END,
             root || '[' || (e.n - 1) || ']', root
      FROM json_array_elements(v) WITH ORDINALITY AS e(x, n);
  ELSIF json_typeof(v) = 'object' THEN
    RETURN QUERY
      SELECT o.k, comptoir_json_text(o.x), comptoir_json_type(o.x),
             CASE WHEN json_typeof(o.x) IN ('array', 'object') THEN NULL ELSE comptoir_json_text(o.x) END,
             root || '.' || o.k, root
      FROM pg_catalog.json_each(v) AS o(k, x);
  ELSE
    RETURN QUERY SELECT NULL::text, comptoir_json_text(v), comptoir_json_type(v), comptoir_json_text(v), root, root;
  END IF;
END
$$;

-- group_concat(value [, separator]): NULLs skipped, NULL for no value; ',' by default.
CREATE FUNCTION comptoir_group_concat_step(state text, value text, separator text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN value IS NULL THEN state WHEN state IS NULL THEN value
              ELSE state || COALESCE(separator, '') || value END
$$;
CREATE AGGREGATE group_concat(text, text) (SFUNC = comptoir_group_concat_step, STYPE = text);
CREATE FUNCTION comptoir_group_concat_step(state text, value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT comptoir_group_concat_step(state, value, ',')
$$;
CREATE AGGREGATE group_concat(text) (SFUNC = comptoir_group_concat_step, STYPE = text);

-- total(x): a sum that is 0.0 over no row or only NULLs, as a double.
CREATE AGGREGATE total(double precision) (SFUNC = float8pl, STYPE = float8, INITCOND = '0');

-- Scalar max(a, b) / min(a, b): NULL when either is NULL (GREATEST/LEAST would skip it).
CREATE FUNCTION max(a anycompatible, b anycompatible) RETURNS anycompatible
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN a IS NULL OR b IS NULL THEN NULL ELSE GREATEST(a, b) END
$$;
CREATE FUNCTION min(a anycompatible, b anycompatible) RETURNS anycompatible
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT CASE WHEN a IS NULL OR b IS NULL THEN NULL ELSE LEAST(a, b) END
$$;

CREATE FUNCTION ifnull(a anycompatible, b anycompatible) RETURNS anycompatible
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT COALESCE(a, b) $$;

-- Append-only tables refuse changes as SQLite's RAISE(ABORT) does: a constraint error.
CREATE FUNCTION comptoir_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'integrity_constraint_violation';
END
$$;

---------------------------------------------------------------------------------------------
-- Tables, in SQLite's version 16.

CREATE TABLE meta(key text PRIMARY KEY, value text NOT NULL);

CREATE TABLE locations(
  id text PRIMARY KEY,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('store', 'warehouse')),
  address text NOT NULL DEFAULT '',
  timezone text NOT NULL DEFAULT 'Europe/Paris'
);

CREATE TABLE users(
  id text PRIMARY KEY,
  email text NOT NULL UNIQUE COLLATE nocase,
  name text NOT NULL,
  role text NOT NULL CHECK (role IN ('customer', 'kiosk', 'register', 'staff', 'manager', 'admin')),
  store_id text REFERENCES locations(id),
  password_hash text,
  created_at text NOT NULL,
  pin_hash text,
  pin_failures bigint NOT NULL DEFAULT 0 CHECK (pin_failures >= 0),
  phone text,
  language text NOT NULL DEFAULT 'fr' CHECK (language IN ('fr', 'en')),
  disabled bigint NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1))
);

CREATE TABLE tokens(
  hash bytea PRIMARY KEY,
  user_id text NOT NULL REFERENCES users(id),
  expires_at bigint,
  created_at bigint NOT NULL,
  register_id text REFERENCES users(id)
);
CREATE INDEX tokens_by_user ON tokens(user_id);

CREATE TABLE devices(
  id text PRIMARY KEY,
  user_id text NOT NULL UNIQUE REFERENCES users(id),
  name text NOT NULL,
  store_id text NOT NULL REFERENCES locations(id),
  created_at text NOT NULL,
  revoked_at text
);

CREATE TABLE categories(
  id text PRIMARY KEY,
  name text NOT NULL,
  parent_id text REFERENCES categories(id),
  position bigint NOT NULL DEFAULT 0
);
CREATE INDEX categories_by_parent ON categories(parent_id);

CREATE TABLE products(
  rowid bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  id text NOT NULL UNIQUE,
  name text NOT NULL COLLATE nocase,
  category_id text REFERENCES categories(id),
  status text NOT NULL CHECK (status IN ('active', 'archived')),
  min_price bigint NOT NULL,
  version bigint NOT NULL,
  updated_at text NOT NULL,
  json text NOT NULL,
  tax_class text NOT NULL DEFAULT 'standard'
);
CREATE INDEX products_by_name ON products(status, name, id);
CREATE INDEX products_by_price ON products(status, min_price, id);
CREATE INDEX products_by_category ON products(category_id, status);

CREATE TABLE variants(
  sku text PRIMARY KEY,
  product_id text NOT NULL REFERENCES products(id),
  position bigint NOT NULL,
  price bigint NOT NULL CHECK (price >= 0),
  currency text NOT NULL,
  barcode text UNIQUE
);
CREATE INDEX variants_by_product ON variants(product_id, position);

-- SQLite's FTS5 table, with the columns the store writes; `document` is what is searched:
-- name (A), codes (B: SKUs and barcodes, unstemmed), brand (C), description (D), in French and
-- in English. Ranking and the query are the store's (ts_rank_cd over `document`).
CREATE TABLE products_fts(
  rowid bigint PRIMARY KEY,
  name text,
  brand text,
  description text,
  codes text,
  document tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('comptoir_french', COALESCE(name, '')), 'A') ||
    setweight(to_tsvector('comptoir_english', COALESCE(name, '')), 'A') ||
    setweight(to_tsvector('comptoir_codes', COALESCE(codes, '')), 'B') ||
    setweight(to_tsvector('comptoir_codes', COALESCE(brand, '')), 'C') ||
    setweight(to_tsvector('comptoir_french', COALESCE(description, '')), 'D') ||
    setweight(to_tsvector('comptoir_english', COALESCE(description, '')), 'D')) STORED
);
CREATE INDEX products_fts_document ON products_fts USING gin(document);

CREATE TABLE stock(
  sku text NOT NULL,
  location_id text NOT NULL REFERENCES locations(id),
  on_hand bigint NOT NULL DEFAULT 0,
  reserved bigint NOT NULL DEFAULT 0 CHECK (reserved >= 0),
  PRIMARY KEY (sku, location_id)
);
CREATE INDEX stock_by_location ON stock(location_id, sku);

CREATE TABLE movements(
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  sku text NOT NULL,
  location_id text NOT NULL,
  on_hand_delta bigint NOT NULL,
  reserved_delta bigint NOT NULL,
  cause text NOT NULL,
  cause_id text NOT NULL,
  reason text,
  on_hand_after bigint NOT NULL,
  reserved_after bigint NOT NULL,
  actor text,
  at text NOT NULL
);
CREATE INDEX movements_by_sku ON movements(sku, location_id, id);
CREATE INDEX movements_by_location ON movements(location_id, id);

-- The compacted change log. The order in which concurrent writers' seqs commit is the store's
-- business (issue 17, item 2): an identity alone does not guarantee it.
CREATE TABLE changes(
  seq bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  entity text NOT NULL,
  entity_id text NOT NULL,
  op text NOT NULL CHECK (op IN ('upsert', 'delete')),
  data text,
  scope_store text,
  scope_user text,
  changed_at bigint NOT NULL,
  scope_device text,
  scope_store_also text,
  UNIQUE (entity, entity_id)
);

CREATE TABLE idempotency(
  scope text NOT NULL,
  key text NOT NULL,
  request_hash bytea NOT NULL,
  status bigint NOT NULL,
  body bytea NOT NULL,
  created_at bigint NOT NULL,
  PRIMARY KEY (scope, key)
);
CREATE INDEX idempotency_by_age ON idempotency(created_at);

CREATE TABLE promotions(
  code text PRIMARY KEY COLLATE nocase,
  percent_off bigint CHECK (percent_off BETWEEN 1 AND 100),
  amount_off bigint CHECK (amount_off > 0),
  currency text NOT NULL,
  min_subtotal bigint NOT NULL DEFAULT 0,
  starts_at bigint,
  ends_at bigint,
  max_uses bigint,
  uses bigint NOT NULL DEFAULT 0 CHECK (uses >= 0),
  created_at text NOT NULL,
  version bigint NOT NULL DEFAULT 1,
  disabled bigint NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
  CHECK ((percent_off IS NULL) <> (amount_off IS NULL)),
  CHECK (max_uses IS NULL OR uses <= max_uses)
);

CREATE TABLE order_numbers(prefix text PRIMARY KEY, last bigint NOT NULL);

CREATE TABLE orders(
  rid bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  id text NOT NULL UNIQUE,
  number text NOT NULL UNIQUE,
  channel text NOT NULL,
  store_id text,
  customer_id text,
  placed_by text NOT NULL,
  status text NOT NULL,
  fulfillment_type text NOT NULL,
  location_id text,
  promo_code text,
  total bigint NOT NULL,
  paid_total bigint NOT NULL DEFAULT 0,
  refunded_total bigint NOT NULL DEFAULT 0,
  currency text NOT NULL,
  offline bigint NOT NULL DEFAULT 0,
  reservation_expires_at bigint,
  created_at text NOT NULL,
  updated_at text NOT NULL,
  json text NOT NULL,
  version bigint NOT NULL DEFAULT 0,
  session_id text,
  register_id text
);
CREATE INDEX orders_by_store ON orders(store_id, created_at, id);
CREATE INDEX orders_by_customer ON orders(customer_id, created_at, id);
CREATE INDEX orders_by_placer ON orders(placed_by, created_at, id);
CREATE INDEX orders_by_created ON orders(created_at, id);
CREATE INDEX orders_expiring ON orders(status, reservation_expires_at);
CREATE INDEX orders_by_session ON orders(session_id, status) WHERE session_id IS NOT NULL;

CREATE TABLE order_lines(
  order_id text NOT NULL REFERENCES orders(id),
  position bigint NOT NULL,
  sku text NOT NULL,
  name text NOT NULL,
  quantity bigint NOT NULL CHECK (quantity > 0),
  unit_price bigint NOT NULL,
  tax_rate_bp bigint NOT NULL,
  line_total bigint NOT NULL,
  discount bigint NOT NULL,
  tax bigint NOT NULL,
  reserved_at text,
  PRIMARY KEY (order_id, position)
);
CREATE INDEX order_lines_by_sku ON order_lines(sku);

CREATE TABLE card_tokens(
  token text PRIMARY KEY,
  brand text NOT NULL,
  last4 text NOT NULL,
  behaviour text NOT NULL,
  used bigint NOT NULL DEFAULT 0,
  created_at bigint NOT NULL
);

CREATE TABLE gateway_charges(
  key text PRIMARY KEY,
  reference text NOT NULL,
  approved bigint NOT NULL,
  decline_code text,
  amount bigint NOT NULL,
  created_at bigint NOT NULL,
  refund_behaviour text
);
CREATE INDEX gateway_charges_by_reference ON gateway_charges(reference);

CREATE TABLE gateway_refunds(
  key text PRIMARY KEY,
  charge_reference text NOT NULL,
  reference text NOT NULL,
  amount bigint NOT NULL CHECK (amount > 0),
  created_at bigint NOT NULL
);
CREATE INDEX gateway_refunds_by_charge ON gateway_refunds(charge_reference);

CREATE TABLE webhook_events(id text PRIMARY KEY, type text NOT NULL, received_at text NOT NULL);

CREATE TABLE webhook_outbox(
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  event_id text NOT NULL UNIQUE,
  body text NOT NULL,
  attempts bigint NOT NULL DEFAULT 0,
  next_attempt_at bigint NOT NULL,
  last_error text,
  created_at bigint NOT NULL
);
CREATE INDEX webhook_outbox_due ON webhook_outbox(next_attempt_at);

CREATE TABLE cash_sessions(
  rid bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  id text NOT NULL UNIQUE,
  register_id text NOT NULL REFERENCES users(id),
  store_id text NOT NULL REFERENCES locations(id),
  status text NOT NULL CHECK (status IN ('open', 'closed')),
  currency text NOT NULL,
  opening_float bigint NOT NULL CHECK (opening_float >= 0),
  opened_by text NOT NULL,
  opened_at text NOT NULL,
  closed_by text,
  closed_at text,
  counted bigint,
  expected_cash bigint,
  report text,
  CHECK ((status = 'open') = (closed_at IS NULL))
);
CREATE UNIQUE INDEX cash_sessions_one_open ON cash_sessions(register_id) WHERE status = 'open';
CREATE INDEX cash_sessions_by_store ON cash_sessions(store_id, opened_at, id);
CREATE INDEX cash_sessions_by_opening ON cash_sessions(opened_at, id);

CREATE TABLE cash_movements(
  id text PRIMARY KEY,
  session_id text NOT NULL REFERENCES cash_sessions(id),
  kind text NOT NULL CHECK (kind IN ('in', 'out')),
  amount bigint NOT NULL CHECK (amount > 0),
  reason text NOT NULL,
  at text NOT NULL,
  by text NOT NULL
);
CREATE INDEX cash_movements_by_session ON cash_movements(session_id, at, id);

CREATE TABLE payments(
  id text PRIMARY KEY,
  order_id text NOT NULL REFERENCES orders(id),
  method text NOT NULL,
  status text NOT NULL,
  amount bigint NOT NULL,
  currency text NOT NULL,
  refunded bigint NOT NULL DEFAULT 0,
  card_brand text,
  card_last4 text,
  decline_code text,
  change_due bigint,
  gateway_reference text,
  created_at text NOT NULL,
  cash_session_id text REFERENCES cash_sessions(id),
  CHECK (refunded <= amount)
);
CREATE INDEX payments_by_order ON payments(order_id);
CREATE INDEX payments_by_reference ON payments(gateway_reference);
CREATE INDEX payments_by_cash_session ON payments(cash_session_id, method, status, amount, order_id)
  WHERE cash_session_id IS NOT NULL;

CREATE TABLE returns(
  rid bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  id text NOT NULL UNIQUE,
  order_id text NOT NULL REFERENCES orders(id),
  store_id text NOT NULL REFERENCES locations(id),
  taken_by text NOT NULL,
  restock bigint NOT NULL CHECK (restock IN (0, 1)),
  reason text,
  refund_method text NOT NULL CHECK (refund_method IN ('original', 'cash')),
  cash_session_id text REFERENCES cash_sessions(id),
  refund_total bigint NOT NULL CHECK (refund_total >= 0),
  currency text NOT NULL,
  created_at text NOT NULL,
  json text NOT NULL
);
CREATE INDEX returns_by_order ON returns(order_id, rid);

CREATE TABLE return_lines(
  return_id text NOT NULL REFERENCES returns(id),
  order_id text NOT NULL,
  sku text NOT NULL,
  quantity bigint NOT NULL CHECK (quantity > 0),
  refund bigint NOT NULL CHECK (refund >= 0),
  tax_rate_bp bigint NOT NULL,
  tax bigint NOT NULL,
  PRIMARY KEY (return_id, sku)
);
CREATE INDEX return_lines_by_order ON return_lines(order_id, sku, quantity);

CREATE TABLE refunds(
  id text PRIMARY KEY,
  payment_id text NOT NULL REFERENCES payments(id),
  amount bigint NOT NULL CHECK (amount > 0),
  reason text,
  source text NOT NULL,
  created_at text NOT NULL,
  gateway_reference text,
  cash_session_id text REFERENCES cash_sessions(id),
  method text,
  return_id text REFERENCES returns(id)
);
CREATE INDEX refunds_by_cash_session ON refunds(cash_session_id, method, amount)
  WHERE cash_session_id IS NOT NULL;

CREATE TABLE payment_taxes(
  payment_id text NOT NULL REFERENCES payments(id),
  rate_bp bigint NOT NULL,
  total bigint NOT NULL,
  tax bigint NOT NULL,
  cash_session_id text,
  PRIMARY KEY (payment_id, rate_bp)
);
CREATE INDEX payment_taxes_by_cash_session ON payment_taxes(cash_session_id, rate_bp, total, tax)
  WHERE cash_session_id IS NOT NULL;

CREATE TABLE refund_taxes(
  refund_id text NOT NULL REFERENCES refunds(id),
  rate_bp bigint NOT NULL,
  total bigint NOT NULL,
  tax bigint NOT NULL,
  cash_session_id text,
  PRIMARY KEY (refund_id, rate_bp)
);
CREATE INDEX refund_taxes_by_cash_session ON refund_taxes(cash_session_id, rate_bp, total, tax)
  WHERE cash_session_id IS NOT NULL;

CREATE TABLE analytics_events(
  rid bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  session_id text NOT NULL,
  channel text NOT NULL CHECK (channel IN ('kiosk', 'web')),
  type text NOT NULL CHECK (type IN ('view_product', 'add_to_cart', 'begin_checkout')),
  product_id text,
  sku text,
  at_ms bigint NOT NULL,
  received_ms bigint NOT NULL
);
CREATE INDEX analytics_events_by_time ON analytics_events(at_ms, channel, session_id, type);

CREATE TABLE password_resets(
  hash bytea PRIMARY KEY,
  user_id text REFERENCES users(id),
  expires_at bigint NOT NULL,
  created_at bigint NOT NULL
);
CREATE INDEX password_resets_by_expiry ON password_resets(expires_at);

CREATE TABLE mail_outbox(
  id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  mail_id text NOT NULL UNIQUE,
  kind text NOT NULL,
  recipient text NOT NULL,
  subject text NOT NULL,
  message bytea NOT NULL,
  state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'sending', 'sent')),
  attempts bigint NOT NULL DEFAULT 0,
  next_attempt_at bigint NOT NULL,
  last_error text,
  created_at bigint NOT NULL,
  sent_at bigint
);
CREATE INDEX mail_outbox_due ON mail_outbox(next_attempt_at, id) WHERE state <> 'sent';

CREATE TABLE addresses(
  rid bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  id text NOT NULL UNIQUE,
  customer_id text NOT NULL REFERENCES users(id),
  label text NOT NULL,
  name text NOT NULL,
  line1 text NOT NULL,
  line2 text NOT NULL,
  postal_code text NOT NULL,
  city text NOT NULL,
  country text NOT NULL CHECK (length(country) = 2),
  phone text NOT NULL,
  created_at text NOT NULL
);
CREATE INDEX addresses_by_customer ON addresses(customer_id, rid);

CREATE TABLE wishlist_items(
  rid bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  customer_id text NOT NULL REFERENCES users(id),
  product_id text NOT NULL REFERENCES products(id),
  added_at text NOT NULL,
  UNIQUE (customer_id, product_id)
);

CREATE TABLE carts(
  customer_id text PRIMARY KEY REFERENCES users(id),
  version bigint NOT NULL CHECK (version >= 1),
  lines text NOT NULL,
  promo_code text NOT NULL,
  updated_at text NOT NULL
);

CREATE TABLE fiscal_journal(
  seq bigint PRIMARY KEY,
  type text NOT NULL,
  at text NOT NULL,
  store_id text,
  register_id text,
  ref text NOT NULL,
  data text NOT NULL,
  prev_hash text NOT NULL,
  hash text NOT NULL,
  signature text NOT NULL
);
CREATE INDEX fiscal_journal_by_store ON fiscal_journal(store_id, seq);
CREATE INDEX fiscal_journal_reprints ON fiscal_journal(ref) WHERE type = 'reprint';
CREATE TRIGGER fiscal_journal_append_only BEFORE UPDATE OR DELETE ON fiscal_journal
  FOR EACH ROW EXECUTE FUNCTION comptoir_append_only('the fiscal journal is append-only');
CREATE TRIGGER fiscal_journal_no_truncate BEFORE TRUNCATE ON fiscal_journal
  FOR EACH STATEMENT EXECUTE FUNCTION comptoir_append_only('the fiscal journal is append-only');

CREATE TABLE fiscal_closures(
  store_id text NOT NULL,
  period text NOT NULL CHECK (period IN ('day', 'month', 'year')),
  date text NOT NULL,
  seq bigint NOT NULL UNIQUE,
  last_seq bigint,
  PRIMARY KEY (store_id, period, date)
);
CREATE TRIGGER fiscal_closures_append_only BEFORE UPDATE OR DELETE ON fiscal_closures
  FOR EACH ROW EXECUTE FUNCTION comptoir_append_only('closures are append-only');
CREATE TRIGGER fiscal_closures_no_truncate BEFORE TRUNCATE ON fiscal_closures
  FOR EACH STATEMENT EXECUTE FUNCTION comptoir_append_only('closures are append-only');

-- The audit trail's rows; what writes them on PostgreSQL is the store's (PORTING.md).
CREATE TABLE audit(
  rid bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  at text NOT NULL,
  actor text NOT NULL,
  role text NOT NULL,
  action text NOT NULL,
  target text NOT NULL,
  before text,
  after text,
  request_id text NOT NULL,
  route text NOT NULL
);
CREATE INDEX audit_by_time ON audit(at);
CREATE INDEX audit_by_actor ON audit(actor, rid);
CREATE INDEX audit_by_request ON audit(request_id);

CREATE TABLE product_images(
  product_id text PRIMARY KEY REFERENCES products(id),
  content_type text NOT NULL,
  bytes bytea NOT NULL,
  updated_at text NOT NULL
);
)sql",
    // 2: search as the person types (PgStore::fullTextSql): the terms come quoted from
    // toTsQueryTerms() ('chaus' 'rouge':*); each term must match, in French, English or as a code.
    R"sql(
CREATE FUNCTION comptoir_search_query(terms text) RETURNS tsquery
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  result tsquery;
  one tsquery;
  term text;
BEGIN
  FOREACH term IN ARRAY string_to_array(terms, ' ') LOOP
    CONTINUE WHEN term = '';
    one := to_tsquery('comptoir_french', term) || to_tsquery('comptoir_english', term)
           || to_tsquery('comptoir_codes', term);
    result := CASE WHEN result IS NULL THEN one ELSE result && one END;
  END LOOP;
  RETURN COALESCE(result, ''::tsquery);
END
$$;
)sql",
    // 3: the audit trail (sqlitestore_audit.cpp's TEMP triggers, here permanent). The request's
    // identity comes from transaction-local settings PgStore sets around each audited write
    // (comptoir.audit_0..3: actor, role, route, request id); outside one they are empty and
    // nothing is recorded. Each row counts itself in comptoir.audit_recorded.
    R"sql(
CREATE FUNCTION comptoir_audit(field int) RETURNS text LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v text := NULLIF(current_setting('comptoir.audit_' || field, true), '');
BEGIN
  IF field = 3 AND v IS NOT NULL THEN
    PERFORM set_config('comptoir.audit_recorded',
      (COALESCE(NULLIF(current_setting('comptoir.audit_recorded', true), ''), '0')::int + 1)::text, true);
  END IF;
  RETURN v;
END
$$;

CREATE FUNCTION comptoir_audit_row(action text, target text, before json, after json) RETURNS void
LANGUAGE sql VOLATILE AS $$
  INSERT INTO audit(at, actor, role, route, request_id, action, target, before, after)
  VALUES (to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
          comptoir_audit(0), comptoir_audit(1), comptoir_audit(2), comptoir_audit(3),
          action, target, before::text, after::text)
$$;

-- Milliseconds since the epoch as the API writes times; NULL stays NULL.
CREATE FUNCTION comptoir_rfc3339_ms(ms bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT to_char(to_timestamp(ms / 1000.0) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
$$;

CREATE FUNCTION comptoir_product_prices(doc text) RETURNS json LANGUAGE sql STABLE AS $$
  SELECT COALESCE(json_object_agg(json_extract(value, '$.sku'),
                                  CAST(json_extract(value, '$.price.amount') AS bigint)), '{}'::json)
  FROM json_each(doc, '$.variants')
$$;

CREATE FUNCTION comptoir_product_facts(p products) RETURNS json LANGUAGE sql STABLE AS $$
  SELECT json_build_object('name', p.name, 'status', p.status, 'version', p.version,
                           'image_url', json_extract(p.json, '$.image_url'),
                           'prices', comptoir_product_prices(p.json))
$$;

CREATE FUNCTION comptoir_audit_products() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF comptoir_audit(0) IS NULL THEN RETURN NULL; END IF;
  IF TG_OP = 'INSERT' THEN
    PERFORM comptoir_audit_row('product.create', NEW.id, NULL, comptoir_product_facts(NEW));
  ELSE
    -- A price change is told apart from other edits, so it can be filtered.
    PERFORM comptoir_audit_row(
      CASE WHEN comptoir_product_prices(OLD.json)::text IS DISTINCT FROM comptoir_product_prices(NEW.json)::text
             THEN 'price.change'
           WHEN NEW.status = 'archived' AND OLD.status <> 'archived' THEN 'product.archive'
           ELSE 'product.update' END,
      NEW.id, comptoir_product_facts(OLD), comptoir_product_facts(NEW));
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER audit_products AFTER INSERT OR UPDATE ON products
  FOR EACH ROW EXECUTE FUNCTION comptoir_audit_products();

-- Stock: every change of what is on hand (reservations alone belong to their order's entry).
CREATE FUNCTION comptoir_audit_stock() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF comptoir_audit(0) IS NULL THEN RETURN NULL; END IF;
  IF TG_OP = 'INSERT' THEN
    IF NEW.on_hand <> 0 THEN
      PERFORM comptoir_audit_row('stock.change', NEW.sku || '@' || NEW.location_id,
        json_build_object('on_hand', 0, 'reserved', 0),
        json_build_object('on_hand', NEW.on_hand, 'reserved', NEW.reserved));
    END IF;
  ELSIF OLD.on_hand <> NEW.on_hand THEN
    PERFORM comptoir_audit_row('stock.change', NEW.sku || '@' || NEW.location_id,
      json_build_object('on_hand', OLD.on_hand, 'reserved', OLD.reserved),
      json_build_object('on_hand', NEW.on_hand, 'reserved', NEW.reserved));
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER audit_stock AFTER INSERT OR UPDATE ON stock
  FOR EACH ROW EXECUTE FUNCTION comptoir_audit_stock();

-- Promotions: created, edited or disabled (a use counted by a sale is not an edit).
CREATE FUNCTION comptoir_promotion_facts(p promotions) RETURNS json LANGUAGE sql STABLE AS $$
  SELECT json_build_object('ends_at', comptoir_rfc3339_ms(p.ends_at), 'max_uses', p.max_uses,
                           'disabled', p.disabled <> 0, 'uses', p.uses, 'version', p.version)
$$;
CREATE FUNCTION comptoir_audit_promotions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF comptoir_audit(0) IS NULL THEN RETURN NULL; END IF;
  IF TG_OP = 'INSERT' THEN
    PERFORM comptoir_audit_row('promotion.create', NEW.code, NULL, comptoir_promotion_facts(NEW));
  ELSIF OLD.version <> NEW.version THEN
    PERFORM comptoir_audit_row('promotion.update', NEW.code, comptoir_promotion_facts(OLD),
                               comptoir_promotion_facts(NEW));
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER audit_promotions AFTER INSERT OR UPDATE ON promotions
  FOR EACH ROW EXECUTE FUNCTION comptoir_audit_promotions();

-- People and devices (never a password or PIN hash).
CREATE FUNCTION comptoir_user_facts(u users) RETURNS json LANGUAGE sql STABLE AS $$
  SELECT json_build_object('email', u.email, 'name', u.name, 'role', u.role, 'store_id', u.store_id,
                           'disabled', u.disabled <> 0)
$$;
CREATE FUNCTION comptoir_audit_users() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF comptoir_audit(0) IS NULL THEN RETURN NULL; END IF;
  IF TG_OP = 'INSERT' THEN
    PERFORM comptoir_audit_row('user.create', NEW.id, NULL, comptoir_user_facts(NEW));
  ELSIF OLD.name IS DISTINCT FROM NEW.name OR OLD.role IS DISTINCT FROM NEW.role
        OR OLD.store_id IS DISTINCT FROM NEW.store_id OR OLD.disabled IS DISTINCT FROM NEW.disabled THEN
    PERFORM comptoir_audit_row('user.update', NEW.id, comptoir_user_facts(OLD), comptoir_user_facts(NEW));
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER audit_users AFTER INSERT OR UPDATE ON users
  FOR EACH ROW EXECUTE FUNCTION comptoir_audit_users();

CREATE FUNCTION comptoir_audit_devices() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF comptoir_audit(0) IS NULL THEN RETURN NULL; END IF;
  IF TG_OP = 'INSERT' THEN
    PERFORM comptoir_audit_row('device.enrol', NEW.id, NULL,
                               json_build_object('name', NEW.name, 'store_id', NEW.store_id));
  ELSIF OLD.revoked_at IS NULL AND NEW.revoked_at IS NOT NULL THEN
    PERFORM comptoir_audit_row('device.revoke', NEW.id, json_build_object('revoked_at', NULL),
                               json_build_object('revoked_at', NEW.revoked_at));
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER audit_devices AFTER INSERT OR UPDATE ON devices
  FOR EACH ROW EXECUTE FUNCTION comptoir_audit_devices();

-- Sales: orders placed and moved, payments and refunds.
CREATE FUNCTION comptoir_audit_orders() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF comptoir_audit(0) IS NULL THEN RETURN NULL; END IF;
  IF TG_OP = 'INSERT' THEN
    PERFORM comptoir_audit_row('order.create', NEW.id, NULL,
      json_build_object('number', NEW.number, 'channel', NEW.channel, 'store_id', NEW.store_id,
                        'status', NEW.status, 'total', NEW.total));
  ELSIF OLD.status <> NEW.status THEN
    PERFORM comptoir_audit_row('order.status', NEW.id, json_build_object('status', OLD.status),
                               json_build_object('status', NEW.status));
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER audit_orders AFTER INSERT OR UPDATE ON orders
  FOR EACH ROW EXECUTE FUNCTION comptoir_audit_orders();

CREATE FUNCTION comptoir_audit_payments() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF comptoir_audit(0) IS NULL THEN RETURN NULL; END IF;
  PERFORM comptoir_audit_row('payment.create', NEW.id, NULL,
    json_build_object('order_id', NEW.order_id, 'method', NEW.method, 'status', NEW.status,
                      'amount', NEW.amount));
  RETURN NULL;
END
$$;
CREATE TRIGGER audit_payments AFTER INSERT ON payments
  FOR EACH ROW EXECUTE FUNCTION comptoir_audit_payments();

CREATE FUNCTION comptoir_audit_refunds() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF comptoir_audit(0) IS NULL THEN RETURN NULL; END IF;
  PERFORM comptoir_audit_row('refund.create', NEW.id, NULL,
    json_build_object('payment_id', NEW.payment_id, 'amount', NEW.amount, 'reason', NEW.reason));
  RETURN NULL;
END
$$;
CREATE TRIGGER audit_refunds AFTER INSERT ON refunds
  FOR EACH ROW EXECUTE FUNCTION comptoir_audit_refunds();
)sql",
    // 4 (issue 17, helper pgtests): what SQLite does, the same on PostgreSQL.
    // Codes and brands split as FTS5's unicode61 splits them (at anything not a letter or digit):
    // PostgreSQL's parser reads the "-0305" of a SKU NOU-0305-... as a signed number, so the typed
    // term 0305 (toTsQueryTerms splits the same way) found nothing.
    // Products by name in SQLite's NOCASE order: ASCII letters folded, then the bytes compared
    // (the ICU `nocase` collation folds all of Unicode and orders É beside E). name_key is what
    // sort=name orders on and its keyset cursor compares (SqlStore::productNameKey).
    R"sql(
DROP INDEX products_fts_document;
ALTER TABLE products_fts DROP COLUMN document;
ALTER TABLE products_fts ADD COLUMN document tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('comptoir_french', COALESCE(name, '')), 'A') ||
    setweight(to_tsvector('comptoir_english', COALESCE(name, '')), 'A') ||
    setweight(to_tsvector('comptoir_codes',
      regexp_replace(COALESCE(codes, '') COLLATE "und-x-icu", '[^[:alnum:]]+', ' ', 'g')), 'B') ||
    setweight(to_tsvector('comptoir_codes',
      regexp_replace(COALESCE(brand, '') COLLATE "und-x-icu", '[^[:alnum:]]+', ' ', 'g')), 'C') ||
    setweight(to_tsvector('comptoir_french', COALESCE(description, '')), 'D') ||
    setweight(to_tsvector('comptoir_english', COALESCE(description, '')), 'D')) STORED;
CREATE INDEX products_fts_document ON products_fts USING gin(document);

ALTER TABLE products ADD COLUMN name_key text COLLATE "C" GENERATED ALWAYS AS (
    translate(name, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')) STORED;
CREATE INDEX products_by_name_key ON products(status, name_key, id);
)sql",
};

} // namespace

int latestPostgresSchemaVersion()
{
    return int(kMigrations.size());
}

int migratePostgres(pg::Connection& connection)
{
    return pg::migrate(connection, kMigrations, "server");
}

} // namespace comptoir::server
