/**
 * Mijn werk: each person's worklists, and the reminders of deadlines (knelpunten, signals, Q&amp;A validity).
 */
package nl.lerendstelsel.application.work;
