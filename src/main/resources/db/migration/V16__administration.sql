-- Administration (issue 10, part A): municipal mergers (herindelingen) and settings changed by admins.

-- A gemeente that merged into another keeps its row (old audit entries and reports name it) with the successor and
-- the day of the merger; a retired partner organisation or gemeente has retired_on without a successor.
ALTER TABLE organisation ADD COLUMN successor_code VARCHAR(20) REFERENCES organisation (code);
ALTER TABLE organisation ADD COLUMN retired_on DATE;
CREATE INDEX organisation_successor ON organisation (successor_code);

-- Settings an admin changed; a setting without a row keeps its value from MicroProfile Config (or the built-in default).
CREATE TABLE app_setting (
    setting_key   VARCHAR(60)  NOT NULL PRIMARY KEY,
    setting_value BIGINT       NOT NULL,
    changed_at    TIMESTAMP    NOT NULL,
    changed_by    VARCHAR(100) NOT NULL,
    version       BIGINT       NOT NULL DEFAULT 0
);
