-- The customer's visible chat transcript, kept apart from the agent's (trimmed) working state,
-- so GET /api/history can page through a thread of any length. One row per visible message;
-- message_id is the LangGraph message id, so recording a message twice is a no-op.
CREATE TABLE chat_transcript (
    id          bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
    customer_id integer NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    message_id  text NOT NULL,
    role        text NOT NULL CHECK (role IN ('user', 'assistant')),
    content     text NOT NULL,
    at          timestamptz NOT NULL,
    UNIQUE (customer_id, message_id)
);
CREATE INDEX chat_transcript_customer_at ON chat_transcript (customer_id, at DESC, id DESC);

-- Per-customer chat rate limit shared by every chat API process (GCRA: one row per customer
-- holding the theoretical arrival time of its next allowed turn).
CREATE TABLE chat_rate_limits (
    customer_id integer PRIMARY KEY REFERENCES customers(id) ON DELETE CASCADE,
    tat         timestamptz NOT NULL
);
