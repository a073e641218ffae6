package nl.lerendstelsel.domain.model.privacy;

import java.util.Locale;
import java.util.Objects;

/**
 * One piece of personal data found in a text: what kind it is, where it is ({@code start} inclusive, {@code end}
 * exclusive, as {@code char} offsets into the inspected string) and a masked rendering such as {@code 12*****82} or
 * {@code f***@example.org}. The found value itself is deliberately not kept, so a finding can be shown, logged and
 * serialised without repeating the personal data.
 */
public record Finding(Kind kind, int start, int end, String masked) {

    /** The kinds of personal data the guard looks for. */
    public enum Kind {
        BSN("een burgerservicenummer (BSN)", "a citizen service number (BSN)"),
        EMAIL("een e-mailadres", "an e-mail address"),
        PHONE("een telefoonnummer", "a telephone number"),
        V_NUMBER("een vreemdelingennummer (V-nummer)", "a foreign national number (V-number)"),
        DATE_OF_BIRTH("een geboortedatum", "a date of birth");

        private final String dutch;
        private final String english;

        Kind(String dutch, String english) {
            this.dutch = dutch;
            this.english = english;
        }

        /** With indefinite article, to go into a sentence: English for an English locale, Dutch otherwise. */
        public String description(Locale locale) {
            return isEnglish(locale) ? english : dutch;
        }
    }

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(masked, "masked");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("Not a region: [" + start + ", " + end + ")");
        }
    }

    /** Number of characters the finding covers. */
    public int length() {
        return end - start;
    }

    /**
     * A sentence for the author, for instance "Verwijder een burgerservicenummer (BSN) op positie 16 tot en met 24
     * (12*****82)." Positions are counted from 1, as people count characters.
     */
    public String message(Locale locale) {
        if (isEnglish(locale)) {
            return "Remove " + kind.description(locale) + " at position " + (start + 1) + " to " + end + " (" + masked + ").";
        }
        return "Verwijder " + kind.description(locale) + " op positie " + (start + 1) + " tot en met " + end + " (" + masked + ").";
    }

    private static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
