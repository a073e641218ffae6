package nl.lerendstelsel.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The English translation is complete: every Dutch text has an English one and vice versa. */
class MessagesTest {

    static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/nl/lerendstelsel/i18n/" + name)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> dutch = new TreeSet<>(load("messages_nl.properties").stringPropertyNames());
        Set<String> english = new TreeSet<>(load("messages_en.properties").stringPropertyNames());
        assertEquals(dutch, english);
        assertTrue(dutch.size() > 50);
    }

    @Test
    void incidentIdsAreShortAndUnambiguous() {
        String id = ErrorPage.newIncidentId();
        assertTrue(id.matches("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}"), id);
    }
}
