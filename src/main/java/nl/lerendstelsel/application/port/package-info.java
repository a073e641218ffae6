/**
 * Ports: interfaces that application owns and infrastructure implements, so that application never imports
 * infrastructure (as Cargo Tracker's {@code ApplicationEvents}).
 */
package nl.lerendstelsel.application.port;
