-- Customer sessions live here, so the server can end them: sign-out deletes the row, and a
-- session ends at expires_at (its absolute lifetime, or the shop token's exp) or after
-- SESSION_IDLE_SECONDS without a request (last_seen_at is touched at most once a minute).
-- The cookie carries a random id; only its HMAC (keyed with SESSION_SECRET) is stored, so
-- these rows cannot be replayed as cookies. Rows of ended sessions are purged by the chat API
-- (SESSION_PURGE_INTERVAL_SECONDS), and a customer keeps at most a few sessions at a time.
CREATE TABLE customer_sessions (
    id_hash      bytea PRIMARY KEY,
    customer_id  integer NOT NULL,
    created_at   timestamptz NOT NULL,
    last_seen_at timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL
);
CREATE INDEX customer_sessions_customer ON customer_sessions (customer_id, created_at DESC);
CREATE INDEX customer_sessions_expires ON customer_sessions (expires_at);
CREATE INDEX customer_sessions_last_seen ON customer_sessions (last_seen_at);
