/**
 * The PostgreSQL schema, one migration per version, applied in order by migrate.ts. Plain SQL in
 * TypeScript, so the build carries it to dist. Append new versions at the end; never edit an applied one.
 * Every table is keyed by `site` (the Wix instance id; "default" for a single-site install).
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * Revisions are kept exactly as Wix sent them (text: a malformed one must not fail the write, it just
 * never counts as newer) and compared as numbers by revision.ts, under the About's lock, never as text.
 * Member text (content, evidence, notice messages) is json rather than jsonb, kept exactly as written.
 * Timestamps the store compares (flagged, lease and claim ends) are timestamptz; the rest are the
 * callers' ISO strings, kept as given.
 */
const REVIEW_STORE = `
CREATE TABLE review_items (
  site text NOT NULL,
  id text NOT NULL,
  about_id text NOT NULL,
  member_id text NOT NULL,
  status text NOT NULL CHECK (status IN ('pending', 'replaced', 'restored', 'confirmed', 'superseded')),
  flagged_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  revision text NOT NULL,
  placeholder_revision text,
  restored_revision text,
  -- {revision, until}: a reviewer's restore announced before its PATCH
  restoring jsonb,
  -- {writer, pid, host, until}: who may settle a pending item (lease.ts)
  lease jsonb,
  -- json, not jsonb: the member's content is kept byte for byte (key order, NUL characters and all)
  original_content json NOT NULL,
  reasons json NOT NULL,
  scorer text NOT NULL,
  history jsonb NOT NULL,
  PRIMARY KEY (site, id)
);
CREATE INDEX review_items_status ON review_items (site, status, flagged_at DESC);
CREATE INDEX review_items_about ON review_items (site, about_id);

CREATE TABLE verdicts (
  site text NOT NULL,
  about_id text NOT NULL,
  revision text NOT NULL,
  scorer text NOT NULL,
  flagged boolean NOT NULL,
  at text NOT NULL,
  kept boolean,
  PRIMARY KEY (site, about_id)
);

CREATE TABLE webhook_events (
  site text NOT NULL,
  event_id text NOT NULL,
  seen_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (site, event_id)
);
CREATE INDEX webhook_events_seen ON webhook_events (site, seen_at);

CREATE TABLE notices (
  site text NOT NULL,
  id text NOT NULL,
  seq bigserial NOT NULL,
  kind text NOT NULL,
  channel text NOT NULL,
  item_ids text[] NOT NULL,
  created_at text NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz,
  last_error text,
  message json,
  waits_for text,
  claim_by text,
  claim_until timestamptz,
  PRIMARY KEY (site, id)
);
CREATE INDEX notices_order ON notices (site, seq);
CREATE INDEX notices_waiting ON notices (site, waits_for) WHERE waits_for IS NOT NULL;

CREATE TABLE reviewers (
  site text NOT NULL,
  name text NOT NULL,
  password_hash text NOT NULL,
  created_at text NOT NULL,
  PRIMARY KEY (site, name)
);
`;

/**
 * The app's sites and the workers' shared state (src/worker/app): installs and removals, each site's
 * current scan as a checkpoint (the next page's cursor, pages done, totals so far), and the OAuth access
 * token per instance that every worker shares (src/wix/pg-token-cache.ts).
 */
const APP_WORKERS = `
CREATE TABLE app_sites (
  instance_id text PRIMARY KEY,
  status text NOT NULL CHECK (status IN ('active', 'removed')),
  installed_at timestamptz NOT NULL,
  removed_at timestamptz,
  delete_after timestamptz
);
CREATE INDEX app_sites_purge ON app_sites (delete_after) WHERE status = 'removed';

CREATE TABLE app_scans (
  instance_id text PRIMARY KEY,
  scan_id text NOT NULL,
  started_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  finished_at timestamptz,
  failed_at timestamptz,
  error text,
  cursor text,
  pages integer NOT NULL DEFAULT 0,
  totals jsonb NOT NULL DEFAULT '{}',
  last_finished jsonb
);

CREATE TABLE app_tokens (
  instance_id text PRIMARY KEY,
  token text NOT NULL,
  valid_until timestamptz NOT NULL
);
`;

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'review store', sql: REVIEW_STORE },
  { version: 2, name: 'app sites, scan checkpoints, shared OAuth tokens', sql: APP_WORKERS },
];
