package nl.lerendstelsel.domain.model.statistics;

import java.time.LocalDate;
import java.util.List;

/**
 * The figures of the annual report that the dashboard does not have, counted by the database for a period (both days
 * included): the activity of each CoP, the outcomes shared, and the Q&amp;A published and found useful. The knelpunten,
 * signals, coverage and monitor figures come from their own services.
 */
public interface AnnualFigures {

    /** One CoP: its active members (those who became active before the period ended), posts and meetings held in the period, outcomes shared. */
    record CopActivity(long id, String name, long members, long posts, long meetings, long outcomesShared) {
    }

    /**
     * The Q&amp;A base in the period: versions published (of which first versions, that is new answers), questions asked,
     * and the readers' "was this useful?" feedback. Views are not counted, so the feedback is the measure of use.
     */
    record QaFigures(long published, long newAnswers, long questionsAsked, long useful, long notUseful, List<Count> publishedByTheme) {

        public QaFigures {
            publishedByTheme = List.copyOf(publishedByTheme);
        }
    }

    /** Every CoP, by name, with its activity in the period. */
    List<CopActivity> copActivity(LocalDate from, LocalDate to);

    /** The outcomes shared in the period per kind (code: the {@code OutcomeKind}), largest first. */
    List<Count> sharedOutcomes(LocalDate from, LocalDate to);

    QaFigures qa(LocalDate from, LocalDate to);
}
