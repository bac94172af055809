-- Firmware images are stored in pieces of 1 MB (firmware_files.content_encoding 'chunks'), so
-- that an upload goes from its temporary file into the database a piece at a time and a
-- 150 MB image is never held whole in memory to be stored. Older rows keep their content.
CREATE TABLE firmware_chunks (
  firmware_id BIGINT NOT NULL REFERENCES firmware_files (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  data %BLOB% NOT NULL,
  PRIMARY KEY (firmware_id, seq)
);
