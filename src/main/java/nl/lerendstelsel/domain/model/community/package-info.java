/**
 * Communities of Practice (CoP): spaces with members and facilitators, discussions with moderation, meetings and
 * outcomes. The rules that need no database (membership per mode, the flag threshold, mentions, calendar files) are
 * plain classes here, tested without a server.
 */
package nl.lerendstelsel.domain.model.community;
