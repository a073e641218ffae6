package nl.lerendstelsel.application;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import nl.lerendstelsel.domain.model.bottleneck.Action;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckFilter;
import nl.lerendstelsel.domain.model.bottleneck.EstimatedScale;
import nl.lerendstelsel.domain.model.user.IdentityClaims;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo data of the run command's demo mode ({@code lerendstelsel.demo-data=true}, set by {@code run.sh}
 * unless started with {@code --no-demo}): profiles for the demo accounts and a few knelpunten in different
 * stages, loaded once into an empty database through the same services people use, so every rule (the
 * personal-data guard, the workflow table) applies. Tests never switch it on.
 */
@Singleton
@Startup
@DependsOn("ReferenceDataLoader")
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());
    static final String RESOURCE = "demo/demo-data.json";

    @Inject
    @ConfigProperty(name = "lerendstelsel.demo-data", defaultValue = "false")
    boolean enabled;

    @Inject
    UserProfileService userProfiles;

    @Inject
    BottleneckService bottlenecks;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        if (bottlenecks.list(BottleneckFilter.none(), 1, 1).total() > 0) {
            LOG.info("Demo data: the database already has knelpunten; nothing loaded");
            return;
        }
        JsonObject demo = read();
        Map<String, Caller> callers = new HashMap<>();
        for (JsonObject user : demo.getJsonArray("gebruikers").getValuesAs(JsonObject.class)) {
            IdentityClaims claims = new IdentityClaims(user.getString("id"), user.getString("gebruikersnaam"),
                    user.getString("naam"), user.getString("email"), user.getString("organisatie"),
                    IdentityClaims.rolesFrom(user.getJsonArray("rollen").getValuesAs(JsonString::getString)));
            userProfiles.synchronise(claims, "demo");
            callers.put(claims.username(), new Caller(claims.subject(), claims.roles(), "demo"));
        }
        int count = 0;
        for (JsonObject item : demo.getJsonArray("knelpunten").getValuesAs(JsonObject.class)) {
            Bottleneck reported = bottlenecks.report(new BottleneckService.NewBottleneck(item.getString("titel"),
                    item.getString("omschrijving"), item.getString("thema"), item.getString("gemeente"),
                    item.getString("doelgroep", null), EstimatedScale.valueOf(item.getString("schaal")),
                    item.getString("oplossingsrichting", null)), callers.get(item.getString("melder")));
            for (JsonObject step : item.getJsonArray("stappen").getValuesAs(JsonObject.class)) {
                bottlenecks.perform(reported.getReference(), Action.valueOf(step.getString("actie")),
                        step.getString("toelichting", null), null, callers.get(step.getString("door")));
            }
            count++;
        }
        int loaded = count;
        LOG.info(() -> "Demo data loaded: " + callers.size() + " profiles, " + loaded + " knelpunten");
    }

    static JsonObject read() {
        InputStream in = DemoDataLoader.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Demo data missing from the build: " + RESOURCE);
        }
        try (JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }
}
