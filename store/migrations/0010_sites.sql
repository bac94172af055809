-- Sites: parts of a region (an office), with placeholder values between the region's and the
-- device's (the vendor's configuration export has them). A phone may be at one site of its region.
CREATE TABLE sites (
  id %ID%,
  revision BIGINT NOT NULL,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  region_id BIGINT NOT NULL REFERENCES regions (id) ON DELETE CASCADE,
  UNIQUE (region_id, name)
);
CREATE INDEX sites_revision ON sites (revision);
ALTER TABLE devices ADD COLUMN site_id BIGINT REFERENCES sites (id) ON DELETE SET NULL;
