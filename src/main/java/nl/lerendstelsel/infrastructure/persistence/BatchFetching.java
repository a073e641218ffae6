package nl.lerendstelsel.infrastructure.persistence;

import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.ForeignReferenceMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * Every relationship (to one, to many, element collections) is fetched in batches: when a query reads a list of
 * rows and the page then touches a relationship of one of them, EclipseLink loads that relationship for all rows of
 * the list at once ({@code WHERE id IN (…)}), instead of one statement per row. This keeps the number of statements
 * of a page independent of the number of rows it shows (bar P5, proved by {@code StatementCountIT}) without
 * annotating the domain model with EclipseLink specifics. Named in {@code persistence.xml}.
 */
public class BatchFetching implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (mapping instanceof ForeignReferenceMapping relation) {
                    relation.useBatchReading();
                    relation.setBatchFetchType(BatchFetchType.IN);
                }
            }
        }
    }
}
