-- Service-level clock per knelpunt (working days, Europe/Amsterdam) and per-theme targets.
ALTER TABLE theme ADD COLUMN execution_days INTEGER;
ALTER TABLE theme ADD COLUMN linking_days INTEGER;

ALTER TABLE bottleneck ADD COLUMN due_date DATE;
ALTER TABLE bottleneck ADD COLUMN paused_remaining INTEGER;
ALTER TABLE bottleneck ADD COLUMN waiting_until DATE;
-- Support reached the threshold: proposed for escalation in the handler's queue (kept so lists can filter in SQL).
ALTER TABLE bottleneck ADD COLUMN proposed BOOLEAN DEFAULT FALSE NOT NULL;

CREATE INDEX bottleneck_due ON bottleneck (due_date);
CREATE INDEX bottleneck_waiting ON bottleneck (waiting_until);
