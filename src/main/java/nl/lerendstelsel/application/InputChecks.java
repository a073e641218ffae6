package nl.lerendstelsel.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.domain.model.law.LawReference;
import nl.lerendstelsel.domain.model.privacy.Finding;
import nl.lerendstelsel.domain.model.privacy.PersonalDataGuard;
import nl.lerendstelsel.domain.model.text.Message;

/**
 * The checks every service applies to free text before anything is stored: lengths (errors collected per field, as
 * keyed messages in {@link FieldErrors}, for one {@link InvalidInputException}) and the personal-data guard (one
 * {@link PersonalDataRejectedException} naming every finding per field).
 */
public final class InputChecks {

    private static final PersonalDataGuard GUARD = new PersonalDataGuard();

    private InputChecks() {
    }

    /** Stripped; an error for {@code field} when shorter than {@code min} or longer than {@code max}. */
    public static String required(FieldErrors errors, String field, String value, int min, int max) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.length() < min) {
            errors.put(field, min <= 1 ? Message.of("input.required") : Message.of("input.minLength", min));
        } else if (stripped.length() > max) {
            errors.put(field, Message.of("input.maxLength", max));
        }
        return stripped;
    }

    /** Stripped, or {@code null} when blank; an error when longer than {@code max}. */
    public static String optional(FieldErrors errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            errors.put(field, Message.of("input.maxLength", max));
        }
        return stripped;
    }

    /** At most this many articles of law in one list. */
    public static final int MAX_LAW_REFERENCES = 10;

    /**
     * Articles of law in the short form ({@code WI2021 art. 15 lid 2}), one per entry: blanks skipped, repeats named
     * once, in their order; an entry that cannot be read, or more than {@value #MAX_LAW_REFERENCES}, is an error on
     * {@code field}.
     */
    public static List<LawReference> lawReferences(FieldErrors errors, String field, List<String> codes) {
        List<LawReference> references = new ArrayList<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            if (code == null || code.isBlank()) {
                continue;
            }
            try {
                LawReference parsed = LawReference.parse(code);
                if (!references.contains(parsed)) {
                    references.add(parsed);
                }
            } catch (LawReference.Invalid e) {
                errors.put(field, e.reason());
            }
        }
        if (references.size() > MAX_LAW_REFERENCES) {
            errors.put(field, Message.of("input.bottleneck.lawReferences", String.valueOf(MAX_LAW_REFERENCES)));
        }
        return references;
    }

    /** Refuses when any of the texts (per field; {@code null} values are skipped) holds personal data. */
    public static void rejectPersonalData(Map<String, String> texts) {
        Map<String, List<Finding>> found = new LinkedHashMap<>();
        texts.forEach((field, value) -> {
            if (value != null) {
                List<Finding> findings = GUARD.inspect(value);
                if (!findings.isEmpty()) {
                    found.put(field, findings);
                }
            }
        });
        if (!found.isEmpty()) {
            throw new PersonalDataRejectedException(found);
        }
    }

    /**
     * {@link #rejectPersonalData(Map)} for the fields given as pairs: a field's name, then its text ({@code null}
     * skipped), and so on, in the order in which the findings are reported.
     */
    public static void rejectPersonalData(String... fieldsAndTexts) {
        if (fieldsAndTexts.length % 2 != 0) {
            throw new IllegalArgumentException("A text for every field");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndTexts.length; i += 2) {
            texts.put(fieldsAndTexts[i], fieldsAndTexts[i + 1]);
        }
        rejectPersonalData(texts);
    }

    /**
     * The reason (field {@code reden}) an act must give, which the people it concerns see: required, {@code min} to
     * {@code max} characters and free of personal data; refused at once otherwise. Returns it stripped.
     */
    public static String reason(String reason, int min, int max) {
        FieldErrors errors = new FieldErrors();
        String why = required(errors, "reden", reason, min, max);
        errors.throwIfAny();
        rejectPersonalData("reden", why);
        return why;
    }
}
