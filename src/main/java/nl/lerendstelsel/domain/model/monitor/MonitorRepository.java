package nl.lerendstelsel.domain.model.monitor;

import java.util.List;
import java.util.Optional;

/** Monitor rounds, their questions and the responses to them. */
public interface MonitorRepository {

    Optional<MonitorRound> findRound(Long id);

    /** All rounds, the newest (by closing day) first. */
    List<MonitorRound> rounds();

    /** The rounds open for answers now. */
    List<MonitorRound> openRounds();

    Optional<MonitorResponse> findResponse(Long roundId, String organisationCode);

    /** The responses to a round (drafts and submitted), by organisation name. */
    List<MonitorResponse> responses(Long roundId);

    /** An organisation's responses to all rounds, the newest round first. */
    List<MonitorResponse> responsesOf(String organisationCode);

    void add(Object entity);

    void flush();
}
