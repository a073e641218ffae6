package nl.lerendstelsel.interfaces.rest.cops;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request body naming a person by user name. */
@Schema(name = "CopPersoon")
public record Persoon(String gebruikersnaam) {
}
