-- The portfolio service's state: the latest fetched Linear data, webhook deliveries seen, daily stage health, maps.
-- One dialect for PGlite and PostgreSQL: text days (no time-zone conversion), jsonb documents.

CREATE TABLE projects (
  id text PRIMARY KEY,
  data jsonb NOT NULL,
  fetched_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE label_groups (
  id text PRIMARY KEY,
  data jsonb NOT NULL
);

-- A unique delivery id: the first replica to insert it handles the webhook, any other ignores it.
CREATE TABLE deliveries (
  id text PRIMARY KEY,
  type text NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE snapshots (
  day text NOT NULL,
  journey text NOT NULL,
  stage text NOT NULL,
  health text NOT NULL,
  progress double precision,
  overdue integer NOT NULL DEFAULT 0,
  PRIMARY KEY (day, journey, stage)
);

CREATE TABLE maps (
  key text PRIMARY KEY,
  data jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
