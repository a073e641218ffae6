package nl.lerendstelsel.application.administration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.lerendstelsel.domain.model.bottleneck.Action;
import nl.lerendstelsel.domain.model.bottleneck.Actor;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckWorkflow;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Resolution;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.domain.model.bottleneck.Transition;
import nl.lerendstelsel.domain.model.privacy.PersonalDataGuard;
import nl.lerendstelsel.domain.model.user.IdentityClaims;
import org.junit.jupiter.api.Test;

/** The demo data belongs to the realm's demo accounts, and every demo knelpunt passes the guard and the workflow. */
class DemoDataTest {

    private final JsonObject demo = DemoDataLoader.read();

    @Test
    void demoUsersAreTheRealmsDemoAccounts() throws Exception {
        Path realmFile = Path.of(System.getProperty("lerend.project.dir", ".."), "keycloak-realm", "lerend-stelsel-realm.json");
        Map<String, JsonObject> realmUsers;
        try (Reader reader = Files.newBufferedReader(realmFile)) {
            realmUsers = Json.createReader(reader).readObject().getJsonArray("users").getValuesAs(JsonObject.class).stream()
                    .collect(Collectors.toMap(u -> u.getString("username"), u -> u));
        }
        for (JsonObject user : demo.getJsonArray("gebruikers").getValuesAs(JsonObject.class)) {
            JsonObject inRealm = realmUsers.get(user.getString("gebruikersnaam"));
            assertEquals(inRealm.getString("id"), user.getString("id"), "subject of " + user);
            assertEquals(inRealm.getJsonObject("attributes").getJsonArray("organisatie").getString(0), user.getString("organisatie"));
            Set<String> realmRoles = inRealm.getJsonArray("realmRoles").getValuesAs(JsonString::getString).stream()
                    .filter(r -> !r.startsWith("default-roles")).collect(Collectors.toSet());
            assertEquals(realmRoles, Set.copyOf(user.getJsonArray("rollen").getValuesAs(JsonString::getString)));
        }
    }

    @Test
    void demoKnelpuntenAreCleanAndTheirStepsAreAllowed() {
        PersonalDataGuard guard = new PersonalDataGuard();
        Map<String, Set<Actor>> actorsByUser = demo.getJsonArray("gebruikers").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(u -> u.getString("gebruikersnaam"), u -> Actor.fromRoles(
                        IdentityClaims.rolesFrom(u.getJsonArray("rollen").getValuesAs(JsonString::getString)))));
        List<JsonObject> items = demo.getJsonArray("knelpunten").getValuesAs(JsonObject.class);
        assertTrue(items.size() >= 4);
        for (JsonObject item : items) {
            for (String field : List.of("titel", "omschrijving", "doelgroep", "oplossingsrichting")) {
                assertTrue(guard.isClean(item.getString(field, "")), field + " of " + item.getString("titel"));
            }
            Level level = Level.EXECUTION;
            Status status = Status.GEMELD;
            for (JsonObject step : item.getJsonArray("stappen").getValuesAs(JsonObject.class)) {
                Set<Actor> actors = EnumSet.noneOf(Actor.class);
                actors.addAll(actorsByUser.get(step.getString("door")));
                if (step.getString("door").equals(item.getString("melder"))) {
                    actors.add(Actor.REPORTER);
                }
                Transition t = BottleneckWorkflow.apply(level, status, Action.valueOf(step.getString("actie")), actors,
                        step.getString("toelichting", null));
                level = t.toLevel();
                status = t.toStatus();
                if (Resolution.requiredFor(t.action())) {
                    assertTrue(Resolution.ofCode(step.getString("afhandelcategorie", null)).filter(r -> r.fits(t.action())).isPresent(),
                            "a fitting resolution category for " + t.action() + " of " + item.getString("titel"));
                }
            }
        }
    }

    /** Every kennisbank type shows; the files are there and of a kind the kennisbank accepts; a concept is waiting. */
    @Test
    void demoKennisbankShowsTypesFilesAndAConcept() throws Exception {
        PersonalDataGuard guard = new PersonalDataGuard();
        List<JsonObject> items = demo.getJsonArray("kennis").getValuesAs(JsonObject.class);
        Set<String> statuses = new java.util.HashSet<>();
        int files = 0;
        for (JsonObject item : items) {
            nl.lerendstelsel.domain.model.knowledge.KnowledgeType.valueOf(item.getString("soort"));
            statuses.add(item.getString("status", "GEPUBLICEERD"));
            assertTrue(guard.isClean(item.getString("titel")) && guard.isClean(item.getString("samenvatting")), item.getString("titel"));
            // issue 27: sources and links pass the guard too
            assertTrue(guard.isClean(item.getString("bron", "")) && guard.isClean(item.getString("link", "")), item.getString("titel"));
            if (item.containsKey("bestand")) {
                String resource = item.getString("bestand");
                try (java.io.InputStream in = DemoDataLoader.class.getClassLoader().getResourceAsStream(resource)) {
                    assertTrue(in != null, resource);
                    byte[] content = in.readAllBytes();
                    assertEquals(nl.lerendstelsel.domain.model.attachment.AttachmentKind.PDF,
                            nl.lerendstelsel.domain.model.attachment.AttachmentKind.detect(content).orElseThrow());
                    assertTrue(guard.isClean(resource.substring(resource.lastIndexOf('/') + 1)), resource);
                    // issue 27: the text of the file passes the guard, as the upload checks it
                    assertTrue(guard.isClean(nl.lerendstelsel.domain.model.attachment.DocumentText.of(
                            nl.lerendstelsel.domain.model.attachment.AttachmentKind.PDF, content).orElseThrow()), resource);
                }
                files++;
            }
        }
        assertEquals(Set.of("GEPUBLICEERD", "CONCEPT"), statuses);
        assertTrue(files >= 1);
    }
}
