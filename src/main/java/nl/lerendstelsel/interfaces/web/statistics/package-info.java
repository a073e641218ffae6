/**
 * The monitoring dashboard and its exports.
 */
package nl.lerendstelsel.interfaces.web.statistics;
