-- Phone trust (docs/server.md, "Who can get what"): what a phone proved, whose a generated file
-- is, and the end of first contact.

-- Where commands are pushed: the address of the phone's last proven request (a keep-alive that
-- proved the phone, or the fetch of its own file). Empty: queue only.
ALTER TABLE devices ADD COLUMN push_address TEXT NOT NULL DEFAULT '';
-- The address that last got the phone's own file; until proof_open_until (ms) keep-alives from
-- that address may pin their emsUserPassword (proof_token), which later keep-alives must repeat.
ALTER TABLE devices ADD COLUMN proof_address TEXT NOT NULL DEFAULT '';
ALTER TABLE devices ADD COLUMN proof_open_until BIGINT NOT NULL DEFAULT 0;
ALTER TABLE devices ADD COLUMN proof_token TEXT NOT NULL DEFAULT '';
-- First contact: the first fetch with the phone's own credentials closes it; an administrator
-- may open it again until first_contact_until; first_contact_at is its last use.
ALTER TABLE devices ADD COLUMN own_fetch_at BIGINT;
ALTER TABLE devices ADD COLUMN first_contact_until BIGINT;
ALTER TABLE devices ADD COLUMN first_contact_at BIGINT;

-- Whose a cfg file is: 'uploaded' (shared, by system administrators), 'global' (a template's
-- global file; region_id: the template's region, NULL for system-wide ones) or 'device' (one
-- phone's own file, private to device_id whatever its name).
ALTER TABLE config_files ADD COLUMN origin TEXT NOT NULL DEFAULT 'uploaded';
ALTER TABLE config_files ADD COLUMN device_id BIGINT;
ALTER TABLE config_files ADD COLUMN region_id BIGINT;
UPDATE config_files SET origin = CASE WHEN fingerprint = '' THEN 'uploaded'
                                      WHEN fingerprint = 'global' THEN 'global' ELSE 'device' END;
-- A phone's file of before is its phone's when its name is the usual <MAC>.cfg or
-- <MODEL>_<MAC>_conf.cfg (an index lookup each, whatever the fleet's size); other names stay
-- nobody's (private to no one) until the generator, which knows whose they are, writes them again.
UPDATE config_files SET device_id = (SELECT d.id FROM devices d WHERE d.mac = UPPER(SUBSTR(config_files.file_name, 1, 12)))
  WHERE origin = 'device' AND LENGTH(file_name) = 16 AND file_name LIKE '%.cfg';
UPDATE config_files SET device_id = (SELECT d.id FROM devices d
                                     WHERE d.mac = UPPER(SUBSTR(config_files.file_name, LENGTH(config_files.file_name) - 20, 12)))
  WHERE origin = 'device' AND device_id IS NULL AND file_name LIKE '%\_conf.cfg' ESCAPE '\';
-- A global file belongs to a region only when that region's templates alone use its name and no
-- shipped default does; else it is the system's (a regional template that shares the name is
-- then refused at generation, and its phones include the system's file, until it is renamed).
UPDATE config_files SET region_id = (SELECT MIN(t.region_id) FROM templates t WHERE t.global_name = config_files.file_name)
  WHERE origin = 'global'
    AND file_name NOT IN ('Audiocodes_405HD_global.cfg', 'Audiocodes_430HD_global.cfg', 'Audiocodes_440HD_global.cfg',
                          'Audiocodes_445HD_global.cfg', 'Audiocodes_450HD_global.cfg', 'Audiocodes_C450HD_global.cfg')
    AND (SELECT COUNT(DISTINCT COALESCE(t.region_id, 0)) FROM templates t
         WHERE t.global_name = config_files.file_name) = 1
    AND NOT EXISTS (SELECT 1 FROM templates t WHERE t.global_name = config_files.file_name AND t.region_id IS NULL);
CREATE INDEX config_files_device ON config_files (device_id);

-- Accounts are no longer locked by failed logins (anyone could lock everyone out): failures
-- slow down the address and the (name, address) pair that made them, in memory.
UPDATE admin_logins SET locked = 0, failed_logins = 0, last_failure = NULL;
