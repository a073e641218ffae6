/** Sending e-mail through a Jakarta Mail session configured from MicroProfile Config. */
package nl.lerendstelsel.infrastructure.mail;
