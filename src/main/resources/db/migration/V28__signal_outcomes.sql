-- Issue 26, signals: what SZW can really say.
-- An interim answer ("tussenbericht") moves the answer deadline; its history line keeps the deadline before and after.
ALTER TABLE szw_signal_event ADD COLUMN due_before DATE;
ALTER TABLE szw_signal_event ADD COLUMN due_after DATE;
