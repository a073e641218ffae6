package nl.lerendstelsel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import nl.lerendstelsel.domain.model.monitor.MonitorRepository;
import nl.lerendstelsel.domain.model.monitor.MonitorResponse;
import nl.lerendstelsel.domain.model.monitor.MonitorRound;
import nl.lerendstelsel.domain.model.monitor.RoundStatus;

/** Monitor rounds in JPA. Every query binds its parameters. */
@ApplicationScoped
public class JpaMonitorRepository extends JpaRepositoryBase implements MonitorRepository {

    @Override
    public Optional<MonitorRound> findRound(Long id) {
        return byKey(MonitorRound.class, id);
    }

    @Override
    public List<MonitorRound> rounds() {
        return em.createQuery("SELECT r FROM MonitorRound r ORDER BY r.closesOn DESC, r.id DESC", MonitorRound.class)
                .getResultList();
    }

    @Override
    public List<MonitorRound> openRounds() {
        return em.createQuery("SELECT r FROM MonitorRound r WHERE r.status = :open ORDER BY r.closesOn, r.id", MonitorRound.class)
                .setParameter("open", RoundStatus.OPEN).getResultList();
    }

    @Override
    public Optional<MonitorResponse> findResponse(Long roundId, String organisationCode) {
        return em.createQuery("SELECT r FROM MonitorResponse r WHERE r.round.id = :round AND r.organisation.code = :org",
                        MonitorResponse.class)
                .setParameter("round", roundId).setParameter("org", organisationCode).getResultStream().findFirst();
    }

    @Override
    public List<MonitorResponse> responses(Long roundId) {
        return em.createQuery("SELECT r FROM MonitorResponse r WHERE r.round.id = :round ORDER BY r.organisation.name",
                        MonitorResponse.class)
                .setParameter("round", roundId).setHint("eclipselink.batch", "r.answers").getResultList();
    }

    @Override
    public List<MonitorResponse> responsesOf(String organisationCode) {
        return em.createQuery("SELECT r FROM MonitorResponse r WHERE r.organisation.code = :org"
                                + " ORDER BY r.round.closesOn DESC, r.round.id DESC", MonitorResponse.class)
                .setParameter("org", organisationCode).getResultList();
    }
}
