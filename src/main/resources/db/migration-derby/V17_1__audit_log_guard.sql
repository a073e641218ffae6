-- The audit log is append-only (BIO 8.15.01): the database itself refuses to change or delete an entry, whoever asks.
-- Derby has no statement to raise an error from a trigger, so the trigger evaluates a cast that always fails (SQLSTATE
-- 22018); the statement that fired it is rolled back.
CREATE TRIGGER audit_entry_no_update NO CASCADE BEFORE UPDATE ON audit_entry FOR EACH ROW
    VALUES CAST(TRIM('Het auditlog is onveranderlijk / The audit log is append-only') AS INTEGER);
CREATE TRIGGER audit_entry_no_delete NO CASCADE BEFORE DELETE ON audit_entry FOR EACH ROW
    VALUES CAST(TRIM('Het auditlog is onveranderlijk / The audit log is append-only') AS INTEGER);
