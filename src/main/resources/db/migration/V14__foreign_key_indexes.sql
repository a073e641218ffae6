-- Indexes for the foreign keys that no other index starts with. Derby backs every foreign key with an index of its own,
-- so there these statements change nothing (Derby skips an index that duplicates a constraint's backing index, with
-- warning 01504, and the name does not exist afterwards: never DROP one of these by name). PostgreSQL indexes no
-- foreign key by itself: without these, the queue of a handler (assignee), a person's posts, supports and events, and
-- every delete of a referenced row would scan whole tables there.
CREATE INDEX attachment_uploader_id_fk ON attachment (uploader_id);
CREATE INDEX bottleneck_assignee_id_fk ON bottleneck (assignee_id);
CREATE INDEX bottleneck_organisation_code_fk ON bottleneck (organisation_code);
CREATE INDEX bottleneck_comment_author_id_fk ON bottleneck_comment (author_id);
CREATE INDEX bottleneck_event_actor_id_fk ON bottleneck_event (actor_id);
CREATE INDEX bottleneck_support_organisation_code_fk ON bottleneck_support (organisation_code);
CREATE INDEX bottleneck_support_supporter_id_fk ON bottleneck_support (supporter_id);
CREATE INDEX cop_meeting_created_by_fk ON cop_meeting (created_by);
CREATE INDEX cop_meeting_rsvp_user_id_fk ON cop_meeting_rsvp (user_id);
CREATE INDEX cop_membership_changed_by_fk ON cop_membership (changed_by);
CREATE INDEX cop_outcome_bottleneck_id_fk ON cop_outcome (bottleneck_id);
CREATE INDEX cop_outcome_created_by_fk ON cop_outcome (created_by);
CREATE INDEX cop_outcome_meeting_id_fk ON cop_outcome (meeting_id);
CREATE INDEX cop_outcome_thread_id_fk ON cop_outcome (thread_id);
CREATE INDEX cop_post_author_id_fk ON cop_post (author_id);
CREATE INDEX cop_post_flag_flagger_id_fk ON cop_post_flag (flagger_id);
CREATE INDEX cop_post_flag_resolved_by_fk ON cop_post_flag (resolved_by);
CREATE INDEX cop_thread_author_id_fk ON cop_thread (author_id);
CREATE INDEX cop_thread_read_user_id_fk ON cop_thread_read (user_id);
CREATE INDEX knowledge_item_theme_theme_code_fk ON knowledge_item_theme (theme_code);
CREATE INDEX qa_entry_current_version_id_fk ON qa_entry (current_version_id);
CREATE INDEX qa_feedback_version_id_fk ON qa_feedback (version_id);
CREATE INDEX qa_question_asked_by_fk ON qa_question (asked_by);
CREATE INDEX qa_question_entry_id_fk ON qa_question (entry_id);
CREATE INDEX qa_question_theme_code_fk ON qa_question (theme_code);
CREATE INDEX szw_signal_author_id_fk ON szw_signal (author_id);
CREATE INDEX szw_signal_responder_id_fk ON szw_signal (responder_id);
CREATE INDEX szw_signal_event_actor_id_fk ON szw_signal_event (actor_id);
CREATE INDEX szw_signal_message_author_id_fk ON szw_signal_message (author_id);
CREATE INDEX szw_signal_progress_author_id_fk ON szw_signal_progress (author_id);
