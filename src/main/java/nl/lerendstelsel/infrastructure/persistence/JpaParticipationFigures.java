package nl.lerendstelsel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.lerendstelsel.domain.model.calendar.DutchTime;
import nl.lerendstelsel.domain.model.community.MembershipStatus;
import nl.lerendstelsel.domain.model.monitor.ResponseStatus;
import nl.lerendstelsel.domain.model.statistics.Count;
import nl.lerendstelsel.domain.model.statistics.Participation;
import nl.lerendstelsel.domain.model.statistics.ParticipationFigures;

/** {@link ParticipationFigures} in JPQL: distinct codes and grouped counts, computed by the database. */
@ApplicationScoped
public class JpaParticipationFigures extends JpaRepositoryBase implements ParticipationFigures {

    @Override
    public Set<String> participants(Participation kind, LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(DutchTime.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(DutchTime.ZONE).toInstant();
        TypedQuery<String> query = switch (kind) {
            case GEMELD -> em.createQuery("SELECT DISTINCT b.organisationCode FROM Bottleneck b WHERE b.reportedOn BETWEEN :from AND :to",
                    String.class).setParameter("from", from).setParameter("to", to);
            case GESTEUND -> em.createQuery("SELECT DISTINCT s.gemeente.code FROM Support s WHERE s.supportedAt >= :start"
                    + " AND s.supportedAt < :end", String.class).setParameter("start", start).setParameter("end", end);
            // memberships keep no start: an active one counts from the moment it last changed (when it became active)
            case COP_LID -> em.createQuery("SELECT DISTINCT m.person.organisation.code FROM Membership m WHERE m.status = :active"
                    + " AND m.changedAt < :end", String.class).setParameter("active", MembershipStatus.ACTIEF).setParameter("end", end);
            case VRAAG_GESTELD -> em.createQuery("SELECT DISTINCT q.askedBy.organisation.code FROM Question q WHERE q.createdAt >= :start"
                    + " AND q.createdAt < :end", String.class).setParameter("start", start).setParameter("end", end);
            case MONITOR_BEANTWOORD -> em.createQuery("SELECT DISTINCT r.organisation.code FROM MonitorResponse r WHERE r.status = :submitted"
                    + " AND r.submittedAt >= :start AND r.submittedAt < :end", String.class).setParameter("submitted", ResponseStatus.INGEDIEND)
                    .setParameter("start", start).setParameter("end", end);
        };
        Set<String> codes = new HashSet<>(query.getResultList());
        codes.remove(null);
        return codes;
    }

    @Override
    public Map<String, Long> supportedPerGemeente() {
        return grouped(em.createQuery("SELECT s.gemeente.code, COUNT(DISTINCT s.bottleneck.id) FROM Support s GROUP BY s.gemeente.code",
                Object[].class));
    }

    @Override
    public Map<String, Long> answeredSignalsPerGemeente() {
        return grouped(em.createQuery("SELECT k.gemeenteCode, COUNT(DISTINCT s.id) FROM Signal s JOIN s.bottlenecks k"
                + " WHERE s.decision IS NOT NULL GROUP BY k.gemeenteCode", Object[].class));
    }

    @Override
    public Map<String, Long> copsPerOrganisation() {
        return grouped(em.createQuery("SELECT m.person.organisation.code, COUNT(DISTINCT m.community.id) FROM Membership m"
                + " WHERE m.status = :active GROUP BY m.person.organisation.code", Object[].class)
                .setParameter("active", MembershipStatus.ACTIEF));
    }

    @Override
    public List<Count> copsOf(String organisationCode) {
        return em.createQuery("SELECT DISTINCT c.id, c.name FROM Membership m JOIN m.community c WHERE m.status = :active"
                        + " AND m.person.organisation.code = :organisation ORDER BY c.name", Object[].class)
                .setParameter("active", MembershipStatus.ACTIEF).setParameter("organisation", organisationCode)
                .getResultList().stream().map(row -> new Count(String.valueOf(row[0]), (String) row[1], 1)).toList();
    }

    private static Map<String, Long> grouped(TypedQuery<Object[]> query) {
        Map<String, Long> counts = new HashMap<>();
        query.getResultList().stream().filter(row -> row[0] != null)
                .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

}
