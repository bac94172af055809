-- Which placeholders a phone's generated file left unresolved (names joined by ','; empty when
-- none) and the stored template it was made from (NULL: the shipped default), so that the
-- Templates page can say which phones lack values, long after the generation's job is gone.
ALTER TABLE config_files ADD COLUMN template_id BIGINT;
ALTER TABLE config_files ADD COLUMN unresolved TEXT NOT NULL DEFAULT '';
CREATE INDEX config_files_unresolved ON config_files (template_id) WHERE unresolved <> '';
-- Files generated before this was recorded: a fingerprint no inputs give makes the next
-- generation render them once more to record it (their bytes are rewritten only if they differ).
-- (Not empty: an empty fingerprint means an uploaded file.)
UPDATE config_files SET fingerprint = 'before-0011' WHERE origin = 'device';
