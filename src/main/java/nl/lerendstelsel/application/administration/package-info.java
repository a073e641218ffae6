/**
 * Beheer: people and their roles and regions, reference data (themes, gemeenten, regions, partners), settings,
 * retention, the audit log, backups, the user profile from the identity provider, and the demo data.
 */
package nl.lerendstelsel.application.administration;
