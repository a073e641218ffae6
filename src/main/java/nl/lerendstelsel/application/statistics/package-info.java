/**
 * The monitoring dashboard: counts, lead times and their exports.
 */
package nl.lerendstelsel.application.statistics;
