-- Issue 26, knelpunten: a resolution, not just a status. How a knelpunt ended (afhandelcategorie), on the knelpunt and
-- in the history line of the step that ended it.
ALTER TABLE bottleneck ADD COLUMN resolution_category VARCHAR(30);
ALTER TABLE bottleneck_event ADD COLUMN resolution_category VARCHAR(30);
CREATE INDEX bottleneck_resolution ON bottleneck (resolution_category);

-- Existing data. What the history tells for certain is filled in; a knelpunt a handler resolved or closed before
-- categories existed keeps none and shows "onbekend".
-- Merged duplicates and split originals: their closing step says how.
UPDATE bottleneck_event SET resolution_category = 'SAMENGEVOEGD' WHERE action_code = 'SAMENVOEGEN';
UPDATE bottleneck_event SET resolution_category = 'DOORVERWEZEN' WHERE action_code = 'SPLITSEN';
UPDATE bottleneck SET resolution_category = 'SAMENGEVOEGD' WHERE status_code = 'GESLOTEN' AND merged_into IS NOT NULL;
UPDATE bottleneck SET resolution_category = 'DOORVERWEZEN'
 WHERE status_code = 'GESLOTEN' AND merged_into IS NULL
   AND EXISTS (SELECT 1 FROM bottleneck_event e WHERE e.bottleneck_id = bottleneck.id AND e.action_code = 'SPLITSEN'
               AND e.occurred_at = (SELECT MAX(l.occurred_at) FROM bottleneck_event l WHERE l.bottleneck_id = bottleneck.id));

-- Knelpunten the ministry's answer marked "opgelost" whatever the decision: the decision of the latest answered signal
-- that holds them says what really happened. Not adopted or referred: closed with that category. Adopted (wholly or
-- partly): in follow-up, open again, for the follow-up decides whether it gets solved.
UPDATE bottleneck SET status_code = 'GESLOTEN', resolution_category = 'NIET_OVERGENOMEN'
 WHERE level_code = 'SYSTEM' AND status_code = 'OPGELOST'
   AND EXISTS (SELECT 1 FROM szw_signal s, szw_signal_bottleneck sb
               WHERE sb.signal_id = s.id AND sb.bottleneck_id = bottleneck.id AND s.decision = 'NIET_OVERGENOMEN'
                 AND s.answered_at = (SELECT MAX(s2.answered_at) FROM szw_signal s2, szw_signal_bottleneck sb2
                                      WHERE sb2.signal_id = s2.id AND sb2.bottleneck_id = bottleneck.id));
UPDATE bottleneck SET status_code = 'GESLOTEN', resolution_category = 'DOORVERWEZEN'
 WHERE level_code = 'SYSTEM' AND status_code = 'OPGELOST'
   AND EXISTS (SELECT 1 FROM szw_signal s, szw_signal_bottleneck sb
               WHERE sb.signal_id = s.id AND sb.bottleneck_id = bottleneck.id AND s.decision = 'DOORVERWEZEN'
                 AND s.answered_at = (SELECT MAX(s2.answered_at) FROM szw_signal s2, szw_signal_bottleneck sb2
                                      WHERE sb2.signal_id = s2.id AND sb2.bottleneck_id = bottleneck.id));
UPDATE bottleneck SET status_code = 'IN_OPVOLGING', finished_on = NULL
 WHERE level_code = 'SYSTEM' AND status_code = 'OPGELOST'
   AND EXISTS (SELECT 1 FROM szw_signal s, szw_signal_bottleneck sb
               WHERE sb.signal_id = s.id AND sb.bottleneck_id = bottleneck.id
                 AND s.decision IN ('OVERGENOMEN', 'DEELS_OVERGENOMEN')
                 AND s.answered_at = (SELECT MAX(s2.answered_at) FROM szw_signal s2, szw_signal_bottleneck sb2
                                      WHERE sb2.signal_id = s2.id AND sb2.bottleneck_id = bottleneck.id));
