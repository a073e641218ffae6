-- Issue 27: retention per kind (CoP posts, signals' free texts, notifications, questions, inactive profiles), each with its
-- own setting (app_setting, defaults from configuration). What is done is marked, so a run is idempotent and the statistics
-- keep counting the rows. The audit log's narrow exception for pseudonyms is per database (V36_1).
ALTER TABLE cop_post ADD COLUMN erased_at TIMESTAMP;
ALTER TABLE szw_signal ADD COLUMN texts_erased_at TIMESTAMP;
ALTER TABLE qa_question ADD COLUMN erased_at TIMESTAMP;
ALTER TABLE user_profile ADD COLUMN anonymised_at TIMESTAMP;

-- The run looks for due items by their moment.
CREATE INDEX cop_thread_last_post ON cop_thread (last_post_at);
CREATE INDEX szw_signal_closed ON szw_signal (closed_at);
CREATE INDEX notification_created ON notification (created_at);
CREATE INDEX user_profile_last_sign_in ON user_profile (last_sign_in);
