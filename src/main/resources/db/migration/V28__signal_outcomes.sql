-- Issue 26, signals: what SZW can really say.
-- An interim answer ("tussenbericht") moves the answer deadline; its history line keeps the deadline before and after.
ALTER TABLE szw_signal_event ADD COLUMN due_before DATE;
ALTER TABLE szw_signal_event ADD COLUMN due_after DATE;

-- Follow-up of an adopted decision can be marked realised (with a note); overdue is derived from followup_expected.
ALTER TABLE szw_signal ADD COLUMN followup_realised_at TIMESTAMP;
ALTER TABLE szw_signal ADD COLUMN followup_realised_note ${text};
CREATE INDEX szw_signal_followup_expected ON szw_signal (followup_expected);
