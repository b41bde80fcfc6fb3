-- A refund whose workflow failed for good is recorded (REFUND_FAILED / FAILED) instead of
-- leaving its order blocked, and a later request starts a fresh run of refund-<order>.
-- Rows that belong to one run (the ledger's current run, review emails, customer notices)
-- carry its run id, so a new run gets its own email and notice and an old link decides nothing.

ALTER TABLE purchases DROP CONSTRAINT purchases_status_check;
ALTER TABLE purchases ADD CONSTRAINT purchases_status_check
    CHECK (status IN ('PURCHASED', 'PENDING_REFUND', 'REFUNDED', 'REFUND_REJECTED',
                      'REFUND_FAILED'));

ALTER TABLE refunds DROP CONSTRAINT refunds_state_check;
ALTER TABLE refunds ADD CONSTRAINT refunds_state_check
    CHECK (state IN ('REQUESTED', 'PENDING_REVIEW', 'REFUNDED', 'REJECTED', 'FAILED'));
-- The run that currently owns the ledger row (NULL for rows written before runs were tracked).
ALTER TABLE refunds ADD COLUMN run_id text;
-- Why the last run failed, for operators (the error type and its message).
ALTER TABLE refunds ADD COLUMN failure text;

ALTER TABLE outbox_emails ADD COLUMN run_id text NOT NULL DEFAULT '';
ALTER TABLE outbox_emails DROP CONSTRAINT outbox_emails_workflow_id_key;
ALTER TABLE outbox_emails ADD CONSTRAINT outbox_emails_run_key UNIQUE (workflow_id, run_id);

ALTER TABLE notices ADD COLUMN run_id text NOT NULL DEFAULT '';
ALTER TABLE notices DROP CONSTRAINT notices_workflow_id_order_id_key;
ALTER TABLE notices ADD CONSTRAINT notices_run_key UNIQUE (workflow_id, run_id, order_id);
