-- How a review ended is stored, not inferred: `refunds.decision` is 'approved', 'rejected' or
-- 'timed_out' (workflows/vocabulary.py DecisionOutcome), NULL while a review is open or when no
-- review was needed. Before this column the chat API read "timed out" from decided_by = 'system'.

ALTER TABLE refunds ADD COLUMN decision text
    CHECK (decision IN ('approved', 'rejected', 'timed_out'));

UPDATE refunds SET decision = CASE
    WHEN state = 'REJECTED' AND decided_by = 'system' THEN 'timed_out'
    WHEN state = 'REJECTED' THEN 'rejected'
    WHEN state = 'REFUNDED' AND decided_by IS NOT NULL THEN 'approved'
END
WHERE decision IS NULL;
