-- Issue 26, kennisbank items: concept -> gepubliceerd -> gearchiveerd instead of publishing on save and deleting for good.
-- Items that exist were public, so they stay published. Archived items are kept (audit trail, republishing).
ALTER TABLE knowledge_item ADD COLUMN status VARCHAR(20) DEFAULT 'GEPUBLICEERD' NOT NULL;
ALTER TABLE knowledge_item ADD COLUMN status_changed_at TIMESTAMP;
CREATE INDEX knowledge_item_status ON knowledge_item (status, published_on);

-- One file per item besides (or instead of) a link: metadata on the item, recognised by content as knelpunt attachments
-- are; the bytes in their own table, so lists never read them.
ALTER TABLE knowledge_item ADD COLUMN file_name VARCHAR(200);
ALTER TABLE knowledge_item ADD COLUMN file_kind VARCHAR(20);
ALTER TABLE knowledge_item ADD COLUMN file_size BIGINT;
ALTER TABLE knowledge_item ADD COLUMN file_sha256 VARCHAR(64);
CREATE TABLE knowledge_file (
    item_id BIGINT  NOT NULL PRIMARY KEY REFERENCES knowledge_item (id),
    content ${blob} NOT NULL
);
