-- Indexes for the knelpunten list, found by the load benchmark (tools/bench-load.sh). V15, not V14: V14 is taken by
-- the foreign-key indexes of the PostgreSQL work.
-- The default order (most recently changed first, the id last for stable paging; BottleneckSort CHANGED_DESC), so a page
-- of 20 can be read in order instead of sorting every visible knelpunt.
CREATE INDEX bottleneck_changed ON bottleneck (changed_at DESC, id DESC);
-- Every column of the visibility rule (Viewer, JpaBottleneckRepository.where): counting what a reader may see reads this
-- narrow index instead of the table's wide rows.
CREATE INDEX bottleneck_visibility ON bottleneck (restricted, organisation_code, reporter_id, level_code);
