package nl.lerendstelsel.application.search;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckChanged;
import nl.lerendstelsel.domain.model.search.ContentChanged;

/**
 * Keeps the search index current: after a change commits, the item is re-read and re-indexed. The observers run when the
 * transaction has completed, where the server offers no transaction and no database work; they hand the work to the
 * managed executor, which runs it with the application's context a moment later.
 */
@Stateless
public class SearchIndexer {

    @Inject
    SearchService search;

    @Resource
    ManagedExecutorService executor;

    public void onContent(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContentChanged change) {
        executor.submit(() -> search.refresh(change.kind(), change.id()));
    }

    public void onBottleneck(@Observes(during = TransactionPhase.AFTER_SUCCESS) BottleneckChanged change) {
        executor.submit(() -> search.refreshBottleneck(change.reference()));
    }
}
