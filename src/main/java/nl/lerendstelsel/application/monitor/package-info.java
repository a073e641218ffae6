/** Monitor rounds (issue 29): drafting and opening them, answering them, their results and reminders. */
package nl.lerendstelsel.application.monitor;
