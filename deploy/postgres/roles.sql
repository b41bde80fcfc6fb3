-- Roles and databases for Reliable Refunds and its Temporal server, least privilege.
--
-- Run it as a superuser (or your managed PostgreSQL's admin user) with psql 15+; it is
-- idempotent and also re-applies the passwords, so rotating one is: change it, run again.
--
--   REFUNDS_OWNER_PASSWORD=... REFUNDS_APP_PASSWORD=... TEMPORAL_DB_PASSWORD=... \
--     psql "host=db.internal user=postgres dbname=postgres sslmode=verify-full" \
--          -v ON_ERROR_STOP=1 -f deploy/postgres/roles.sql
--
-- refunds_owner  owns the `refunds` database and its schema: the migration job
--                (`python -m services.migrate`) connects as this role, nothing else does.
-- refunds_app    what the worker and the chat API connect as: SELECT/INSERT/UPDATE/DELETE on
--                the tables, except the audit trail (`audit_events`: INSERT and SELECT only, so
--                no one with the app's password can rewrite or erase it), sequences for
--                inserts, no DDL, no TRUNCATE, no ownership.
-- temporal       owns the `temporal` and `temporal_visibility` databases (Temporal's schema
--                jobs and server).

-- Empty unless the environment sets them (\getenv leaves a variable alone when unset).
\set owner_password ''
\set app_password ''
\set temporal_password ''
\getenv owner_password REFUNDS_OWNER_PASSWORD
\getenv app_password REFUNDS_APP_PASSWORD
\getenv temporal_password TEMPORAL_DB_PASSWORD

SELECT :'owner_password' <> '' AND :'app_password' <> '' AND :'temporal_password' <> ''
    AS all_passwords_set \gset
\if :all_passwords_set
\else
    DO $$ BEGIN RAISE EXCEPTION
        'set REFUNDS_OWNER_PASSWORD, REFUNDS_APP_PASSWORD and TEMPORAL_DB_PASSWORD'; END $$;
\endif

SELECT format('CREATE ROLE %I LOGIN', name)
FROM (VALUES ('refunds_owner'), ('refunds_app'), ('temporal')) AS wanted(name)
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = wanted.name) \gexec

ALTER ROLE refunds_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'owner_password';
ALTER ROLE refunds_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'app_password';
ALTER ROLE temporal LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'temporal_password';

SELECT format('CREATE DATABASE %I OWNER %I', db, owner)
FROM (VALUES ('refunds', 'refunds_owner'),
             ('temporal', 'temporal'),
             ('temporal_visibility', 'temporal')) AS wanted(db, owner)
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = wanted.db) \gexec

-- Only the owners and the app connect to these databases.
REVOKE ALL ON DATABASE refunds FROM PUBLIC;
REVOKE ALL ON DATABASE temporal FROM PUBLIC;
REVOKE ALL ON DATABASE temporal_visibility FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE refunds TO refunds_app;

\connect refunds
-- The owner creates the tables; nobody else may create anything in the schema.
ALTER SCHEMA public OWNER TO refunds_owner;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO refunds_app;
-- Tables and sequences the migrations create from now on, and those that already exist.
ALTER DEFAULT PRIVILEGES FOR ROLE refunds_owner IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO refunds_app;
ALTER DEFAULT PRIVILEGES FOR ROLE refunds_owner IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES TO refunds_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO refunds_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO refunds_app;
-- The audit trail is append-only for the app. Migration 005 revokes the same from every role
-- but the owner, so a table created after this script ran (default privileges) is covered too.
SELECT 'REVOKE UPDATE, DELETE, TRUNCATE ON audit_events FROM refunds_app'
WHERE to_regclass('public.audit_events') IS NOT NULL \gexec
