-- Monitoring: the day a knelpunt was reported and the day it was finished (resolved or closed), so the dashboard can
-- group and count in the database. Existing rows get their days from the timestamps and the history.
ALTER TABLE bottleneck ADD COLUMN reported_on DATE;
ALTER TABLE bottleneck ADD COLUMN finished_on DATE;
UPDATE bottleneck SET reported_on = CAST(reported_at AS DATE);
UPDATE bottleneck SET finished_on = (SELECT CAST(MAX(e.occurred_at) AS DATE) FROM bottleneck_event e WHERE e.bottleneck_id = bottleneck.id)
    WHERE status_code IN ('OPGELOST', 'GESLOTEN');
-- Covering indexes: the dashboard's grouped counts read only these columns, so the database answers from the index.
CREATE INDEX bottleneck_monitor ON bottleneck (reported_on, status_code, level_code, theme_code, gemeente_code);
CREATE INDEX bottleneck_finished_on ON bottleneck (finished_on, level_code, status_code, reported_on);
