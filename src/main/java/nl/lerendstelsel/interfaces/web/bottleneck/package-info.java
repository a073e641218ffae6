/**
 * Knelpunten: the list, the queue, reporting, the detail page with its steps, editing and splitting.
 */
package nl.lerendstelsel.interfaces.web.bottleneck;
