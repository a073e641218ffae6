-- The dashboard's time per level (JpaLevelHistory) finds the phases that ended in a period by the moment of their history
-- line: without this index every dashboard view would read the whole history table. The existing index
-- bottleneck_event_history starts with the knelpunt and serves one knelpunt's history only.
CREATE INDEX bottleneck_event_time ON bottleneck_event (occurred_at);
