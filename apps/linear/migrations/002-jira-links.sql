-- The maps' linked Jira issues as work links, as the last successful read found them: one row per map,
-- replaced whole by each read (one statement), kept as they were when a read fails.

CREATE TABLE jira_links (
  map_key text PRIMARY KEY,
  links jsonb NOT NULL,
  fetched_at timestamptz NOT NULL DEFAULT now()
);
