-- How a file's bytes are stored: '' as they are, 'zlib' compressed (qCompress format).
-- Generated cfg files are compressed: a hundred thousand of them are about 1 GB as text.
ALTER TABLE config_files ADD COLUMN content_encoding TEXT NOT NULL DEFAULT '';
ALTER TABLE firmware_files ADD COLUMN content_encoding TEXT NOT NULL DEFAULT '';
