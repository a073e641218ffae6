package nl.lerendstelsel.interfaces.rest.cops;

/** Request body naming a person by user name. */
public record Persoon(String gebruikersnaam) {
}
