package nl.lerendstelsel.domain.model.qa;

import java.util.Objects;

/**
 * An editor as the sign-off rule sees them: their profile id (the identity the four-eyes rule compares), their display
 * name (shown) and the code of the organisation they belong to at this moment (may be null).
 */
public record Signer(Long profileId, String name, String organisation) {

    public Signer {
        Objects.requireNonNull(profileId, "profileId");
        Objects.requireNonNull(name, "name");
    }
}
