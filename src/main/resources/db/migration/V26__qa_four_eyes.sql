-- Issue 26, answers that stay correct: four eyes on every version of an answer.
-- Who wrote or changed a version, by profile (a display name is no identity): none of them may approve it.
CREATE TABLE qa_version_writer (
    version_id BIGINT NOT NULL REFERENCES qa_version (id),
    profile_id BIGINT NOT NULL REFERENCES user_profile (id),
    PRIMARY KEY (version_id, profile_id)
);
CREATE INDEX qa_version_writer_profile ON qa_version_writer (profile_id);

-- An approval records the approver's profile and the organisation they belonged to at that moment, so one person never
-- signs the same version for two partners (also not after their organisation was changed). Approvals from before this
-- migration name the editor only.
ALTER TABLE qa_approval ADD COLUMN editor_id BIGINT;
ALTER TABLE qa_approval ADD CONSTRAINT qa_approval_editor FOREIGN KEY (editor_id) REFERENCES user_profile (id);
ALTER TABLE qa_approval ADD COLUMN organisation VARCHAR(20);
CREATE INDEX qa_approval_editor_id ON qa_approval (editor_id);

-- "Terug naar concept" gives a reason, shown in the version's history; the last one is kept on the version.
ALTER TABLE qa_version ADD COLUMN return_reason VARCHAR(500);

-- Expired and soon-ending answers are looked up by their end date (the editors' worklist, the feed).
CREATE INDEX qa_version_valid_until ON qa_version (valid_until);
