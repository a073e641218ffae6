package nl.lerendstelsel;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import org.junit.jupiter.api.Test;

/**
 * The layer rules of issue 25, checked on the compiled classes (docs/architecture.md, "Layer rules"):
 * <ul>
 *   <li>the domain depends on no application, infrastructure or interfaces class;</li>
 *   <li>application and infrastructure do not depend on interfaces, and infrastructure not on application;</li>
 *   <li>the sub-packages of {@code domain.model} (the aggregates) have no cycles: an aggregate keeps another's id;</li>
 *   <li>services live in a feature package of application, pages in one of interfaces.web;</li>
 *   <li>production code does not depend on test code.</li>
 * </ul>
 * None of these rules is broken today; no violation is frozen. Should a rule ever need a grace period, ArchUnit's
 * {@code FreezingArchRule} with the store settings in {@code src/test/resources/archunit.properties} keeps the known
 * violations in the open and fails on every new one.
 */
class ArchitectureTest {

    private static final String ROOT = "nl.lerendstelsel";
    private static final String DOMAIN = ROOT + ".domain..";
    private static final String APPLICATION = ROOT + ".application..";
    private static final String INFRASTRUCTURE = ROOT + ".infrastructure..";
    private static final String INTERFACES = ROOT + ".interfaces..";
    /** The interfaces that application owns and infrastructure implements (search, mail, job leases, …). */
    private static final String PORTS = ROOT + ".application.port..";

    /** Classes compiled from src/test/java (target/test-classes). */
    private static final DescribedPredicate<JavaClass> TEST_CODE = DescribedPredicate.describe("test code",
            type -> type.getSource()
                    .map(source -> new ImportOption.OnlyIncludeTests().includes(Location.of(source.getUri())))
                    .orElse(false));

    /** The project's classes, production and test code, imported once. */
    private static final JavaClasses ALL = new ClassFileImporter().importPackages(ROOT);

    /** The production classes (target/classes). */
    private static final JavaClasses MAIN = ALL.that(not(TEST_CODE));

    @Test
    void theDomainDependsOnNoOtherLayer() {
        assertNoDependency(DOMAIN, resideInAnyPackage(APPLICATION, INFRASTRUCTURE, INTERFACES),
                "the domain is the core: the other layers use it, never the other way round");
    }

    @Test
    void applicationDoesNotDependOnInterfaces() {
        assertNoDependency(APPLICATION, resideInAPackage(INTERFACES),
                "the use cases serve every interface (web pages, the REST API) alike");
    }

    @Test
    void applicationDoesNotDependOnInfrastructure() {
        assertNoDependency(APPLICATION, resideInAPackage(INFRASTRUCTURE),
                "application talks to search, mail, job leases and backup through the ports it owns, in " + PORTS
                        + "; infrastructure implements them, so the use cases can be read and tested without Lucene, SMTP or SQL");
    }

    @Test
    void infrastructureDoesNotDependOnInterfaces() {
        assertNoDependency(INFRASTRUCTURE, resideInAPackage(INTERFACES),
                "infrastructure implements what the inner layers need, it knows no pages or resources");
    }

    @Test
    void infrastructureDoesNotDependOnApplication() {
        assertNoDependency(INFRASTRUCTURE, resideInAPackage(APPLICATION).and(not(resideInAPackage(PORTS))),
                "application reaches infrastructure through the ports it owns, in " + PORTS
                        + ", which infrastructure implements; the HTTP edge that calls services is interfaces.security");
    }

    /** No production class in {@code layer} depends on a class that is {@code forbidden}, for the reason given. */
    private static void assertNoDependency(String layer, DescribedPredicate<JavaClass> forbidden, String because) {
        noClasses().that().resideInAPackage(layer)
                .should().dependOnClassesThat(forbidden)
                .because(because)
                .check(MAIN);
    }

    @Test
    void theDomainAggregatesHaveNoCycles() {
        slices().matching(ROOT + ".domain.model.(*)..").namingSlices("domain.model.$1")
                .should().beFreeOfCycles()
                .because("an aggregate refers to another by id, not by entity (issue 25)")
                .check(MAIN);
    }

    @Test
    void useCasesAndPagesLiveInTheirFeaturePackage() {
        classes().that().resideInAPackage(APPLICATION).and().haveSimpleNameEndingWith("Service")
                .should().resideInAPackage(ROOT + ".application.*")
                .because("application is grouped by feature (bottleneck, community, qa, signal, …); the root package "
                        + "holds only what every feature shares (Caller, the refusals, FieldErrors)")
                .check(MAIN);
        classes().that().resideInAPackage(ROOT + ".interfaces.web..").and().haveSimpleNameEndingWith("Page")
                .and().doNotHaveSimpleName("ErrorPage").and().doNotHaveSimpleName("SearchPage")
                .should().resideInAPackage(ROOT + ".interfaces.web.*")
                .because("pages are grouped by feature like the use cases they call; the root package holds the Faces glue")
                .check(MAIN);
    }

    @Test
    void productionCodeDoesNotDependOnTestCode() {
        noClasses().that(not(TEST_CODE))
                .should().dependOnClassesThat(TEST_CODE.or(resideInAnyPackage("org.junit..", "org.jboss.arquillian..",
                        "org.openqa.selenium..", "com.deque..", "com.tngtech.archunit..")))
                .because("what ships must not need the tests or their libraries")
                .check(ALL);
    }
}
