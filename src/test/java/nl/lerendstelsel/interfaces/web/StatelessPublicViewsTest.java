package nl.lerendstelsel.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.view.ViewDeclarationLanguage;
import jakarta.faces.view.ViewDeclarationLanguageFactory;
import jakarta.faces.view.ViewDeclarationLanguageWrapper;
import org.junit.jupiter.api.Test;

/**
 * Which views are created stateless: the public pages, not the signed-in part under /app/. (That the views are really
 * transient and create no session is measured against the running stack by AnonymousSessionIT: a view root cannot be
 * made here without a Faces implementation.)
 */
class StatelessPublicViewsTest {

    private static final ViewDeclarationLanguage FACELETS = new ViewDeclarationLanguageWrapper(null) { };

    private static final StatelessPublicViews FACTORY = new StatelessPublicViews(new ViewDeclarationLanguageFactory(null) {
        @Override
        public ViewDeclarationLanguage getViewDeclarationLanguage(String viewId) {
            return FACELETS;
        }
    });

    @Test
    void publicPagesAreStateless() {
        for (String viewId : new String[] {"/index.xhtml", "/vraag-en-antwoord/vraag.xhtml", "/kennisbank/item.xhtml",
                "/zoeken.xhtml", "/status.xhtml", "/fout/404.xhtml", "/fout/verlopen.xhtml"}) {
            assertTrue(StatelessPublicViews.isPublic(viewId), viewId);
        }
    }

    @Test
    void signedInPagesKeepTheirState() {
        for (String viewId : new String[] {"/app/start.xhtml", "/app/knelpunten/nieuw.xhtml", "/app/beheer/personen.xhtml", "/app/"}) {
            assertFalse(StatelessPublicViews.isPublic(viewId), viewId);
        }
        assertFalse(StatelessPublicViews.isPublic(null));
    }

    @Test
    void oneWrapperAroundFacesOwnLanguage() {
        ViewDeclarationLanguage language = FACTORY.getViewDeclarationLanguage("/index.xhtml");
        assertSame(FACELETS, ((ViewDeclarationLanguageWrapper) language).getWrapped());
        assertSame(language, FACTORY.getViewDeclarationLanguage("/app/start.xhtml"), "created once, not per request");
    }
}
