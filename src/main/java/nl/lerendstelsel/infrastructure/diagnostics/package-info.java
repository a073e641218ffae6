/**
 * Diagnostics for operators and tests, off by default: the number of SQL statements a request needed, as a
 * response header ({@code lerendstelsel.diagnostics.statement-count=true}).
 */
package nl.lerendstelsel.infrastructure.diagnostics;
