-- Schema shared by Apache Derby and PostgreSQL. ${text} is CLOB on Derby and TEXT on PostgreSQL.

CREATE TABLE labour_market_region (
    code        VARCHAR(10)  NOT NULL PRIMARY KEY,
    name        VARCHAR(100) NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE organisation (
    code        VARCHAR(20)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(40)  NOT NULL,
    province    VARCHAR(40),
    region_code VARCHAR(10)  REFERENCES labour_market_region (code),
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    version     BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX organisation_kind_name ON organisation (kind, name);
CREATE INDEX organisation_region ON organisation (region_code);

CREATE TABLE theme (
    code        VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_nl     VARCHAR(100) NOT NULL,
    name_en     VARCHAR(100) NOT NULL,
    description_nl VARCHAR(500),
    description_en VARCHAR(500),
    sort_order  INTEGER      NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    version     BIGINT       NOT NULL DEFAULT 0
);

-- EclipseLink takes the value it gets as the end of a block of allocationSize ids, so start at the block size.
CREATE SEQUENCE user_profile_seq AS BIGINT START WITH 20 INCREMENT BY 20;
CREATE TABLE user_profile (
    id                BIGINT       NOT NULL PRIMARY KEY,
    subject           VARCHAR(100) NOT NULL,
    username          VARCHAR(100) NOT NULL,
    display_name      VARCHAR(200) NOT NULL,
    email             VARCHAR(254),
    organisation_code VARCHAR(20)  REFERENCES organisation (code),
    roles             VARCHAR(200) NOT NULL,
    active            BOOLEAN      NOT NULL DEFAULT TRUE,
    first_sign_in     TIMESTAMP    NOT NULL,
    last_sign_in      TIMESTAMP    NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT user_profile_subject UNIQUE (subject)
);
CREATE INDEX user_profile_organisation ON user_profile (organisation_code);

CREATE SEQUENCE audit_entry_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE TABLE audit_entry (
    id           BIGINT       NOT NULL PRIMARY KEY,
    occurred_at  TIMESTAMP    NOT NULL,
    actor        VARCHAR(100) NOT NULL,
    action       VARCHAR(60)  NOT NULL,
    object_type  VARCHAR(60)  NOT NULL,
    object_id    VARCHAR(100),
    result       VARCHAR(20)  NOT NULL,
    origin       VARCHAR(100),
    details      VARCHAR(1000)
);
CREATE INDEX audit_entry_time ON audit_entry (occurred_at);
CREATE INDEX audit_entry_object ON audit_entry (object_type, object_id);
