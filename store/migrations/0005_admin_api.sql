-- The admin API: sign-in sessions, login throttling, the two logs and who may read their
-- entries, and the region of deleted rows (so the change feed hides what a regional
-- administrator may not see).

-- A bearer token is given to the client once; only its SHA-256 is kept.
CREATE TABLE admin_sessions (
  id %ID%,
  token_hash TEXT NOT NULL UNIQUE,
  admin_id BIGINT NOT NULL REFERENCES admins (id) ON DELETE CASCADE,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  source_address TEXT NOT NULL DEFAULT ''
);
CREATE INDEX admin_sessions_expiry ON admin_sessions (expires_at);
CREATE INDEX admin_sessions_admin ON admin_sessions (admin_id);

-- Failed logins in a row per account; kept apart from the admins row so that a wrong password
-- does not change the account's revision (nor conflict with someone editing it).
CREATE TABLE admin_logins (
  admin_id BIGINT PRIMARY KEY REFERENCES admins (id) ON DELETE CASCADE,
  failed_logins INTEGER NOT NULL DEFAULT 0,
  last_failure BIGINT,
  locked INTEGER NOT NULL DEFAULT 0
);

ALTER TABLE audit_log ADD COLUMN kind TEXT NOT NULL DEFAULT 'activity';
ALTER TABLE audit_log ADD COLUMN region_id BIGINT;
CREATE INDEX audit_log_kind_time ON audit_log (kind, time);

ALTER TABLE deleted_rows ADD COLUMN region_id BIGINT;
