-- Every customer route that does work is limited per customer (services/chat_api/limits.py),
-- not only chat turns: one rate-limit row per customer and action. A row whose time has passed
-- says nothing (no row means the same), so the retention sweep deletes it.
ALTER TABLE chat_rate_limits RENAME TO customer_rate_limits;
ALTER TABLE customer_rate_limits ADD COLUMN action text NOT NULL DEFAULT 'chat';
ALTER TABLE customer_rate_limits ALTER COLUMN action DROP DEFAULT;
ALTER TABLE customer_rate_limits DROP CONSTRAINT chat_rate_limits_pkey;
ALTER TABLE customer_rate_limits ADD PRIMARY KEY (customer_id, action);

-- The retention sweep deletes transcript lines by age, across customers.
CREATE INDEX chat_transcript_at ON chat_transcript (at);
