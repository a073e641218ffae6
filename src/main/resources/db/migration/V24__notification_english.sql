-- Issue 24, "one way to say things": a notification keeps its title and text in English too, resolved from the message
-- bundles when it is written, so the English interface shows it in English. Older rows have none: they show the Dutch.
ALTER TABLE notification ADD COLUMN title_en VARCHAR(300);
ALTER TABLE notification ADD COLUMN body_en ${text};
