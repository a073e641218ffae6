-- Issue 27. A post deleted by its author or removed by a facilitator keeps no text, and neither do its earlier
-- versions: the thread shows a placeholder, the audit log keeps who and when. Erase what was kept before this rule.
DELETE FROM cop_post_revision WHERE post_id IN (SELECT id FROM cop_post WHERE deleted_at IS NOT NULL OR status = 'VERWIJDERD');
UPDATE cop_post SET body = '', body_html = '' WHERE deleted_at IS NOT NULL OR status = 'VERWIJDERD';

-- Only current members follow a CoP's discussions: a membership that ended (left, removed) ends its follows.
DELETE FROM cop_thread_follower WHERE NOT EXISTS (
    SELECT 1 FROM cop_thread t, cop_membership m
    WHERE t.id = cop_thread_follower.thread_id AND m.cop_id = t.cop_id AND m.user_id = cop_thread_follower.user_id
      AND m.status = 'ACTIEF');
