-- Service-level clock per knelpunt (working days, Europe/Amsterdam) and per-theme targets.
ALTER TABLE theme ADD COLUMN execution_days INTEGER;
ALTER TABLE theme ADD COLUMN linking_days INTEGER;

ALTER TABLE bottleneck ADD COLUMN due_date DATE;
ALTER TABLE bottleneck ADD COLUMN paused_remaining INTEGER;
ALTER TABLE bottleneck ADD COLUMN waiting_until DATE;
-- Support reached the threshold: proposed for escalation in the handler's queue (kept so lists can filter in SQL).
-- Flags that queries filter on are SMALLINT 0/1 (FlagConverter): EclipseLink binds boolean query parameters as
-- integers for Derby, which refuses to compare those with a BOOLEAN column.
ALTER TABLE bottleneck ADD COLUMN proposed SMALLINT DEFAULT 0 NOT NULL;

CREATE INDEX bottleneck_due ON bottleneck (due_date);
CREATE INDEX bottleneck_waiting ON bottleneck (waiting_until);
