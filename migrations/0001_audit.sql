-- Audit trail: hash-chained, append-only events (metadata only; see docs/AUDIT.md).
-- Filter columns are copies of fields inside `event`; `event` (canonical JSON) is what the
-- chain hashes: hash = SHA-256(canonical JSON of [prev_hash, seq, event]).
CREATE TABLE audit_events (
  seq INTEGER PRIMARY KEY,
  ts TEXT NOT NULL,
  kind TEXT NOT NULL,
  tenant TEXT NOT NULL,
  provider TEXT,
  user_pseudonym TEXT,
  redacted INTEGER NOT NULL DEFAULT 0,
  event TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);

CREATE INDEX audit_events_ts ON audit_events (ts);
CREATE INDEX audit_events_tenant ON audit_events (tenant, seq);
CREATE INDEX audit_events_provider ON audit_events (provider, seq);
CREATE INDEX audit_events_user ON audit_events (user_pseudonym, seq);

-- Rows are never edited in place: the only writes are appends and prefix purges.
CREATE TRIGGER audit_events_append_only BEFORE UPDATE ON audit_events
BEGIN
  SELECT RAISE(ABORT, 'audit events are append-only');
END;

-- One row per purge: the last purged record, which the oldest remaining record links to.
CREATE TABLE audit_checkpoints (
  seq INTEGER PRIMARY KEY,
  hash TEXT NOT NULL,
  created_at TEXT NOT NULL
);

-- Per-subject random keys: id = HMAC(PLEDGE_SECRET, raw subject id); erasing the row unlinks
-- the subject's events (pseudonym = HMAC(key, raw id)).
CREATE TABLE subject_keys (
  id TEXT PRIMARY KEY,
  key TEXT NOT NULL,
  created_at TEXT NOT NULL
);
