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

-- The audit trail is append-only. Roles other than the table's owner lose UPDATE, DELETE and
-- TRUNCATE on it (deploy/postgres/roles.sql grants the application's role INSERT and SELECT),
-- and a trigger refuses those statements from everyone, the owner included: an operator
-- who must erase events (a legal request) disables the trigger for that one transaction.
DO $$
DECLARE
    grantee text;
BEGIN
    FOR grantee IN
        SELECT DISTINCT a.grantee::regrole::text
        FROM pg_class c, aclexplode(c.relacl) a
        WHERE c.oid = 'audit_events'::regclass
          AND a.grantee <> c.relowner AND a.grantee <> 0
          AND a.privilege_type IN ('UPDATE', 'DELETE', 'TRUNCATE')
    LOOP
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM %s', grantee);
    END LOOP;
END $$;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM PUBLIC;

CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_events_no_change BEFORE UPDATE OR DELETE ON audit_events
    FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
    FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
