package nl.lerendstelsel.interfaces.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewDeclarationLanguage;
import jakarta.faces.view.ViewDeclarationLanguageFactory;
import jakarta.faces.view.ViewDeclarationLanguageWrapper;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes every public page (every view outside {@code /app/}: home, Q&amp;A, kennisbank, search, status, the error pages) a
 * stateless Faces view, so that an anonymous visit creates no HTTP session (quality bar P4). Two things tied a stateful
 * view to a session: its server-side view state (for a page with a form), and its view map, which Mojarra registers in
 * the session as soon as it exists. PrimeFaces in CSP mode creates the view map of every page to keep its nonce there,
 * unless the view is transient, and it does so before the render phase builds the page, so before an
 * {@code <f:view transient>} in the page would be read. The view is therefore marked transient when it is created: by
 * the view declaration language, which creates the views of a GET (and its view-parameter metadata) as well as the
 * view a stateless postback is rebuilt in (Mojarra refuses that postback unless the rebuilt view is transient).
 *
 * <p>The forms of the public pages need no saved state (the Q&amp;A "useful?" form carries its own id, search-as-you-type
 * works on request-scoped beans); on their postback PrimeFaces takes the CSP nonce from the request. Pages under
 * {@code /app/} (signed in only) keep their server-side state.
 */
public class StatelessPublicViews extends ViewDeclarationLanguageFactory {

    private final Map<ViewDeclarationLanguage, ViewDeclarationLanguage> wrappers = new ConcurrentHashMap<>();

    public StatelessPublicViews(ViewDeclarationLanguageFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ViewDeclarationLanguage getViewDeclarationLanguage(String viewId) {
        ViewDeclarationLanguage language = getWrapped().getViewDeclarationLanguage(viewId);
        return language == null ? null : wrappers.computeIfAbsent(language, Stateless::new);
    }

    /** Whether a view is a public page: everything but the signed-in part under {@code /app/}. */
    static boolean isPublic(String viewId) {
        return viewId != null && !viewId.startsWith("/app/");
    }

    /** Creates the public views as transient ones. */
    static final class Stateless extends ViewDeclarationLanguageWrapper {

        Stateless(ViewDeclarationLanguage wrapped) {
            super(wrapped);
        }

        @Override
        public UIViewRoot createView(FacesContext context, String viewId) {
            UIViewRoot view = super.createView(context, viewId);
            if (view != null && isPublic(view.getViewId())) {
                view.setTransient(true);
            }
            return view;
        }
    }
}
