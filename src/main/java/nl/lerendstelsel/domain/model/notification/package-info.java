/**
 * Notifications: what a person is told about knelpunten they reported, support, follow or were assigned, in the
 * application (always) and by e-mail (immediately, in a daily digest, or not, per kind and per person).
 */
package nl.lerendstelsel.domain.model.notification;
