-- Staff who use the admin API and UI. Only the SHA-256 (hex) of a staff token is stored.
-- `tenants` is a JSON array of tenant names, or ["*"] for every tenant.
CREATE TABLE IF NOT EXISTS staff (
  id TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('admin', 'auditor', 'reviewer')),
  tenants TEXT NOT NULL,
  hint TEXT NOT NULL,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  revoked_at TEXT
);
