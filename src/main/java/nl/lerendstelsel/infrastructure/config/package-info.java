/** Cross-cutting configuration: the clock and time zone of the application. */
package nl.lerendstelsel.infrastructure.config;
