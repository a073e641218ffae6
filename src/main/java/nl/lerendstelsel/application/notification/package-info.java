/**
 * Notifications in the application and by e-mail: who is told what, in their language, and the outbox that delivers.
 */
package nl.lerendstelsel.application.notification;
