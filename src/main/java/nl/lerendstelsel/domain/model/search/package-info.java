/** What search needs from the domain: the event that says content changed, so the index can follow. */
package nl.lerendstelsel.domain.model.search;
