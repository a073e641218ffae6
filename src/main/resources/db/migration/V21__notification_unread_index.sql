-- The bell in the site header counts a person's unread notifications on every signed-in page view
-- (NotificationService.unreadCountOfProfile → JpaNotificationRepository.unreadCount):
--   SELECT COUNT(ID) FROM NOTIFICATION WHERE RECIPIENT_ID = ? AND READ_AT IS NULL
-- (EclipseLink counts an entity by its primary key). With only notification_recipient (recipient_id, created_at) the
-- database walks the person's index entries and reads every one of their rows to test read_at, so the count grows with
-- everything they were ever told. This index holds the three columns the statement uses, in the order it filters: the
-- recipient's unread entries (read_at NULL) lie together and the count is answered from the index alone. "Mark all
-- read" (UPDATE … WHERE recipient_id = ? AND read_at IS NULL) finds its rows through it too.
CREATE INDEX notification_unread ON notification (recipient_id, read_at, id);
