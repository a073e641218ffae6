-- Monitoring: the day a knelpunt was reported and the day it was finished (resolved or closed), so the dashboard can
-- group and count in the database. Existing rows get their days from the timestamps and the history.
ALTER TABLE bottleneck ADD COLUMN reported_on DATE;
ALTER TABLE bottleneck ADD COLUMN finished_on DATE;
UPDATE bottleneck SET reported_on = CAST(reported_at AS DATE);
UPDATE bottleneck SET finished_on = (SELECT CAST(MAX(e.occurred_at) AS DATE) FROM bottleneck_event e WHERE e.bottleneck_id = bottleneck.id)
    WHERE status_code IN ('OPGELOST', 'GESLOTEN');
-- Covering indexes: every knelpunt count of the dashboard reads only columns of these, so the database counts from the
-- index instead of fetching each row of the period from the table (measured with tools/bench-dashboard.sh: about ten
-- times faster at 100,000 knelpunten). Columns: the period, the groupings (level, status, theme, gemeente), the CoP
-- scope, the visibility rule of restricted knelpunten (restricted, organisation, reporter) and the id COUNT reads.
CREATE INDEX bottleneck_reported_on ON bottleneck (reported_on, level_code, status_code, theme_code, gemeente_code, cop_id,
    restricted, organisation_code, reporter_id, id);
CREATE INDEX bottleneck_finished_on ON bottleneck (finished_on, level_code, status_code, reported_on, theme_code, gemeente_code,
    cop_id, restricted, organisation_code, reporter_id, id);
