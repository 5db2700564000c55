-- Human-review queue for automated decisions (tool calls a policy names). `args` are the tool
-- arguments as the model produced them, still carrying placeholders: no personal data.
CREATE TABLE IF NOT EXISTS review_items (
  id TEXT PRIMARY KEY,
  tenant TEXT NOT NULL,
  request_id TEXT NOT NULL,
  rule TEXT NOT NULL,
  clause TEXT,
  provider TEXT NOT NULL,
  model TEXT,
  tool TEXT NOT NULL,
  args TEXT NOT NULL,
  created_at TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
  decided_by TEXT,
  decided_at TEXT,
  note TEXT
);

-- Keyset pagination newest first, overall and per tenant / status.
CREATE INDEX IF NOT EXISTS review_items_created ON review_items (created_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS review_items_tenant_created ON review_items (tenant, created_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS review_items_status_created ON review_items (status, created_at DESC, id DESC);
CREATE INDEX IF NOT EXISTS review_items_tenant_status_created ON review_items (tenant, status, created_at DESC, id DESC);
