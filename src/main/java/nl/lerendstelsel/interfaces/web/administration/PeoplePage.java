package nl.lerendstelsel.interfaces.web.administration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import nl.lerendstelsel.application.administration.PeopleService;
import nl.lerendstelsel.interfaces.security.CurrentUser;

/** The people directory ({@code /app/beheer/personen.xhtml?q=&pagina=}): search by name, user name, e-mail or organisation. */
@Named("peoplePage")
@RequestScoped
public class PeoplePage {

    @Inject
    PeopleService people;

    @Inject
    CurrentUser currentUser;

    private PeopleService.Page page;

    public String getQuery() {
        String q = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("q");
        return q == null ? "" : q.strip();
    }

    public PeopleService.Page getPage() {
        if (page == null) {
            int number;
            try {
                number = Integer.parseInt(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                        .getOrDefault("pagina", "1"));
            } catch (NumberFormatException e) {
                number = 1;
            }
            String q = getQuery();
            page = people.directory(q.length() > 100 ? q.substring(0, 100) : q, number, currentUser.caller().orElseThrow());
        }
        return page;
    }

    /** The query string of another page of the same search. */
    public String pageQuery(int number) {
        return "q=" + URLEncoder.encode(getQuery(), StandardCharsets.UTF_8) + "&pagina=" + number;
    }
}
