/**
 * Signals to the ministry of SZW (signalering): the workflow table, the deadlines in working days and the evidence
 * derived from the knelpunten behind a signal. Persistence, services and pages follow in issue 6.
 */
package nl.lerendstelsel.domain.model.signal;
