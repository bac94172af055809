-- A command given in a keep-alive's answer is handed (handed_at) when the report is stored and
-- delivered (delivered_at) once that answer has gone out: a node that dies in between leaves it
-- handed, and the phone's next keep-alive gets it again (CommandHandover).
ALTER TABLE device_commands ADD COLUMN handed_at BIGINT;
