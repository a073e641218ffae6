/**
 * Signalen to SZW: drafting, the checks, submission, the ministry's steps, and who hears of each; commands in
 * {@link nl.lerendstelsel.application.signal.SignalService}, reads in {@link nl.lerendstelsel.application.signal.SignalQueries}.
 */
package nl.lerendstelsel.application.signal;
