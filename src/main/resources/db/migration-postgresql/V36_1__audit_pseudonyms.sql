-- Issue 27: the audit log stays append-only, with one exception: the retention run replaces an anonymised person's user
-- name by their pseudonym ('pseudoniem:' and the profile id) and clears the address. Any other update, every delete and
-- truncate are refused as before (the same function serves all three triggers).
CREATE OR REPLACE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.actor NOT LIKE 'pseudoniem:%' AND NEW.actor LIKE 'pseudoniem:%' AND NEW.origin IS NULL
            AND NEW.id = OLD.id AND NEW.occurred_at = OLD.occurred_at AND NEW.action = OLD.action
            AND NEW.object_type = OLD.object_type AND NEW.result = OLD.result
            AND NEW.object_id IS NOT DISTINCT FROM OLD.object_id AND NEW.details IS NOT DISTINCT FROM OLD.details THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'Het auditlog is onveranderlijk: regels worden niet gewijzigd of verwijderd / The audit log is append-only'
        USING ERRCODE = 'insufficient_privilege';
END;
$$;
