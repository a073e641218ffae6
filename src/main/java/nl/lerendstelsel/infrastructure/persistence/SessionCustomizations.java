package nl.lerendstelsel.infrastructure.persistence;

import java.util.Set;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.theme.Theme;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.ForeignReferenceMapping;
import org.eclipse.persistence.mappings.OneToOneMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * How EclipseLink talks to the database, in one place (a persistence unit takes one session customizer; it is named
 * in {@code persistence.xml}), so the domain model stays free of EclipseLink specifics.
 */
public class SessionCustomizations implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        failFast(session);
        batchFetching(session);
    }

    /**
     * EclipseLink retries a read query that failed on a communication error three times, five seconds apart, by
     * default. With the database stopped that held every request for 10 to 15 seconds before the person saw anything
     * (measured with {@code tools/fault-db-restart.sh}), and kept request threads busy while more arrived. The
     * connection pool already validates each connection before handing it out and replaces dead ones, so the retry
     * buys nothing here: a query fails at once and the person gets the 503 page (or API problem) straight away.
     */
    static void failFast(Session session) {
        session.getLogin().setQueryRetryAttemptCount(0);
        session.getLogin().setDelayBetweenConnectionAttempts(0);
    }

    /**
     * Reference data is not in a shared cache (see persistence.xml), so a reference to a theme or an organisation is
     * joined into the query that reads the row holding it (an outer join: not every reference is required): a knelpunt
     * comes with its theme, gemeente and organisation in one statement. (EclipseLink does not nest such joins, so an
     * organisation's arbeidsmarktregio is read lazily, in batches, where a page asks for it.)
     */
    static final Set<Class<?>> REFERENCE_DATA = Set.of(Theme.class, Organisation.class);

    /**
     * References to reference data are joined (above). Every other relationship (to one, to many, element collections)
     * is fetched in batches: when a query reads a list of
     * rows and the page then touches a relationship of one of them, EclipseLink loads that relationship for all rows
     * of the list at once ({@code WHERE id IN (…)}), instead of one statement per row. This keeps the number of
     * statements of a page independent of the number of rows it shows (bar P5, proved by {@code StatementCountIT}).
     */
    static void batchFetching(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (mapping instanceof OneToOneMapping toOne && REFERENCE_DATA.contains(toOne.getReferenceClass())) {
                    toOne.useOuterJoinFetch();
                } else if (mapping instanceof ForeignReferenceMapping relation) {
                    relation.useBatchReading();
                    relation.setBatchFetchType(BatchFetchType.IN);
                }
            }
        }
    }
}
