package nl.lerendstelsel.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CallbackServletTest {

    @Test
    void returnsToLocalPagesOnly() {
        assertEquals("/app/profiel.xhtml?x=1", CallbackServlet.safeLocalPath("/app/profiel.xhtml?x=1"));
        assertEquals("/app/start.xhtml", CallbackServlet.safeLocalPath(null));
        assertEquals("/app/start.xhtml", CallbackServlet.safeLocalPath("//evil.example/x"));
        assertEquals("/app/start.xhtml", CallbackServlet.safeLocalPath("/\\evil.example"));
        assertEquals("/app/start.xhtml", CallbackServlet.safeLocalPath("https://evil.example/"));
        assertEquals("/app/start.xhtml", CallbackServlet.safeLocalPath("/callback?code=x"));
    }
}
