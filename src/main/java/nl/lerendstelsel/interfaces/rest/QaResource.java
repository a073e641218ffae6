package nl.lerendstelsel.interfaces.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.lerendstelsel.application.qa.EditorialQueries;
import nl.lerendstelsel.application.qa.QaPublication;
import nl.lerendstelsel.application.qa.QaService;
import nl.lerendstelsel.application.qa.QuestionService;
import nl.lerendstelsel.domain.model.law.LawReference;
import nl.lerendstelsel.domain.model.qa.Partner;
import nl.lerendstelsel.domain.model.qa.QaEntry;
import nl.lerendstelsel.domain.model.qa.QaVersion;
import nl.lerendstelsel.domain.model.qa.Question;
import nl.lerendstelsel.domain.model.qa.QuestionStatus;
import nl.lerendstelsel.domain.model.qa.VersionStatus;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.text.RichText;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Vraag &amp; antwoord: the published answers for everyone, questions from signed-in users, and the editorial workflow
 * for editors ({@code /redactie/…}).
 */
@Path("")
@RequestScoped
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vraag en antwoord")
public class QaResource {

    @Inject
    QaService service;

    @Inject
    EditorialQueries editorialQueries;

    @Inject
    QaPublication publication;

    @Inject
    QuestionService questions;

    @Inject
    CurrentUser currentUser;

    @Inject
    ApiCaller apiCaller;

    /**
     * A published entry: the current answer (text and safe HTML), references, validity, "laatst gewijzigd", and
     * {@code mogelijkVerouderd} when its end date ({@code geldigTot}) has passed.
     */
    public record Vraag(long id, String thema, String vraag, String antwoord, String antwoordHtml,
                        List<Wetsverwijzing> wetsverwijzingen, @NotRequired LocalDate geldigVanaf,
                        @NotRequired LocalDate geldigTot, Instant laatstGewijzigd, int versie,
                        @OneOf(Partner.class) List<String> partners, boolean mogelijkVerouderd) {
        static Vraag of(QaEntry e, LocalDate today) {
            QaVersion v = e.getCurrent();
            return new Vraag(e.getId(), e.getTheme().getCode(), v.getQuestion(), v.getAnswer(), RichText.toHtml(v.getAnswer()),
                    v.getReferences().stream().map(Wetsverwijzing::of).toList(), v.getValidFrom(), v.getValidUntil(), e.getChangedAt(),
                    v.getNumber(), e.getPartners().stream().map(Partner::name).toList(), e.isExpiredOn(today));
        }
    }

    public record Wijziging(int versie, Instant gepubliceerdOp, @NotRequired String toelichting) {
    }

    public record VraagMetGeschiedenis(Vraag vraag, List<Wijziging> geschiedenis, List<String> beantwoordeKnelpunten) {
    }

    public record Vragen(List<Vraag> vragen, long totaal, int pagina, int paginaGrootte) implements Paged {
    }

    public record Bruikbaar(Boolean bruikbaar, @NotRequired String opmerking) {
    }

    public record NieuweVraag(@Schema(example = "Telt een afgebroken onderwijsroute mee voor de inburgeringstermijn?") String vraag,
                              @NotRequired @Schema(example = "onderwijsroute") String thema) {
    }

    public record GesteldeVraag(long id, String vraag, @NotRequired String thema, @OneOf(QuestionStatus.class) String status,
                                @NotRequired Long antwoord, @NotRequired String reden, Instant gesteldOp, String door) {
        static GesteldeVraag of(Question q) {
            return new GesteldeVraag(q.getId(), q.getText(), q.getTheme() == null ? null : q.getTheme().getCode(), q.getStatus().name(),
                    q.getEntry() == null ? null : q.getEntry().getId(), q.getReason(), q.getCreatedAt(), q.getAskedBy().getDisplayName());
        }
    }

    /** A version for editors, with its status and who signed it off. */
    @Schema(name = "VraagAntwoordVersie")
    public record Versie(long id, long vraag, int nummer, @OneOf(VersionStatus.class) String status, String vraagTekst,
                         String antwoord, List<String> wetsverwijzingen, @NotRequired LocalDate geldigVanaf,
                         @NotRequired LocalDate geldigTot, @NotRequired String toelichting,
                         @OneOf(Partner.class) List<String> partners, @OneOf(Partner.class) List<String> goedgekeurdDoor,
                         long versie) {
        static Versie of(QaVersion v) {
            return new Versie(v.getId(), v.getEntry().getId(), v.getNumber(), v.getStatus().name(), v.getQuestion(), v.getAnswer(),
                    v.getReferences().stream().map(LawReference::code).toList(), v.getValidFrom(), v.getValidUntil(), v.getChangeNote(),
                    v.getEntry().getPartners().stream().map(Partner::name).toList(),
                    v.getApprovals().stream().map(a -> a.getPartner().name()).toList(), v.getVersion());
        }
    }

    /** What an editor writes; {@code thema} and {@code partners} only when creating. */
    public record Concept(@NotRequired String thema, @NotRequired @OneOf(Partner.class) List<String> partners, String vraag,
                          String antwoord, @NotRequired List<String> wetsverwijzingen, @NotRequired LocalDate geldigVanaf,
                          @NotRequired LocalDate geldigTot, @NotRequired String toelichting, @NotRequired Long versie) {
        QaService.Draft draft() {
            return new QaService.Draft(vraag, antwoord, wetsverwijzingen, geldigVanaf, geldigTot, toelichting);
        }

        Set<Partner> partnerSet() {
            Set<Partner> set = EnumSet.noneOf(Partner.class);
            if (partners != null) {
                partners.forEach(p -> set.add(CommunityResource.parse(Partner.class, "partners", p)));
            }
            return set;
        }
    }

    @GET
    @Path("vragen")
    @Operation(summary = "Gepubliceerde vragen en antwoorden, per thema te filteren (openbaar)")
    public Vragen list(@QueryParam("thema") String theme, @BeanParam Paging paging) {
        return new Vragen(publication.published(theme, paging.page(), paging.size()).stream().map(e -> Vraag.of(e, publication.today())).toList(),
                publication.publishedCount(theme), paging.page(), paging.size());
    }

    @GET
    @Path("vragen/{id}")
    @Operation(summary = "Eén vraag met het geldende antwoord, de geschiedenis van wijzigingen en (ingelogd) de knelpunten die ermee beantwoord zijn")
    public VraagMetGeschiedenis get(@PathParam("id") long id) {
        QaPublication.PublicEntry entry = publication.published(id);
        List<String> answered = currentUser.caller().map(c -> publication.answered(id, c).stream().map(b -> b.getReference()).toList())
                .orElse(List.of());
        return new VraagMetGeschiedenis(Vraag.of(entry.entry(), publication.today()), entry.history().stream()
                .map(v -> new Wijziging(v.getNumber(), v.getPublishedAt(), v.getChangeNote())).toList(), answered);
    }

    @POST
    @Path("vragen/{id}/bruikbaar")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Was dit antwoord bruikbaar? (openbaar) bruikbaar true of false, met een optionele opmerking")
    @APIResponse(responseCode = "204", description = "Gelukt; geen inhoud")
    public Response useful(@PathParam("id") long id, Bruikbaar body) {
        if (body == null || body.bruikbaar() == null) {
            throw nl.lerendstelsel.application.InvalidInputException.of("bruikbaar", Message.of("input.qa.useful"));
        }
        publication.feedback(id, body.bruikbaar(), body.opmerking());
        return Response.noContent().build();
    }

    @POST
    @Path("vragen/gesteld")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een vraag stellen voor de vraag-en-antwoordbank (ingelogd); geen persoonsgegevens")
    @APIResponse(responseCode = "201", description = "Aangemaakt", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = GesteldeVraag.class)))
    public Response ask(NieuweVraag body) {
        Question q = questions.ask(body == null ? null : body.vraag(), body == null ? null : body.thema(), apiCaller.get());
        return Response.status(Response.Status.CREATED).entity(GesteldeVraag.of(q)).build();
    }

    @GET
    @Path("vragen/gesteld")
    @Operation(summary = "De vragen die u stelde, met hun status")
    public List<GesteldeVraag> mine(@BeanParam Paging paging) {
        return paging.of(questions.myQuestions(apiCaller.get())).map(GesteldeVraag::of);
    }

    @GET
    @Path("redactie/vragen")
    @Operation(summary = "Nieuwe vragen van gebruikers (redacteuren)")
    public List<GesteldeVraag> queue(@BeanParam Paging paging) {
        return paging.of(questions.questionQueue(apiCaller.get())).map(GesteldeVraag::of);
    }

    @POST
    @Path("redactie/vragen/{id}/afwijzen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een gestelde vraag afwijzen met een reden (redacteuren)")
    public GesteldeVraag decline(@PathParam("id") long id, Map<String, String> body) {
        return GesteldeVraag.of(questions.declineQuestion(id, body == null ? null : body.get("reden"), apiCaller.get()));
    }

    @POST
    @Path("redactie/vragen/{id}/beantwoorden")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een gestelde vraag beantwoorden: een nieuw item met een concept (redacteuren)")
    @APIResponse(responseCode = "201", description = "Aangemaakt", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Versie.class)))
    public Response answer(@PathParam("id") long id, Concept body) {
        Concept c = body == null ? new Concept(null, null, null, null, null, null, null, null, null) : body;
        return Response.status(Response.Status.CREATED).entity(Versie.of(questions.answerQuestion(id, c.thema(), c.partnerSet(), c.draft(),
                apiCaller.get()))).build();
    }

    @POST
    @Path("redactie/items")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een nieuw vraag-en-antwoorditem met een eerste concept (redacteuren). partners: wie moet goedkeuren "
            + "(DIVOSA, VNG, SZW); wetsverwijzingen als 'WI2021 art. 15 lid 2'")
    @APIResponse(responseCode = "201", description = "Aangemaakt", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Versie.class)))
    public Response create(Concept body) {
        Concept c = body == null ? new Concept(null, null, null, null, null, null, null, null, null) : body;
        return Response.status(Response.Status.CREATED).entity(Versie.of(service.create(c.thema(), c.partnerSet(), c.draft(), apiCaller.get())))
                .build();
    }

    @GET
    @Path("redactie/werkvoorraad")
    @Operation(summary = "Versies per status (CONCEPT, TER_REVIEW) voor redacteuren")
    public List<Versie> worklist(@QueryParam("status") @DefaultValue("TER_REVIEW") @OneOf(VersionStatus.class) String status, @BeanParam Paging paging) {
        return paging.of(editorialQueries.worklist(CommunityResource.parse(VersionStatus.class, "status", status), apiCaller.get()))
                .map(Versie::of);
    }

    /** One line of the editors' validity list: a published answer, its end date, and whether that has passed. */
    public record Geldigheid(long id, String vraag, int versie, @NotRequired LocalDate geldigTot, boolean verlopen) {
        static Geldigheid of(QaEntry e, boolean expired) {
            return new Geldigheid(e.getId(), e.getCurrent().getQuestion(), e.getCurrent().getNumber(), e.getCurrent().getValidUntil(), expired);
        }
    }

    @GET
    @Path("redactie/verlopen")
    @Operation(summary = "Verlopen antwoorden (redacteuren): eerst gepubliceerde antwoorden waarvan de einddatum voorbij is (langst "
            + "verlopen eerst; het publiek ziet 'mogelijk verouderd'), dan die binnen 30 dagen aflopen (eerst aflopend eerst)")
    public List<Geldigheid> validity() {
        EditorialQueries.Validity validity = editorialQueries.validity(apiCaller.get());
        List<Geldigheid> lines = new java.util.ArrayList<>();
        validity.expired().forEach(e -> lines.add(Geldigheid.of(e, true)));
        validity.endingSoon().forEach(e -> lines.add(Geldigheid.of(e, false)));
        return lines;
    }

    @GET
    @Path("redactie/items/{id}/versies")
    @Operation(summary = "Alle versies van een item, nieuwste eerst (redacteuren)")
    public List<Versie> versions(@PathParam("id") long id) {
        return editorialQueries.versions(id, apiCaller.get()).stream().map(Versie::of).toList();
    }

    @PUT
    @Path("redactie/versies/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een concept wijzigen (redacteuren); een gepubliceerde versie verandert nooit (409)")
    public Versie edit(@PathParam("id") long id, Concept body) {
        Concept c = body == null ? new Concept(null, null, null, null, null, null, null, null, null) : body;
        return Versie.of(service.edit(id, c.draft(), c.versie(), apiCaller.get()));
    }

    @POST
    @Path("redactie/versies/{id}/ter-review")
    @Operation(summary = "Een concept ter review aanbieden; goedkeuringen beginnen opnieuw")
    public Versie submit(@PathParam("id") long id) {
        return Versie.of(service.submit(id, apiCaller.get()));
    }

    @POST
    @Path("redactie/versies/{id}/terug-naar-concept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een versie ter review terug naar concept, met een reden ({\"reden\": \"…\"}, verplicht, zonder "
            + "persoonsgegevens); gegeven goedkeuringen vervallen en wie de versie schreef of wijzigde krijgt de reden te horen")
    public Versie reopen(@PathParam("id") long id, Map<String, String> body) {
        return Versie.of(service.reopen(id, body == null ? null : body.get("reden"), apiCaller.get()));
    }

    @POST
    @Path("redactie/versies/{id}/goedkeuren")
    @Operation(summary = "Goedkeuren namens uw eigen partner (de organisatie waarbij u hoort). Als alle genoemde partners deze "
            + "versie hebben goedgekeurd, wordt ze gepubliceerd. Vier ogen: wie de versie schreef of wijzigde, keurt haar niet goed, "
            + "en niemand keurt dezelfde versie goed voor twee partners (409)")
    public Versie approve(@PathParam("id") long id) {
        return Versie.of(service.approve(id, apiCaller.get()));
    }

    public record Bruikbaarheid(long ja, long nee, List<String> opmerkingen) {
    }

    @GET
    @Path("redactie/items/{id}/bruikbaar")
    @Operation(summary = "Hoe vaak lezers dit antwoord bruikbaar vonden (ja/nee) en hun laatste opmerkingen (redacteuren)")
    public Bruikbaarheid usefulness(@PathParam("id") long id) {
        long[] counts = editorialQueries.feedbackCounts(List.of(id), apiCaller.get()).getOrDefault(id, new long[2]);
        return new Bruikbaarheid(counts[0], counts[1], editorialQueries.feedbackOf(id, apiCaller.get()).stream()
                .map(nl.lerendstelsel.domain.model.qa.Feedback::getComment).filter(java.util.Objects::nonNull).limit(20).toList());
    }

    @POST
    @Path("redactie/items/{id}/nieuwe-versie")
    @Operation(summary = "Een nieuwe conceptversie van een gepubliceerd antwoord")
    @APIResponse(responseCode = "201", description = "Aangemaakt", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Versie.class)))
    public Response newVersion(@PathParam("id") long id) {
        return Response.status(Response.Status.CREATED).entity(Versie.of(service.newVersion(id, apiCaller.get()))).build();
    }

    @POST
    @Path("redactie/items/{id}/intrekken")
    @Operation(summary = "Een gepubliceerd antwoord intrekken: het wordt gearchiveerd en is niet meer openbaar")
    @APIResponse(responseCode = "204", description = "Gelukt; geen inhoud")
    public Response withdraw(@PathParam("id") long id) {
        service.withdraw(id, apiCaller.get());
        return Response.noContent().build();
    }

    @POST
    @Path("redactie/knelpunten/{referentie}")
    @Operation(summary = "Een opgelost knelpunt in één stap omzetten in een concept-vraag-en-antwoord, in beide richtingen gekoppeld")
    @APIResponse(responseCode = "201", description = "Aangemaakt", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Versie.class)))
    public Response fromBottleneck(@PathParam("referentie") String reference) {
        return Response.status(Response.Status.CREATED).entity(Versie.of(service.fromBottleneck(reference, apiCaller.get()))).build();
    }
}
