-- Overwrite values (a cfg key set outright for a region or one device) and what the
-- generator needs to regenerate only what changed.

CREATE TABLE overwrite_values (
  id %ID%,
  revision BIGINT NOT NULL,
  level TEXT NOT NULL,
  owner_id BIGINT NOT NULL,
  cfg_key TEXT NOT NULL,
  value TEXT NOT NULL DEFAULT '',
  UNIQUE (level, owner_id, cfg_key)
);
CREATE INDEX overwrite_values_revision ON overwrite_values (revision);

-- A digest of everything a generated file was made from; equal digest, nothing to redo.
ALTER TABLE config_files ADD COLUMN fingerprint TEXT NOT NULL DEFAULT '';
