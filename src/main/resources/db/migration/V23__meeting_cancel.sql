-- Cancelling a CoP meeting with a reason members see, and the iCalendar SEQUENCE that grows with every move and with the
-- cancellation, so calendars that received the meeting by e-mail take the newest version.
ALTER TABLE cop_meeting ADD COLUMN ics_sequence INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE cop_meeting ADD COLUMN cancelled_at TIMESTAMP;
ALTER TABLE cop_meeting ADD COLUMN cancel_reason VARCHAR(1000);
