-- Attachments: metadata in one table, the bytes in another (lists never touch the content), in the database so
-- every node of a cluster serves them and backups hold them together with the knelpunt.
CREATE SEQUENCE attachment_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE TABLE attachment (
    id            BIGINT       NOT NULL PRIMARY KEY,
    bottleneck_id BIGINT       NOT NULL REFERENCES bottleneck (id),
    file_name     VARCHAR(200) NOT NULL,
    kind          VARCHAR(10)  NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        VARCHAR(64)  NOT NULL,
    uploader_id   BIGINT       NOT NULL REFERENCES user_profile (id),
    uploaded_at   TIMESTAMP    NOT NULL
);
CREATE INDEX attachment_bottleneck ON attachment (bottleneck_id);
CREATE TABLE attachment_content (
    attachment_id BIGINT  NOT NULL PRIMARY KEY REFERENCES attachment (id),
    content       ${blob} NOT NULL
);
