package nl.lerendstelsel.domain.model.bottleneck;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import nl.lerendstelsel.domain.model.CompositeKey;

/** One search term of a knelpunt with its weight ({@link TextTerms}); rewritten whenever title or description change. */
@Entity
@Table(name = "bottleneck_term")
@IdClass(BottleneckTerm.Key.class)
public class BottleneckTerm {

    @Id
    @Column(name = "bottleneck_id")
    private Long bottleneckId;

    @Id
    @Column(length = 40)
    private String term;

    @Column(nullable = false)
    private int weight;

    protected BottleneckTerm() {
    }

    public BottleneckTerm(Long bottleneckId, String term, int weight) {
        this.bottleneckId = bottleneckId;
        this.term = term;
        this.weight = weight;
    }

    /** The composite key. */
    public static class Key extends CompositeKey {
        private static final long serialVersionUID = 1L;
        private Long bottleneckId;
        private String term;

        public Key() {
        }

        @Override
        protected Object[] parts() {
            return new Object[] {bottleneckId, term};
        }
    }
}
