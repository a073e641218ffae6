-- Issue 26, signals: what SZW can really say.
-- An interim answer ("tussenbericht") moves the answer deadline; its history line keeps the deadline before and after.
ALTER TABLE szw_signal_event ADD COLUMN due_before DATE;
ALTER TABLE szw_signal_event ADD COLUMN due_after DATE;

-- Follow-up of an adopted decision can be marked realised (with a note); overdue is derived from followup_expected.
ALTER TABLE szw_signal ADD COLUMN followup_realised_at TIMESTAMP;
ALTER TABLE szw_signal ADD COLUMN followup_realised_note ${text};
CREATE INDEX szw_signal_followup_expected ON szw_signal (followup_expected);

-- Who handles a signal at the ministry (took it or was assigned it); the ministry's inbox filters on it.
ALTER TABLE szw_signal ADD COLUMN owner_id BIGINT;
ALTER TABLE szw_signal ADD CONSTRAINT szw_signal_owner FOREIGN KEY (owner_id) REFERENCES user_profile (id);
CREATE INDEX szw_signal_owner_id ON szw_signal (owner_id);
