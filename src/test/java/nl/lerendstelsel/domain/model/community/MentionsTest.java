package nl.lerendstelsel.domain.model.community;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MentionsTest {

    @Test
    void findsUsernamesAfterAnAtSign() {
        assertEquals(List.of("sanne", "j.devries"), List.copyOf(Mentions.in("Dank @Sanne! En @j.devries, wat denk jij?")));
        assertEquals(Set.of("professional2"), Mentions.in("(@professional2)"));
        assertEquals(Set.of("noor"), Mentions.in("@noor @Noor @NOOR."));
    }

    @Test
    void anEmailAddressMentionsNobody() {
        assertEquals(Set.of(), Mentions.in("Mail naar info@divosa.nl of a.b@c.nl"));
        assertEquals(Set.of(), Mentions.in("Alleen een @ teken"));
        assertEquals(Set.of(), Mentions.in(null));
    }
}
