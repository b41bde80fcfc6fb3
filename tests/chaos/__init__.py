"""`make chaos`: customers, reviewers and random kill -9s against a dev stack of its own, then
a check from PostgreSQL and Temporal that no refund was lost, stuck, paid twice or emailed
twice."""
