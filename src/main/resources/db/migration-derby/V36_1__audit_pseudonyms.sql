-- Issue 27: the audit log stays append-only, with one exception: the retention run replaces an anonymised person's user
-- name by their pseudonym ('pseudoniem:' and the profile id) and clears the address. Any other change is refused as before:
-- the trigger fires unless exactly that happens (every other column unchanged, the actor not a pseudonym before).
DROP TRIGGER audit_entry_no_update;
CREATE TRIGGER audit_entry_no_update NO CASCADE BEFORE UPDATE ON audit_entry REFERENCING OLD AS o NEW AS n FOR EACH ROW
    WHEN (NOT (o.actor NOT LIKE 'pseudoniem:%' AND n.actor LIKE 'pseudoniem:%' AND n.origin IS NULL
        AND n.id = o.id AND n.occurred_at = o.occurred_at AND n.action = o.action AND n.object_type = o.object_type
        AND n.result = o.result
        AND (n.object_id = o.object_id OR (n.object_id IS NULL AND o.object_id IS NULL))
        AND (n.details = o.details OR (n.details IS NULL AND o.details IS NULL))))
    VALUES CAST(TRIM('Het auditlog is onveranderlijk / The audit log is append-only') AS INTEGER);
