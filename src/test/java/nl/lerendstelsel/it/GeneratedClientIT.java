package nl.lerendstelsel.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.lerendstelsel.client.api.CommunitiesOfPracticeApi;
import nl.lerendstelsel.client.api.KnelpuntenApi;
import nl.lerendstelsel.client.api.SignalenApi;
import nl.lerendstelsel.client.api.VraagEnAntwoordApi;
import nl.lerendstelsel.client.model.Beantwoording;
import nl.lerendstelsel.client.model.Concept;
import nl.lerendstelsel.client.model.Cop;
import nl.lerendstelsel.client.model.CopBericht;
import nl.lerendstelsel.client.model.Discussie;
import nl.lerendstelsel.client.model.DiscussieMetBerichten;
import nl.lerendstelsel.client.model.GesteldeVraag;
import nl.lerendstelsel.client.model.Inhoud;
import nl.lerendstelsel.client.model.Knelpunt;
import nl.lerendstelsel.client.model.KnelpuntGebeurtenis;
import nl.lerendstelsel.client.model.Lid;
import nl.lerendstelsel.client.model.NieuweCop;
import nl.lerendstelsel.client.model.NieuweDiscussie;
import nl.lerendstelsel.client.model.NieuweVraag;
import nl.lerendstelsel.client.model.NieuwKnelpunt;
import nl.lerendstelsel.client.model.NieuwSignaal;
import nl.lerendstelsel.client.model.Signaal;
import nl.lerendstelsel.client.model.SignaalAntwoord;
import nl.lerendstelsel.client.model.Stap;
import nl.lerendstelsel.client.model.Tekst;
import nl.lerendstelsel.client.model.VraagAntwoordVersie;
import nl.lerendstelsel.client.model.VraagMetGeschiedenis;
import nl.lerendstelsel.client.model.Wijziging;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 28, proof with a real client: the Java client that the build generates from the committed copy of the OpenAPI
 * document (openapi-generator-maven-plugin, generator java, library native; see src/pom.xml) runs the main flows against the
 * running stack, as a partner's system would. First the served document must still be that copy, so that any drift
 * between the code and the document fails the build; then every call below goes through the generated API classes and
 * models only, with a bearer token from Keycloak per demo person. Levels, statuses, decisions and kinds are the enums the
 * generator makes from the document's {@code enum}s, so a value the server sends that the document does not name fails too.
 */
@Tag("quick")
@ExtendWith(Stack.class)
class GeneratedClientIT {

    /** The committed copy the client is generated from; tools/refresh-openapi-copy.sh refreshes it from a running stack. */
    static final Path COMMITTED_COPY = Path.of(System.getProperty("lerend.project.dir", ".."))
            .resolve("src/test/resources/openapi/lerend-stelsel-api.json");

    /** Where a served document that differs from the copy is kept, so that the copy can be refreshed without another stack. */
    static final Path SERVED_ON_DRIFT = Path.of(System.getProperty("lerend.project.dir", ".."))
            .resolve("src/target/openapi-served.json");

    /** The generated client's configuration for one demo person: the API's base address and their bearer token. */
    static nl.lerendstelsel.client.ApiClient as(String username) {
        nl.lerendstelsel.client.ApiClient client = new nl.lerendstelsel.client.ApiClient();
        client.updateBaseUri(Stack.APP_URL + "/api/v1");
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + Tokens.accessToken(username)));
        return client;
    }

    static KnelpuntenApi knelpunten(String username) {
        return new KnelpuntenApi(as(username));
    }

    static SignalenApi signalen(String username) {
        return new SignalenApi(as(username));
    }

    static CommunitiesOfPracticeApi cops(String username) {
        return new CommunitiesOfPracticeApi(as(username));
    }

    static VraagEnAntwoordApi qa(String username) {
        return new VraagEnAntwoordApi(as(username));
    }

    @Test
    void theServedDocumentIsTheCommittedCopyTheClientIsGeneratedFrom() throws Exception {
        HttpResponse<String> served = ApiIT.get("/openapi?format=JSON", null);
        assertEquals(200, served.statusCode(), served.body());
        JsonValue copy = Json.createReader(new StringReader(Files.readString(COMMITTED_COPY))).readValue();
        Optional<String> drift = OpenApiDrift.firstDifference(Json.createReader(new StringReader(served.body())).readValue(), copy);
        if (drift.isPresent()) {
            Files.writeString(SERVED_ON_DRIFT, served.body());
        }
        assertEquals(Optional.empty(), drift, "The served OpenAPI document differs from the committed copy " + COMMITTED_COPY
                + ", from which the build generates the test client. If the API changed on purpose, refresh the copy with "
                + "tools/refresh-openapi-copy.sh " + SERVED_ON_DRIFT + " (the document this run was served, kept there) or from a "
                + "running stack (./run.sh, then tools/refresh-openapi-copy.sh), review the diff and commit it. First difference");
    }

    /** A knelpunt reported by {@code professional}, taken and escalated to linking level by the facilitator. */
    static Knelpunt escalated(String title, String description) throws Exception {
        Knelpunt reported = knelpunten("professional").report(new NieuwKnelpunt().titel(title).omschrijving(description)
                .thema("leerbaarheidstoets").gemeente("GM0344").doelgroep("Asielstatushouders")
                .schaal(NieuwKnelpunt.SchaalEnum.TIENTALLEN));
        assertTrue(reported.getReferentie().matches("KP-\\d{4}-\\d{5}"), reported.getReferentie());
        assertEquals(Knelpunt.NiveauEnum.UITVOERING, reported.getNiveau());
        assertEquals(Knelpunt.StatusEnum.GEMELD, reported.getStatus());
        assertEquals("GM0344", reported.getOrganisatie());
        String reference = reported.getReferentie();
        assertEquals(Knelpunt.StatusEnum.IN_BEHANDELING, knelpunten("facilitator").take(reference, new Stap()).getStatus());
        Knelpunt up = knelpunten("facilitator").escalate(reference, new Stap().toelichting("Speelt in vijf gemeenten in de regio."));
        assertEquals(Knelpunt.NiveauEnum.SCHAKEL, up.getNiveau());
        assertEquals(Knelpunt.StatusEnum.GEMELD, up.getStatus());
        Knelpunt taken = knelpunten("coordinator").take(reference, new Stap());
        assertEquals(Knelpunt.StatusEnum.IN_BEHANDELING, taken.getStatus());
        assertEquals(Knelpunt.NiveauEnum.SCHAKEL, taken.getNiveau());
        return taken;
    }

    @Test
    void theKnelpuntenLoopUpToLinkingLevelAndBackToItsReporter() throws Exception {
        String reference = escalated("Lange wachttijd voor de toets bij de taalschool",
                "Inburgeraars wachten zes weken op een afspraak voor de leerbaarheidstoets.").getReferentie();
        Knelpunt returned = knelpunten("coordinator").returnDown(reference,
                new Stap().toelichting("De gemeente kan extra toetsmomenten inkopen binnen het bestaande budget."));
        assertEquals(Knelpunt.StatusEnum.TERUGGELEGD, returned.getStatus());

        Knelpunt seenByReporter = knelpunten("professional").getKnelpuntenByReferentie(reference);
        assertEquals(Knelpunt.NiveauEnum.UITVOERING, seenByReporter.getNiveau());
        assertEquals(Knelpunt.StatusEnum.TERUGGELEGD, seenByReporter.getStatus());
        assertTrue(seenByReporter.getTerugkoppeling().startsWith("De gemeente kan"), seenByReporter.getTerugkoppeling());
        Knelpunt accepted = knelpunten("professional").acceptFeedback(reference, new Stap());
        assertEquals(Knelpunt.StatusEnum.OPGELOST, accepted.getStatus());
        assertEquals(Knelpunt.AfhandelcategorieEnum.VERDUIDELIJKT, accepted.getAfhandelcategorie());
        assertNotNull(accepted.getGemeldOp(), "a date-time the client read");

        List<String> actions = knelpunten("professional").historyKnelpuntenByReferentieHistorie(reference).stream()
                .map(KnelpuntGebeurtenis::getActie).toList();
        assertEquals(List.of("MELDEN", "IN_BEHANDELING_NEMEN", "OPSCHALEN", "IN_BEHANDELING_NEMEN", "TERUGLEGGEN",
                "TERUGKOPPELING_AANVAARDEN"), actions);
    }

    @Test
    void aSignalToSzwBundlesAKnelpuntAndTheMinistryAnswersIt() throws Exception {
        String knelpunt = escalated("Landelijk te weinig examenplekken voor de toets",
                "Inburgeraars wachten maanden op een plek voor de leerbaarheidstoets in hun regio.").getReferentie();
        Signaal concept = signalen("coordinator").createSignalen(new NieuwSignaal().titel("Te weinig plekken voor de leerbaarheidstoets")
                .probleemstelling("Inburgeraars wachten maanden op een plek voor de leerbaarheidstoets.")
                .analyse("Er zijn landelijk te weinig toetslocaties; gemeenten kunnen dit niet zelf oplossen.")
                .urgentie(NieuwSignaal.UrgentieEnum.HOOG).voorstel(NieuwSignaal.VoorstelEnum.AANPASSING_UITVOERING)
                .knelpunten(List.of(knelpunt)));
        String reference = concept.getReferentie();
        assertEquals(Signaal.StatusEnum.CONCEPT, concept.getStatus());
        assertEquals(List.of(knelpunt), concept.getKnelpunten().stream().map(k -> k.getReferentie()).toList());

        Signaal submitted = signalen("coordinator").submitSignalenByReferentieIndienen(reference, new Tekst());
        assertEquals(Signaal.StatusEnum.INGEDIEND, submitted.getStatus());
        assertNotNull(submitted.getIngediend(), "a date the client read");
        Knelpunt atSystem = knelpunten("professional").getKnelpuntenByReferentie(knelpunt);
        assertEquals(Knelpunt.NiveauEnum.STELSEL, atSystem.getNiveau());
        assertEquals(Knelpunt.StatusEnum.OPGESCHAALD, atSystem.getStatus());

        assertEquals(Signaal.StatusEnum.ONTVANGEN, signalen("ministry").acknowledge(reference).getStatus());
        assertEquals(Signaal.StatusEnum.IN_BEHANDELING, signalen("ministry").takeInHand(reference).getStatus());
        Signaal answered = signalen("ministry").respond(reference,
                new Beantwoording().besluit(Beantwoording.BesluitEnum.OVERGENOMEN)
                        .antwoord("DUO opent vanaf maart vijf extra toetslocaties."));
        assertEquals(Signaal.StatusEnum.BEANTWOORD, answered.getStatus());
        assertEquals(SignaalAntwoord.BesluitEnum.OVERGENOMEN, answered.getAntwoord().getBesluit());
        assertEquals("DUO opent vanaf maart vijf extra toetslocaties.", signalen("professional").getSignalenByReferentie(reference)
                .getAntwoord().getTekst(), "everyone reads the answer");
        assertEquals(Knelpunt.StatusEnum.IN_OPVOLGING, knelpunten("professional").getKnelpuntenByReferentie(knelpunt).getStatus(),
                "the reporter sees the knelpunt followed up");
    }

    @Test
    void aDiscussionInACommunityOfPractice() throws Exception {
        for (String user : List.of("admin", "facilitator", "professional", "professional2")) {
            cops(user).directory(null, null, null, null); // the first sign-in creates the person's profile
        }
        Cop cop = cops("admin").createCops(new NieuweCop().naam("Brede intake in de praktijk " + Long.toString(System.nanoTime(), 36))
                .omschrijving("Een community om ervaringen met de brede intake uit te wisselen.")
                .lidmaatschap(NieuweCop.LidmaatschapEnum.OPEN)
                .themas(List.of("brede-intake")).regios(List.of()));
        assertEquals(Lid.RolEnum.FACILITATOR, cops("admin").appoint(cop.getId(), "facilitator").getRol());
        assertEquals(Lid.StatusEnum.ACTIEF, cops("professional").join(cop.getId()).getStatus());
        assertEquals(Lid.StatusEnum.ACTIEF, cops("professional2").join(cop.getId()).getStatus());

        Discussie started = cops("professional").start(cop.getId(), new NieuweDiscussie().titel("Planning van de brede intake")
                .tekst("Hoe plannen jullie de brede intake als de toets nog niet is afgenomen?"));
        assertEquals(cop.getId(), started.getCop());
        assertEquals("Planning van de brede intake", started.getTitel());
        CopBericht reply = cops("professional2").reply(started.getId(), new Inhoud().tekst("Wij plannen eerst een kennismaking."));
        assertEquals(started.getId(), reply.getDiscussie());

        DiscussieMetBerichten read = cops("professional").read(started.getId(), null, null);
        assertEquals(2L, read.getTotaal());
        assertEquals(List.of("professional", "professional2"), read.getBerichten().stream().map(CopBericht::getGebruikersnaam).toList());
        assertTrue(read.getBerichten().get(1).getHtml().contains("Wij plannen eerst een kennismaking."), read.getBerichten().get(1).getHtml());
        assertTrue(read.getBerichten().get(1).getNieuw(), "the reply is new to the thread's starter");
        assertEquals(List.of(started.getId()), cops("professional2").threads(cop.getId(), null, null).getDiscussies().stream()
                .map(Discussie::getId).toList());
    }

    @Test
    void aQuestionIsAnsweredByOneEditorAndPublishedWhenASecondSignsOff() throws Exception {
        for (String user : List.of("editor", "editor2")) {
            qa(user).mine(null, null); // the first sign-in creates the person's profile
        }
        GesteldeVraag asked = qa("professional").askVragenGesteld(new NieuweVraag()
                .vraag("Telt een taalcafé mee voor de uren van de B1-route?").thema("b1-route"));
        assertEquals("Telt een taalcafé mee voor de uren van de B1-route?", asked.getVraag());
        assertTrue(qa("editor").queueRedactieVragen(null, 100).stream().anyMatch(q -> q.getId().equals(asked.getId())), "in the editors' queue");

        VraagAntwoordVersie concept = qa("editor").answer(asked.getId(), new Concept().thema("b1-route")
                .partners(List.of(Concept.PartnersEnum.DIVOSA))
                .vraag("Telt een taalcafé mee voor de uren van de B1-route?")
                .antwoord("Ja, als de taalschool het taalcafé begeleidt en de aanwezigheid registreert."));
        assertEquals(VraagAntwoordVersie.StatusEnum.CONCEPT, concept.getStatus(), "the 201 answer is the first version, typed");
        GesteldeVraag answered = qa("professional").mine(null, 100).stream().filter(q -> q.getId().equals(asked.getId())).findFirst().orElseThrow();
        Long entry = answered.getAntwoord();
        assertNotNull(entry, "the question names the entry that answers it: " + answered);
        VraagAntwoordVersie draft = qa("editor").versions(entry).get(0);
        assertEquals(VraagAntwoordVersie.StatusEnum.CONCEPT, draft.getStatus());
        assertEquals(List.of(VraagAntwoordVersie.PartnersEnum.DIVOSA), draft.getPartners());

        assertEquals(VraagAntwoordVersie.StatusEnum.TER_REVIEW,
                qa("editor").submitRedactieVersiesByIdTerReview(draft.getId()).getStatus());
        VraagAntwoordVersie published = qa("editor2").approve(draft.getId());
        assertEquals(VraagAntwoordVersie.StatusEnum.GEPUBLICEERD, published.getStatus());
        assertEquals(List.of(VraagAntwoordVersie.GoedgekeurdDoorEnum.DIVOSA), published.getGoedgekeurdDoor());
        assertEquals("Ja, als de taalschool het taalcafé begeleidt en de aanwezigheid registreert.", published.getAntwoord());
        VraagMetGeschiedenis read = qa("professional").getVragenById(entry);
        assertEquals(entry, read.getVraag().getId());
        assertEquals("b1-route", read.getVraag().getThema());
        assertEquals("Ja, als de taalschool het taalcafé begeleidt en de aanwezigheid registreert.", read.getVraag().getAntwoord());
        assertEquals(List.of(1), read.getGeschiedenis().stream().map(Wijziging::getVersie).toList());
        assertNotNull(read.getGeschiedenis().get(0).getGepubliceerdOp(), "a date-time the client read");
    }
}
