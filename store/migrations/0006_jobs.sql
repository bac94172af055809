-- Bulk actions: jobs and what happened to each of their phones (or users), and which job a
-- queued command belongs to, so that its delivery is recorded against the job.

CREATE TABLE jobs (
  id %ID%,
  revision BIGINT NOT NULL,
  action TEXT NOT NULL,
  options TEXT NOT NULL DEFAULT '{}',
  pacing TEXT NOT NULL DEFAULT '{}',
  description TEXT NOT NULL DEFAULT '',
  admin_id BIGINT,
  admin_name TEXT NOT NULL DEFAULT '',
  source_address TEXT NOT NULL DEFAULT '',
  state TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  started_at BIGINT,
  finished_at BIGINT,
  -- The node working on it, until when (several nodes share one database; none runs a job twice).
  node TEXT NOT NULL DEFAULT '',
  lease_until BIGINT
);
CREATE INDEX jobs_revision ON jobs (revision);
CREATE INDEX jobs_state ON jobs (state);

CREATE TABLE job_targets (
  job_id BIGINT NOT NULL REFERENCES jobs (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  target_id BIGINT NOT NULL,
  label TEXT NOT NULL DEFAULT '',
  region_id BIGINT,
  outcome TEXT NOT NULL DEFAULT 'pending',
  reason TEXT NOT NULL DEFAULT '',
  updated_at BIGINT,
  PRIMARY KEY (job_id, position)
);
CREATE INDEX job_targets_outcome ON job_targets (job_id, outcome, position);

ALTER TABLE device_commands ADD COLUMN job_id BIGINT;
ALTER TABLE device_commands ADD COLUMN job_position INTEGER;
