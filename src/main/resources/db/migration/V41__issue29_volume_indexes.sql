-- Issue 29 at the reference volume. The dashboard's time per level (JpaLevelHistory.levelChanges) also keeps the history
-- lines that a merge moved to the surviving knelpunt, by joining their origin_reference to the reference of the duplicate
-- that ended a phase in the period. Without an index the database compares every history line with every such knelpunt
-- (quadratic in the history); with it, each knelpunt finds the few moved lines that name it.
CREATE INDEX bottleneck_event_origin ON bottleneck_event (origin_reference);
