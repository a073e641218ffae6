-- Knelpunten (bottlenecks), their history and the per-year reference counter. Shared by Derby and PostgreSQL.

-- One row per kind of reference and year (KP-2026-00042, SIG-2026-007): numbering restarts each year and is
-- taken under the row lock of an UPDATE, so two transactions never get the same number.
CREATE TABLE reference_counter (
    kind        VARCHAR(10) NOT NULL,
    counter_year INTEGER    NOT NULL,
    last_value  BIGINT      NOT NULL,
    CONSTRAINT reference_counter_pk PRIMARY KEY (kind, counter_year)
);

CREATE SEQUENCE bottleneck_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE TABLE bottleneck (
    id                BIGINT       NOT NULL PRIMARY KEY,
    reference         VARCHAR(20)  NOT NULL,
    title             VARCHAR(200) NOT NULL,
    description       ${text}      NOT NULL,
    theme_code        VARCHAR(40)  NOT NULL REFERENCES theme (code),
    gemeente_code     VARCHAR(20)  NOT NULL REFERENCES organisation (code),
    organisation_code VARCHAR(20)  NOT NULL REFERENCES organisation (code),
    affected_group    VARCHAR(200),
    estimated_scale   VARCHAR(20),
    proposed_solution ${text},
    level_code        VARCHAR(20)  NOT NULL,
    status_code       VARCHAR(30)  NOT NULL,
    reporter_id       BIGINT       NOT NULL REFERENCES user_profile (id),
    assignee_id       BIGINT       REFERENCES user_profile (id),
    reported_at       TIMESTAMP    NOT NULL,
    changed_at        TIMESTAMP    NOT NULL,
    resolution        ${text},
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT bottleneck_reference UNIQUE (reference)
);
CREATE INDEX bottleneck_queue ON bottleneck (level_code, status_code, changed_at);
CREATE INDEX bottleneck_gemeente ON bottleneck (gemeente_code);
CREATE INDEX bottleneck_theme ON bottleneck (theme_code);
CREATE INDEX bottleneck_reporter ON bottleneck (reporter_id);

CREATE SEQUENCE bottleneck_event_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE TABLE bottleneck_event (
    id            BIGINT      NOT NULL PRIMARY KEY,
    bottleneck_id BIGINT      NOT NULL REFERENCES bottleneck (id),
    occurred_at   TIMESTAMP   NOT NULL,
    actor_id      BIGINT      REFERENCES user_profile (id),
    action_code   VARCHAR(30) NOT NULL,
    from_level    VARCHAR(20),
    from_status   VARCHAR(30),
    to_level      VARCHAR(20) NOT NULL,
    to_status     VARCHAR(30) NOT NULL,
    event_text    ${text}
);
CREATE INDEX bottleneck_event_history ON bottleneck_event (bottleneck_id, occurred_at);
