package nl.lerendstelsel.interfaces.rest.signalen;

import nl.lerendstelsel.interfaces.rest.NotRequired;

/** Request body for who handles a signal at the ministry: a user name, or none to take it oneself. */
public record NieuweEigenaar(@NotRequired String gebruikersnaam) {
}
