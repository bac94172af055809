-- What the phone-facing server needs: per-device file credentials, the Teams/Lync flavour of a
-- model, who a phone says is signed in, zero-touch subnets, commands waiting for a phone, and
-- server settings (not template placeholders).

-- ems_server/user_name and ems_server/user_password of the device's cfg; a phone gives them
-- back (HTTP Basic or Digest) to download its own file.
ALTER TABLE devices ADD COLUMN provisioning_user TEXT NOT NULL DEFAULT '';
ALTER TABLE devices ADD COLUMN provisioning_secret TEXT NOT NULL DEFAULT '';
ALTER TABLE devices ADD COLUMN teams INTEGER NOT NULL DEFAULT 0;
-- The user name the phone last reported, when no user of that name exists.
ALTER TABLE devices ADD COLUMN reported_user TEXT NOT NULL DEFAULT '';

-- Comma-separated CIDR blocks a phone of the region may fetch its file from without
-- credentials (first contact, zero touch).
ALTER TABLE regions ADD COLUMN provisioning_subnets TEXT NOT NULL DEFAULT '';

-- Commands for a phone, delivered once: in the answer to its next keep-alive or pushed.
CREATE TABLE device_commands (
  id %ID%,
  revision BIGINT NOT NULL,
  device_id BIGINT NOT NULL REFERENCES devices (id) ON DELETE CASCADE,
  command TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  delivered_at BIGINT
);
-- Partial: only commands still waiting, so finding them does not grow with the history.
CREATE INDEX device_commands_waiting ON device_commands (device_id) WHERE delivered_at IS NULL;
CREATE INDEX device_commands_revision ON device_commands (revision);

-- Server settings by key (disconnect timeout, alarm forwarding, ...).
CREATE TABLE settings (
  id %ID%,
  revision BIGINT NOT NULL,
  name TEXT NOT NULL UNIQUE,
  value TEXT NOT NULL DEFAULT ''
);
CREATE INDEX settings_revision ON settings (revision);

