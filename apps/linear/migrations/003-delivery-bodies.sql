-- The delivery id is an unsigned header: a captured signed body resent under a new id must still be a
-- replay, so each delivery also records the sha256 of its raw body (unique). Rows from before this
-- migration have none (NULLs never collide). received_at is indexed for the prune at each reconcile.

ALTER TABLE deliveries ADD COLUMN body_sha256 text;
CREATE UNIQUE INDEX deliveries_body_sha256 ON deliveries (body_sha256);
CREATE INDEX deliveries_received_at ON deliveries (received_at);
