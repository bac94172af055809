-- Generated files' bytes are now stored as 'lz4' (ContentCodec), which versions before this
-- migration cannot read: the schema version tells such a version to refuse this database (and
-- an older node to stay out of a cluster that has moved on) instead of failing every phone's
-- file. Nothing to change in the rows: 'zlib' and '' rows still read.
UPDATE config_files SET content_encoding = content_encoding WHERE 1 = 0;
