/**
 * Beheer: people, reference data, gemeente mergers, settings, retention and the audit log.
 */
package nl.lerendstelsel.interfaces.web.administration;
