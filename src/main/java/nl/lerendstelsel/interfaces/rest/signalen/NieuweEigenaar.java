package nl.lerendstelsel.interfaces.rest.signalen;

/** Request body for who handles a signal at the ministry: a user name, or none to take it oneself. */
public record NieuweEigenaar(String gebruikersnaam) {
}
