/**
 * What is one person's own: Mijn werk, notifications (the bell and the page) and the profile.
 */
package nl.lerendstelsel.interfaces.web.personal;
