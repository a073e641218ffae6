/**
 * Data retention (AVG bewaartermijn): which finished knelpunten have been kept long enough that the people in them are
 * replaced by a neutral "Voormalig deelnemer", while their substance stays for monitoring.
 */
package nl.lerendstelsel.domain.model.retention;
