-- Issue 24: the loop moves by itself.
-- The arbeidsmarktregio's a facilitator or coordinator looks after (set by an admin). A new knelpunt without a CoP, and a
-- knelpunt escalated to linking level, reach the handlers whose regions hold its gemeente; someone without rows here
-- looks after the whole country.
CREATE TABLE user_region (
    user_id     BIGINT      NOT NULL REFERENCES user_profile (id),
    region_code VARCHAR(10) NOT NULL REFERENCES labour_market_region (code),
    PRIMARY KEY (user_id, region_code)
);
CREATE INDEX user_region_region ON user_region (region_code);

-- Reminders of deadlines that were sent: one row per subject, kind of reminder and due day, so each is sent once,
-- across restarts and nodes (the primary key refuses a second one). A subject that moves gets a new due day and so a
-- reminder of its own. A row is a few bytes per deadline; they are kept, so an old overdue one is never told twice.
CREATE TABLE reminder_sent (
    subject_ref VARCHAR(40) NOT NULL,
    kind        VARCHAR(40) NOT NULL,
    due_on      DATE        NOT NULL,
    sent_at     TIMESTAMP   NOT NULL,
    PRIMARY KEY (subject_ref, kind, due_on)
);
CREATE INDEX reminder_sent_due ON reminder_sent (due_on);

INSERT INTO job_lease (name, holder, lease_until, runs) VALUES ('deadline-reminders', '-', 0, 0);
