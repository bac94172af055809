-- What moving from the vendor's server keeps (issue: "Move from the vendor's server in one step").
-- A device's model as the import spelt it ("Audiocodes_420HD_LYNC"), so that exports give it back.
ALTER TABLE devices ADD COLUMN model_name TEXT NOT NULL DEFAULT '';
