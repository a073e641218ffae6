package nl.lerendstelsel.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.search.SearchService;
import nl.lerendstelsel.domain.model.search.ContentChanged;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One search for everything the reader may see; suggestions while typing; the index rebuild for admins. */
@Path("")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Zoeken")
public class SearchResource {

    @Inject
    SearchService search;

    @Inject
    CurrentUser currentUser;

    @Inject
    ApiCaller apiCaller;

    public record Resultaat(String soort, String id, String titel, @NotRequired String fragment, String link) {
    }

    @GET
    @Path("zoeken")
    @Operation(summary = "Zoeken in vragen en antwoorden, de kennisbank en praktijkvoorbeelden, en ingelogd ook in de knelpunten en CoP-discussies die u mag "
            + "zien. Nederlandse woordvormen vinden elkaar (leerroutes vindt leerroute). soort: QA, KENNIS, PRAKTIJK, KNELPUNT, BERICHT, "
            + "OPBRENGST (komma-gescheiden); thema: themacode. Het fragment is HTML met de gevonden woorden in <mark>.")
    public List<Resultaat> search(@QueryParam("q") String q, @QueryParam("soort") String kinds, @QueryParam("thema") String theme,
                                  @QueryParam("aantal") @DefaultValue("20") int limit) {
        Set<ContentChanged.Kind> chosen = EnumSet.noneOf(ContentChanged.Kind.class);
        if (kinds != null && !kinds.isBlank()) {
            for (String k : kinds.split(",")) {
                chosen.add(CommunityResource.parse(ContentChanged.Kind.class, "soort", k));
            }
        }
        return search.search(q, chosen, theme, currentUser.caller(), Math.max(1, Math.min(limit, SearchService.MAX_RESULTS))).stream()
                .map(r -> new Resultaat(r.kind(), r.id(), r.title(), r.snippet(), r.link())).toList();
    }

    @GET
    @Path("zoeken/suggesties")
    @Operation(summary = "Titels die beginnen met wat is getypt (voor suggesties tijdens het typen)")
    public List<String> suggest(@QueryParam("q") String q) {
        return search.suggest(q, currentUser.caller());
    }

    @POST
    @Path("beheer/zoekindex")
    @Operation(summary = "De zoekindex opnieuw opbouwen uit de database (beheerders); geeft het aantal documenten")
    public Map<String, Object> rebuild() {
        Caller caller = apiCaller.get();
        if (!caller.has(Role.ADMIN)) {
            throw new AccessDeniedException(Message.of("access.search.rebuild"));
        }
        return Map.of("documenten", search.rebuild());
    }
}
