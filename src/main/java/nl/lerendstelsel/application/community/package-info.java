/**
 * Communities of Practice: membership, meetings and their outcomes, discussions and their moderation.
 */
package nl.lerendstelsel.application.community;
