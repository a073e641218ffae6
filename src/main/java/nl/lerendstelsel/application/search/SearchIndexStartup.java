package nl.lerendstelsel.application.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Builds the search index from the database at start-up, in the background (after the schema, reference data and demo
 * data): the index is a cache that must match the database it runs against, whatever is left on disk.
 */
@Singleton
@Startup
@DependsOn("DemoDataLoader")
public class SearchIndexStartup {

    private static final Logger LOG = Logger.getLogger(SearchIndexStartup.class.getName());

    @Inject
    SearchService search;

    @Resource
    ManagedExecutorService executor;

    @PostConstruct
    void start() {
        executor.submit(() -> {
            try {
                search.rebuild();
            } catch (RuntimeException e) {
                LOG.warning(() -> "Search index not built at start-up: " + e);
            }
        });
    }
}
