package nl.lerendstelsel.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.view.ViewDeclarationLanguage;
import jakarta.faces.view.ViewDeclarationLanguageFactory;
import jakarta.faces.view.ViewDeclarationLanguageWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import org.junit.jupiter.api.Test;

/** Public pages are created as stateless views, the signed-in part under /app/ keeps its state. */
class StatelessPublicViewsTest {

    /** Faces' own view declaration language, reduced to creating a plain view root. */
    private static final ViewDeclarationLanguage FACELETS = new ViewDeclarationLanguageWrapper(null) {
        @Override
        public UIViewRoot createView(FacesContext context, String viewId) {
            UIViewRoot view = new UIViewRoot();
            view.setViewId(viewId);
            return view;
        }
    };

    private static final StatelessPublicViews FACTORY = new StatelessPublicViews(new ViewDeclarationLanguageFactory(null) {
        @Override
        public ViewDeclarationLanguage getViewDeclarationLanguage(String viewId) {
            return FACELETS;
        }
    });

    private static boolean transientView(String viewId) {
        return FACTORY.getViewDeclarationLanguage(viewId).createView(null, viewId).isTransient();
    }

    @Test
    void publicPagesAreStateless() {
        for (String viewId : new String[] {"/index.xhtml", "/vraag-en-antwoord/vraag.xhtml", "/kennisbank/item.xhtml",
                "/zoeken.xhtml", "/status.xhtml", "/fout/404.xhtml", "/fout/verlopen.xhtml"}) {
            assertTrue(transientView(viewId), viewId);
        }
    }

    @Test
    void signedInPagesKeepTheirState() {
        for (String viewId : new String[] {"/app/start.xhtml", "/app/knelpunten/nieuw.xhtml", "/app/beheer/personen.xhtml"}) {
            assertFalse(transientView(viewId), viewId);
        }
        assertSame(FACTORY.getViewDeclarationLanguage("/index.xhtml"), FACTORY.getViewDeclarationLanguage("/app/start.xhtml"),
                "one wrapper per view declaration language");
        assertFalse(StatelessPublicViews.isPublic(null));
        assertFalse(StatelessPublicViews.isPublic("/app/"));
    }
}
