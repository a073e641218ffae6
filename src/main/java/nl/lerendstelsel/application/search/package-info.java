/**
 * Full-text search over the public and signed-in content, and keeping its index up to date.
 */
package nl.lerendstelsel.application.search;
