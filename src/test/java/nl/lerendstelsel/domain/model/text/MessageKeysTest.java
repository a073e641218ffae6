package nl.lerendstelsel.domain.model.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.lerendstelsel.domain.model.bottleneck.Action;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.domain.model.community.FlagReason;
import nl.lerendstelsel.domain.model.signal.Decision;
import nl.lerendstelsel.domain.model.signal.SignalStatus;
import org.junit.jupiter.api.Test;

/**
 * Every key the code names for a {@link Message} is in both message bundles, so no notification fails at the moment it
 * is written. The keys are found in the sources: the first argument of {@code Message.of("…"}, and every literal that
 * is a whole notification or reminder key (a key chosen with {@code ? "…" : "…"}). Keys built by concatenation are
 * named below from their enums.
 */
class MessageKeysTest {

    /** The first argument of Message.of when it is one literal (not the prefix of a concatenation). */
    private static final Pattern OF = Pattern.compile("Message\\.of\\(\\s*\"([^\"]+)\"(?!\\s*\\+)");
    private static final Pattern NOTIFICATION_KEY = Pattern.compile("\"((?:notification|reminder)\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"(?!\\s*\\+)");

    static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageKeysTest.class.getResourceAsStream("/nl/lerendstelsel/i18n/messages_" + language + ".properties")) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** The main sources: the tests run in the module's directory ({@code src}), or in the project's. */
    static Path sources() {
        Path inModule = Path.of("main", "java");
        return Files.isDirectory(inModule) ? inModule : Path.of("src", "main", "java");
    }

    static Set<String> keysInSources() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                for (Pattern pattern : List.of(OF, NOTIFICATION_KEY)) {
                    Matcher matcher = pattern.matcher(source);
                    while (matcher.find()) {
                        keys.add(matcher.group(1));
                    }
                }
            }
        }
        return keys;
    }

    /**
     * Keys made of a prefix and an enum's name, for every value of the enum ({@code "notification.handoff." + action}
     * exists for a few actions only and is not named here).
     */
    static Set<String> concatenatedKeys() {
        Set<String> keys = new TreeSet<>();
        Arrays.stream(Action.values()).forEach(a -> keys.add("notification.action." + a.name()));
        Arrays.stream(Level.values()).forEach(l -> keys.add("level." + l.name()));
        Arrays.stream(Status.values()).forEach(s -> keys.add("status." + s.name()));
        Arrays.stream(SignalStatus.values()).forEach(s -> keys.add("signal.status." + s.name()));
        Arrays.stream(FlagReason.values()).forEach(r -> keys.add("notification.moderation.reason." + r.name()));
        Arrays.stream(Decision.values()).forEach(d -> keys.add("signal.decision." + d.name()));
        Arrays.stream(Level.values()).forEach(l -> keys.add("notification.level." + l.name()));
        Arrays.stream(Action.values()).forEach(a -> keys.add("bottleneck.workflow.action." + a.name()));
        Arrays.stream(Status.values()).forEach(s -> keys.add("bottleneck.workflow.status." + s.name()));
        Arrays.stream(nl.lerendstelsel.domain.model.bottleneck.Resolution.values()).forEach(r -> keys.add("resolution." + r.name()));
        keys.add("resolution." + nl.lerendstelsel.domain.model.bottleneck.Resolution.UNKNOWN);
        Arrays.stream(nl.lerendstelsel.domain.model.bottleneck.Resolution.values())
                .forEach(r -> keys.add("bottleneck.workflow.resolution." + r.name()));
        Arrays.stream(Status.values()).forEach(s -> keys.add("signal.knelpuntStatus." + s.name()));
        Arrays.stream(nl.lerendstelsel.domain.model.notification.NotificationKind.values())
                .forEach(k -> keys.add("mail.intro." + k.name()));
        Arrays.stream(nl.lerendstelsel.domain.model.notification.NotificationKind.Subject.values()).forEach(s -> {
            keys.add("mail.link." + s.name());
            keys.add("mail.reason." + s.name());
        });
        keys.add(Message.MOMENT);
        return keys;
    }

    @Test
    void everyKeyOfTheCodeIsInBothBundles() throws IOException {
        Set<String> keys = keysInSources();
        assertTrue(keys.size() > 50, "found too few keys, are the sources at " + sources().toAbsolutePath() + "? " + keys);
        keys.addAll(concatenatedKeys());
        for (String language : List.of("nl", "en")) {
            Set<String> missing = new TreeSet<>(keys);
            missing.removeAll(bundle(language).stringPropertyNames());
            assertEquals(Set.of(), missing, "keys missing from messages_" + language + ".properties");
        }
    }

    @Test
    void theTextsOfTheKeysAreValidPatterns() throws IOException {
        // every text reads without an error in both languages, with arguments or without
        Set<String> keys = keysInSources();
        keys.addAll(concatenatedKeys());
        keys.remove(Message.MOMENT);
        for (String key : keys) {
            for (Locale language : List.of(Message.DUTCH, Message.ENGLISH)) {
                String text;
                try {
                    text = Message.of(key, "a", "b", "c", "d").in(language);
                } catch (IllegalArgumentException textsAreNotNumbers) {
                    // a text that writes a number ({0,number,#}) is given numbers
                    text = Message.of(key, 1, 2, 3, 4).in(language);
                }
                assertTrue(!text.isBlank(), key);
            }
        }
    }

    @Test
    void aMomentIsWrittenOutInTheReadersLanguage() {
        java.time.ZonedDateTime moment = java.time.ZonedDateTime.of(2026, 12, 3, 10, 0, 0, 0, java.time.ZoneId.of("Europe/Amsterdam"));
        Message title = Message.of("notification.meeting.planned", "Intervisie", moment, "CoP Taal");
        assertEquals("Intervisie op 3 december 2026 om 10:00 (CoP Taal)", title.in(Message.DUTCH));
        assertEquals("Intervisie on 3 December 2026 at 10:00 (CoP Taal)", title.in(Message.ENGLISH));
    }

    @Test
    void theDutchTextsReadAsBefore() {
        Message summary = Message.of("notification.signal.responded", Message.of("signal.decision." + Decision.DEELS_OVERGENOMEN.name()));
        assertEquals("Antwoord van SZW: " + Decision.DEELS_OVERGENOMEN.dutch() + " — Taaltoets",
                Message.of("notification.about", summary, "Taaltoets").in(Message.DUTCH));
        assertEquals("Response from SZW: " + Decision.DEELS_OVERGENOMEN.english() + " — Taaltoets",
                Message.of("notification.about", summary, "Taaltoets").in(Message.ENGLISH));
        assertEquals("Follow-up of SZW's response — Taaltoets",
                Message.of("notification.about", Message.of("notification.signal.followUp"), "Taaltoets").in(Message.ENGLISH));
        assertEquals("Bericht verborgen tot u het beoordeelt (1000 meldingen) in: Examens (CoP Taal)",
                Message.of("notification.moderation.held", String.valueOf(1000), "Examens", "CoP Taal").in(Message.DUTCH));
        assertEquals("Reden: spam\nZie 'hier'\nBeoordeel het in de moderatiewachtrij.",
                Message.of("notification.moderation.flagged.note", Message.of("notification.moderation.reason.SPAM"), "Zie 'hier'")
                        .in(Message.DUTCH));
        assertEquals("Beoordeel de aanvraag op de pagina van de CoP.", Message.of("notification.cop.membershipRequested.text").in(Message.DUTCH));
        assertEquals("Review the request on the CoP's page.", Message.of("notification.cop.membershipRequested.text").in(Message.ENGLISH));
        assertEquals("Vragen beantwoord door de coördinator", Message.of("notification.signal.questionsAnswered").in(Message.DUTCH));
    }
}
