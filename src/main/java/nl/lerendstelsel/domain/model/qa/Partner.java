package nl.lerendstelsel.domain.model.qa;

import java.util.Arrays;
import java.util.Optional;

/** The partners who answer questions about the Wet inburgering 2021 together; each signs off through its own editors. */
public enum Partner {
    DIVOSA("Divosa"),
    VNG("VNG"),
    SZW("Ministerie van SZW");

    private final String displayName;

    Partner(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** The partner an editor signs for: the organisation they belong to (its code), if it is one of the partners. */
    public static Optional<Partner> ofOrganisation(String organisationCode) {
        return Arrays.stream(values()).filter(p -> p.name().equals(organisationCode)).findFirst();
    }
}
