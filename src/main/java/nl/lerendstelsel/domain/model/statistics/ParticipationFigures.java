package nl.lerendstelsel.domain.model.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How organisations take part in the lerend stelsel, counted by the database: the coverage figures (who reported,
 * supported, is a CoP member, asked a question or answered the monitor, see {@link Participation}) and the per-gemeente
 * counts that "Mijn gemeente" sets beside the region and the country. Apart from {@link StatisticsRepository}, whose
 * queries are about knelpunten and signals under the dashboard's filter.
 */
public interface ParticipationFigures {

    /** The codes of the organisations that took part in this way in the period (both days included); see {@link Participation}. */
    Set<String> participants(Participation kind, LocalDate from, LocalDate to);

    /** Per gemeente, the knelpunten supported for it ("ook bij ons"), each once. */
    Map<String, Long> supportedPerGemeente();

    /** Per gemeente, the signals with a decision of the ministry that hold a knelpunt about it. */
    Map<String, Long> answeredSignalsPerGemeente();

    /** Per organisation, the CoPs in which someone of it is an active member. */
    Map<String, Long> copsPerOrganisation();

    /** The CoPs in which someone of the organisation is an active member (code: the CoP's id, label: its name), by name. */
    List<Count> copsOf(String organisationCode);
}
