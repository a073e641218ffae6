/**
 * Signalen to SZW: the list, drafting, a signal and its report.
 */
package nl.lerendstelsel.interfaces.web.signal;
