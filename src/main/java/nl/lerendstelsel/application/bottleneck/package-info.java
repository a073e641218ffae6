/**
 * Knelpunten: reporting, the workflow steps through the levels, support, assignment, comments, attachments, duplicates
 * and merging, and who hears of each change ({@link nl.lerendstelsel.application.bottleneck.Handoffs}).
 */
package nl.lerendstelsel.application.bottleneck;
