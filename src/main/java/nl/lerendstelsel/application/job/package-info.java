/**
 * Background jobs on a timer (reminders, the mail outbox, retention, statistics, waiting periods), each under a job
 * lease so that one node runs it at a time.
 */
package nl.lerendstelsel.application.job;
