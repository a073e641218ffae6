/**
 * Keeping personal data out of free text. Knelpunten are about the system, never about a named person: before any
 * free text is stored, {@link nl.lerendstelsel.domain.model.privacy.PersonalDataGuard} inspects it for BSNs, e-mail
 * addresses, telephone numbers, V-numbers and dates of birth. The author is shown each
 * {@link nl.lerendstelsel.domain.model.privacy.Finding} (what, where, and a masked rendering that is safe to show or
 * log) and must remove it; text with findings is neither stored nor logged.
 */
package nl.lerendstelsel.domain.model.privacy;
