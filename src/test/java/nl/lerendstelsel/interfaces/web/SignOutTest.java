package nl.lerendstelsel.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SignOutTest {

    @Test
    void endingKeycloaksSessionWithoutAnIdTokenNamesTheClientAndTheWayHome() {
        assertEquals("http://localhost:8180/realms/lerend-stelsel/protocol/openid-connect/logout?client_id=lerend-stelsel-web"
                        + "&post_logout_redirect_uri=https%3A%2F%2Flerendstelsel.example.nl%2F",
                SignOut.endSession("http://localhost:8180/realms/lerend-stelsel", "lerend-stelsel-web", "https://lerendstelsel.example.nl/"));
    }

    @Test
    void aClientIdIsEncodedToo() {
        assertEquals("https://id.example.nl/realms/r/protocol/openid-connect/logout?client_id=a+b%26c&post_logout_redirect_uri=http%3A%2F%2Fh%2F",
                SignOut.endSession("https://id.example.nl/realms/r", "a b&c", "http://h/"));
    }
}
