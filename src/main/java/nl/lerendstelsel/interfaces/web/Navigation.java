package nl.lerendstelsel.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.infrastructure.security.SignedInUser;

/**
 * The main menu, fitted to the person's roles: each entry names the roles that see it. Entries appear
 * here as their pages are built; the table is the one place that decides who sees what in the menu.
 */
@Named("navigation")
@RequestScoped
public class Navigation {

    /** A menu entry: message key of its label, outcome (page) and the roles that see it (none: everyone). */
    public record Item(String labelKey, String outcome, Role... roles) {
        boolean visibleTo(SignedInUser user) {
            if (roles.length == 0) {
                return true;
            }
            if (user == null) {
                return false;
            }
            for (Role role : roles) {
                if (user.has(role)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** "Mijn gemeente": for anyone signed in who belongs to an organisation. */
    static final String MY_GEMEENTE = "/app/mijn-gemeente.xhtml";

    static final List<Item> PUBLIC_ITEMS = List.of(
            new Item("nav.home", "/index.xhtml"),
            new Item("nav.qa", "/vraag-en-antwoord/index.xhtml"),
            new Item("nav.knowledge", "/kennisbank/index.xhtml"),
            new Item("nav.practices", "/praktijkvoorbeelden/index.xhtml"),
            new Item("nav.search", "/zoeken.xhtml"));

    static final List<Item> SIGNED_IN_ITEMS = List.of(
            new Item("nav.start", "/app/start.xhtml", Role.values()),
            new Item("nav.myGemeente", Navigation.MY_GEMEENTE, Role.values()),
            new Item("nav.bottlenecks", "/app/knelpunten/index.xhtml", Role.values()),
            new Item("nav.reportBottleneck", "/app/knelpunten/nieuw.xhtml", Role.PROFESSIONAL, Role.ADMIN),
            new Item("nav.ask", "/app/vraag-stellen.xhtml", Role.values()),
            new Item("nav.queue", "/app/knelpunten/wachtrij.xhtml", Role.FACILITATOR, Role.COORDINATOR, Role.ADMIN),
            new Item("nav.cops", "/app/cops/index.xhtml", Role.values()),
            new Item("nav.signals", "/app/signalen/index.xhtml", Role.values()),
            new Item("nav.dashboard", "/app/dashboard/index.xhtml", Role.FACILITATOR, Role.COORDINATOR, Role.MINISTRY, Role.ADMIN),
            new Item("nav.monitor", "/app/monitor/index.xhtml", Role.COORDINATOR, Role.MINISTRY, Role.ADMIN),
            new Item("nav.editorial", "/app/redactie/index.xhtml", Role.EDITOR, Role.ADMIN),
            new Item("nav.profile", "/app/profiel.xhtml", Role.values()),
            new Item("nav.referenceData", "/app/beheer/referentiedata.xhtml", Role.ADMIN),
            new Item("nav.settings", "/app/beheer/instellingen.xhtml", Role.ADMIN),
            new Item("nav.people", "/app/beheer/personen.xhtml", Role.ADMIN),
            new Item("nav.auditLog", "/app/beheer/auditlog.xhtml", Role.ADMIN),
            new Item("nav.retention", "/app/beheer/bewaartermijn.xhtml", Role.ADMIN));

    @Inject
    CurrentUser currentUser;

    public List<Item> getItems() {
        return itemsFor(currentUser.getUser());
    }

    static List<Item> itemsFor(SignedInUser user) {
        List<Item> items = new ArrayList<>(PUBLIC_ITEMS);
        SIGNED_IN_ITEMS.stream().filter(i -> i.visibleTo(user))
                .filter(i -> !MY_GEMEENTE.equals(i.outcome()) || user.organisationCode() != null).forEach(items::add);
        return items;
    }
}
