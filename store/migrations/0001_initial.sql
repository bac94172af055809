-- PhoneFleet schema, version 1.
-- Tokens replaced per database: %ID% (auto-numbered primary key), %BLOB% (binary).
-- Times are milliseconds since 1970-01-01 UTC; NULL where there is none.
-- Every row has a revision: the value of change_counter when it was last written.

CREATE TABLE change_counter (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  value BIGINT NOT NULL
);
INSERT INTO change_counter (id, value) VALUES (1, 0);

-- Rows deleted, so that "what changed since N" can say so.
CREATE TABLE deleted_rows (
  id %ID%,
  table_name TEXT NOT NULL,
  row_id BIGINT NOT NULL,
  revision BIGINT NOT NULL
);
CREATE INDEX deleted_rows_revision ON deleted_rows (revision);

CREATE TABLE regions (
  id %ID%,
  revision BIGINT NOT NULL,
  name TEXT NOT NULL UNIQUE,
  description TEXT NOT NULL DEFAULT ''
);
CREATE INDEX regions_revision ON regions (revision);

CREATE TABLE users (
  id %ID%,
  revision BIGINT NOT NULL,
  name TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL DEFAULT '',
  region_id BIGINT REFERENCES regions (id) ON DELETE RESTRICT,
  password TEXT NOT NULL DEFAULT ''
);
CREATE INDEX users_revision ON users (revision);
CREATE INDEX users_region ON users (region_id);

CREATE TABLE devices (
  id %ID%,
  revision BIGINT NOT NULL,
  mac TEXT NOT NULL UNIQUE,
  model TEXT NOT NULL DEFAULT '',
  display_name TEXT NOT NULL DEFAULT '',
  user_id BIGINT REFERENCES users (id) ON DELETE RESTRICT,
  region_id BIGINT REFERENCES regions (id) ON DELETE RESTRICT,
  serial_number TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL DEFAULT '',
  vlan_mode TEXT NOT NULL DEFAULT '',
  vlan_id INTEGER NOT NULL DEFAULT 0,
  vlan_priority INTEGER NOT NULL DEFAULT 0,
  approval TEXT NOT NULL DEFAULT 'approved',
  ip_address TEXT NOT NULL DEFAULT '',
  subnet TEXT NOT NULL DEFAULT '',
  firmware_version TEXT NOT NULL DEFAULT '',
  user_agent TEXT NOT NULL DEFAULT '',
  sip_status TEXT NOT NULL DEFAULT 'unknown',
  phone_number TEXT NOT NULL DEFAULT '',
  location TEXT NOT NULL DEFAULT '',
  last_report BIGINT,
  last_status_change BIGINT
);
CREATE INDEX devices_revision ON devices (revision);
CREATE INDEX devices_user ON devices (user_id);
CREATE INDEX devices_region ON devices (region_id);

CREATE TABLE templates (
  id %ID%,
  revision BIGINT NOT NULL,
  name TEXT NOT NULL,
  model TEXT NOT NULL DEFAULT '',
  region_id BIGINT REFERENCES regions (id) ON DELETE RESTRICT,
  is_default INTEGER NOT NULL DEFAULT 0,
  description TEXT NOT NULL DEFAULT '',
  global_name TEXT NOT NULL DEFAULT '',
  global_dir TEXT NOT NULL DEFAULT '',
  global_encrypt INTEGER NOT NULL DEFAULT 0,
  global_data TEXT NOT NULL DEFAULT '',
  device_name TEXT NOT NULL DEFAULT '',
  device_dir TEXT NOT NULL DEFAULT '',
  device_encrypt INTEGER NOT NULL DEFAULT 0,
  device_data TEXT NOT NULL DEFAULT ''
);
CREATE INDEX templates_revision ON templates (revision);

-- owner_id: the template, region or device the value belongs to; 0 at the system level.
CREATE TABLE placeholders (
  id %ID%,
  revision BIGINT NOT NULL,
  level TEXT NOT NULL,
  owner_id BIGINT NOT NULL DEFAULT 0,
  name TEXT NOT NULL,
  value TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  UNIQUE (level, owner_id, name)
);
CREATE INDEX placeholders_revision ON placeholders (revision);

CREATE TABLE alarms (
  id %ID%,
  revision BIGINT NOT NULL,
  unique_id TEXT NOT NULL DEFAULT '',
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  severity INTEGER NOT NULL,
  source_mac TEXT NOT NULL DEFAULT '',
  device_id BIGINT,
  type TEXT NOT NULL DEFAULT '',
  probable_cause TEXT NOT NULL DEFAULT '',
  additional_info1 TEXT NOT NULL DEFAULT '',
  additional_info2 TEXT NOT NULL DEFAULT '',
  raised_at BIGINT,
  cleared_at BIGINT
);
CREATE INDEX alarms_revision ON alarms (revision);
CREATE INDEX alarms_source ON alarms (source_mac, name);

CREATE TABLE firmware_files (
  id %ID%,
  revision BIGINT NOT NULL,
  file_name TEXT NOT NULL UNIQUE,
  model TEXT NOT NULL DEFAULT '',
  version TEXT NOT NULL DEFAULT '',
  size BIGINT NOT NULL DEFAULT 0,
  sha256 TEXT NOT NULL DEFAULT '',
  uploaded_at BIGINT,
  content %BLOB%
);
CREATE INDEX firmware_files_revision ON firmware_files (revision);

CREATE TABLE config_files (
  id %ID%,
  revision BIGINT NOT NULL,
  file_name TEXT NOT NULL UNIQUE,
  size BIGINT NOT NULL DEFAULT 0,
  sha256 TEXT NOT NULL DEFAULT '',
  updated_at BIGINT,
  content %BLOB%
);
CREATE INDEX config_files_revision ON config_files (revision);

CREATE TABLE admins (
  id %ID%,
  revision BIGINT NOT NULL,
  name TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL,
  password_hash TEXT NOT NULL DEFAULT ''
);
CREATE INDEX admins_revision ON admins (revision);

-- Written with the admin row, under its revision.
CREATE TABLE admin_region_levels (
  admin_id BIGINT NOT NULL REFERENCES admins (id) ON DELETE CASCADE,
  region_id BIGINT NOT NULL REFERENCES regions (id) ON DELETE CASCADE,
  level TEXT NOT NULL,
  PRIMARY KEY (admin_id, region_id)
);

CREATE TABLE audit_log (
  id %ID%,
  revision BIGINT NOT NULL,
  time BIGINT NOT NULL,
  level TEXT NOT NULL,
  admin_name TEXT NOT NULL DEFAULT '',
  source_address TEXT NOT NULL DEFAULT '',
  action TEXT NOT NULL,
  target TEXT NOT NULL DEFAULT '',
  details TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_revision ON audit_log (revision);
CREATE INDEX audit_log_time ON audit_log (time);
