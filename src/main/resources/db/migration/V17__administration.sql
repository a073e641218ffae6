-- Administration (issue 10, part B): people, the audit log and data retention. Shared by Derby and PostgreSQL; the
-- database-level guard that keeps audit entries from being changed or deleted is per database (V17_1 in
-- db/migration-derby and db/migration-postgresql), because trigger syntax differs.

-- People: an admin may correct a person's organisation link; later sign-ins then keep the correction instead of taking
-- over the organisation of the token, which stays visible next to it.
ALTER TABLE user_profile ADD COLUMN organisation_corrected BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE user_profile ADD COLUMN claimed_organisation VARCHAR(20);
UPDATE user_profile SET claimed_organisation = organisation_code;
CREATE INDEX user_profile_name ON user_profile (display_name, id);

-- The neutral author that replaces people on knelpunten past their retention period ("Voormalig deelnemer"). It can never
-- sign in (its subject is no Keycloak subject) and is left out of the people directory. Id -1 is outside every block the
-- user_profile sequence hands out.
INSERT INTO user_profile (id, subject, username, display_name, email, organisation_code, roles, active, first_sign_in,
    last_sign_in, version, organisation_corrected, claimed_organisation)
    VALUES (-1, 'urn:lerendstelsel:voormalig-deelnemer', 'voormalig-deelnemer', 'Voormalig deelnemer', NULL, NULL, '', FALSE,
    CAST('2026-01-01 00:00:00' AS TIMESTAMP), CAST('2026-01-01 00:00:00' AS TIMESTAMP), 0, FALSE, NULL);

-- Retention: when a knelpunt was anonymised (empty: not yet). The job looks for finished, not yet anonymised knelpunten by day.
ALTER TABLE bottleneck ADD COLUMN anonymised_at TIMESTAMP;
CREATE INDEX bottleneck_retention ON bottleneck (finished_on, status_code, anonymised_at);

-- The audit log page filters by actor and action within a period, newest first.
CREATE INDEX audit_entry_actor ON audit_entry (actor, occurred_at);
CREATE INDEX audit_entry_action ON audit_entry (action, occurred_at);
