-- Issue 30, "outcomes that travel". An outcome carries themes and, optionally, a gemeente or an arbeidsmarktregio; its
-- author or a facilitator of the CoP edits it, and each edit keeps the text as it read before (who wrote it, when).
ALTER TABLE cop_outcome ADD COLUMN gemeente_code VARCHAR(20) REFERENCES organisation (code);
ALTER TABLE cop_outcome ADD COLUMN region_code VARCHAR(10) REFERENCES labour_market_region (code);
ALTER TABLE cop_outcome ADD COLUMN edited_at TIMESTAMP;
ALTER TABLE cop_outcome ADD COLUMN edited_by BIGINT REFERENCES user_profile (id);
CREATE INDEX cop_outcome_gemeente_code_fk ON cop_outcome (gemeente_code);
CREATE INDEX cop_outcome_region_code_fk ON cop_outcome (region_code);
CREATE INDEX cop_outcome_edited_by_fk ON cop_outcome (edited_by);

CREATE TABLE cop_outcome_theme (
    outcome_id BIGINT      NOT NULL REFERENCES cop_outcome (id),
    theme_code VARCHAR(40) NOT NULL REFERENCES theme (code),
    PRIMARY KEY (outcome_id, theme_code)
);
CREATE INDEX cop_outcome_theme_theme ON cop_outcome_theme (theme_code);

-- Outcomes recorded before this had no themes of their own: they take their CoP's.
INSERT INTO cop_outcome_theme (outcome_id, theme_code)
    SELECT o.id, t.theme_code FROM cop_outcome o, cop_theme t WHERE t.cop_id = o.cop_id;

CREATE SEQUENCE cop_outcome_revision_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE TABLE cop_outcome_revision (
    id          BIGINT       NOT NULL PRIMARY KEY,
    outcome_id  BIGINT       NOT NULL REFERENCES cop_outcome (id),
    title       VARCHAR(200) NOT NULL,
    description ${text}      NOT NULL,
    written_by  BIGINT       NOT NULL REFERENCES user_profile (id),
    written_at  TIMESTAMP    NOT NULL
);
CREATE INDEX cop_outcome_revision_outcome ON cop_outcome_revision (outcome_id, written_at);
CREATE INDEX cop_outcome_revision_written_by_fk ON cop_outcome_revision (written_by);
