-- Client keys: one row per key. Only the SHA-256 (hex) of a key is stored; the key itself is
-- shown once at creation. A key binds a tenant to a policy name and, optionally, the name of the
-- secret holding the tenant's provider credential (never the credential).
CREATE TABLE IF NOT EXISTS client_keys (
  id TEXT PRIMARY KEY,
  key_hash TEXT NOT NULL UNIQUE,
  tenant TEXT NOT NULL,
  policy TEXT NOT NULL,
  credential_ref TEXT,
  hint TEXT NOT NULL,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);

CREATE INDEX IF NOT EXISTS client_keys_tenant ON client_keys (tenant);
