-- The knelpunten list filtered on one of its filters (BottleneckListPage: thema, status, niveau, gemeente) in the default
-- order, read like the unfiltered list (bottleneck_list, V19): an index led by the filter column and then the list order
-- (changed_at DESC, id DESC), so with the filter value fixed the index is already in list order; the database walks it
-- from the value's first entry and stops after the bound (BottleneckService.browse: at most 1,001 ids) instead of
-- sorting every matching knelpunt. The visibility rule's columns follow, so the rule is tested in the index too, without
-- reading the table's rows (JpaBottleneckRepository.where). A theme filter at 100,000 knelpunten sorted ~6,000 rows per
-- page view (quality report, P6).
CREATE INDEX bottleneck_list_theme ON bottleneck (theme_code, changed_at DESC, id DESC, restricted, organisation_code, reporter_id, level_code);
CREATE INDEX bottleneck_list_status ON bottleneck (status_code, changed_at DESC, id DESC, restricted, organisation_code, reporter_id, level_code);
CREATE INDEX bottleneck_list_level ON bottleneck (level_code, changed_at DESC, id DESC, restricted, organisation_code, reporter_id);
CREATE INDEX bottleneck_list_gemeente ON bottleneck (gemeente_code, changed_at DESC, id DESC, restricted, organisation_code, reporter_id, level_code);
