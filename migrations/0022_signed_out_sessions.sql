-- Staff UI sessions signed out before their expiry. `hash` is the SHA-256 (hex) of the session
-- cookie, never the cookie; `until` (epoch ms) is when the cookie would have expired anyway, after
-- which the row is purged. Shared by every process and isolate, so a copied cookie stops working
-- everywhere at sign-out.
CREATE TABLE IF NOT EXISTS signed_out_sessions (
  hash TEXT PRIMARY KEY,
  until INTEGER NOT NULL
);

CREATE INDEX IF NOT EXISTS signed_out_sessions_until ON signed_out_sessions (until);
