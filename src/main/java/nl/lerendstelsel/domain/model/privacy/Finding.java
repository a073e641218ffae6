package nl.lerendstelsel.domain.model.privacy;

import java.util.Locale;
import java.util.Objects;
import nl.lerendstelsel.domain.model.text.Message;

/**
 * One piece of personal data found in a text: what kind it is, where it is ({@code start} inclusive, {@code end}
 * exclusive, as {@code char} offsets into the inspected string) and a masked rendering such as {@code 12*****82} or
 * {@code f***@example.org}. The found value itself is deliberately not kept, so a finding can be shown, logged and
 * serialised without repeating the personal data. {@code file} names the uploaded file the text came from, or is
 * {@code null} for a text field.
 */
public record Finding(Kind kind, int start, int end, String masked, String file) {

    /** The kinds of personal data the guard looks for. */
    public enum Kind {
        BSN(Message.of("privacy.kind.BSN")),
        EMAIL(Message.of("privacy.kind.EMAIL")),
        PHONE(Message.of("privacy.kind.PHONE")),
        V_NUMBER(Message.of("privacy.kind.V_NUMBER")),
        DATE_OF_BIRTH(Message.of("privacy.kind.DATE_OF_BIRTH"));

        private final Message label;

        Kind(Message label) {
            this.label = label;
        }

        /** With indefinite article, to go into a sentence ("een e-mailadres"), as a keyed message. */
        public Message label() {
            return label;
        }

        /** {@link #label()} in {@code locale}: English for an English locale, Dutch otherwise. */
        public String description(Locale locale) {
            return label.in(locale);
        }
    }

    /** A finding in a text field (no {@code file}). */
    public Finding(Kind kind, int start, int end, String masked) {
        this(kind, start, end, masked, null);
    }

    public Finding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(masked, "masked");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("Not a region: [" + start + ", " + end + ")");
        }
    }

    /** Kind, region and masked value; the file when there is one. Never the value itself. */
    @Override
    public String toString() {
        return "Finding[kind=" + kind + ", start=" + start + ", end=" + end + ", masked=" + masked
                + (file == null ? "" : ", file=" + file) + "]";
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
        return reason().in(locale);
    }

    /** The same finding, in the text of the uploaded file named {@code fileName} (as the person named it, cleaned). */
    public Finding inFile(String fileName) {
        return new Finding(kind, start, end, masked, fileName);
    }

    /**
     * {@link #message(Locale)} as a keyed message; in a file the sentence names the file instead of positions, which
     * mean nothing in a PDF or an Office file.
     */
    public Message reason() {
        if (file != null) {
            return Message.of("input.personalData.removeFromFile", kind.label(), file, masked);
        }
        return Message.of("input.personalData.remove", kind.label(), String.valueOf(start + 1), String.valueOf(end), masked);
    }
}
