-- Restricted ("afgeschermd") knelpunten: visible only to the reporting organisation, handlers and admins, and to the
-- ministry once at system level.
ALTER TABLE bottleneck ADD COLUMN restricted SMALLINT DEFAULT 0 NOT NULL;
