package nl.lerendstelsel.interfaces.rest.signalen;

import nl.lerendstelsel.domain.model.user.UserProfile;

/** The name the signal records show for a person, or null for nobody. */
final class DisplayName {

    private DisplayName() {
    }

    static String of(UserProfile person) {
        return person == null ? null : person.getDisplayName();
    }
}
