package nl.lerendstelsel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.lerendstelsel.application.port.WorkQueries;
import nl.lerendstelsel.domain.model.bottleneck.Level;
import nl.lerendstelsel.domain.model.bottleneck.Status;
import nl.lerendstelsel.domain.model.community.MemberRole;
import nl.lerendstelsel.domain.model.community.MembershipStatus;
import nl.lerendstelsel.domain.model.qa.Partner;
import nl.lerendstelsel.domain.model.qa.QuestionStatus;
import nl.lerendstelsel.domain.model.qa.VersionStatus;
import nl.lerendstelsel.domain.model.signal.SignalStatus;

/**
 * The worklist reads as JPQL selecting columns, not entities: a line of "Mijn werk" needs a reference and a title, not a
 * knelpunt with its reporter, gemeente and tags. Each list reads one row more than it shows; only when that row is there
 * is the total counted, so a short list costs one statement.
 */
@ApplicationScoped
public class JpaWorkQueries extends JpaRepositoryBase implements WorkQueries {

    private static final List<Status> CLOSED = List.of(Status.OPGELOST, Status.GESLOTEN);
    private static final List<SignalStatus> WITH_MINISTRY = List.of(SignalStatus.INGEDIEND, SignalStatus.ONTVANGEN,
            SignalStatus.IN_BEHANDELING, SignalStatus.VRAGEN);

    /** A JPQL condition with its parameters, for the list and its count alike. */
    private record Where(String jpql, Map<String, Object> parameters) {
        <Q extends Query> Q bind(Q query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }

    /** {@code from} starts with "FROM Entity alias"; the count counts that alias. */
    private <R, T> Slice<T> slice(String select, String from, Where where, String order, int limit, Class<R> rowType,
                                  Function<R, T> map) {
        List<R> rows = where.bind(em.createQuery(select + " " + from + where.jpql() + " ORDER BY " + order, rowType))
                .setMaxResults(limit + 1).getResultList();
        long total = rows.size() <= limit ? rows.size()
                : where.bind(em.createQuery("SELECT COUNT(" + from.split(" ")[2] + ") " + from + where.jpql(), Long.class))
                        .getSingleResult();
        return new Slice<>(rows.stream().limit(limit).map(map).toList(), total);
    }

    // ---- knelpunten

    @Override
    public Slice<Knelpunt> knelpunten(KnelpuntList list, long profileId, Level level, Set<Long> handledCops, Set<String> regions,
                                      LocalDate since, int limit) {
        StringBuilder jpql = new StringBuilder(" WHERE ");
        Map<String, Object> parameters = new HashMap<>();
        String order = "CASE WHEN b.dueDate IS NULL THEN 1 ELSE 0 END, b.dueDate ASC, b.reportedAt ASC, b.id ASC";
        switch (list) {
            case WAITING_FOR_ME -> {
                // asked for information, or returned with feedback the reporter accepts or answers
                jpql.append("b.reporterId = :me AND (b.status = :status OR b.status = :returned)");
                parameters.put("status", Status.WACHT_OP_INFORMATIE);
                parameters.put("returned", Status.TERUGGELEGD);
                order = "CASE WHEN b.waitingUntil IS NULL THEN 1 ELSE 0 END, b.waitingUntil ASC, b.id ASC";
            }
            case RESOLVED_SINCE -> {
                // resolved, or closed by the ministry's answer: what the reporter may still reopen (BottleneckWorkflow)
                // (not named ":closed…": that name is bound below whenever the query holds it)
                jpql.append("b.reporterId = :me AND (b.status = :status OR b.status = :answeredShut AND b.level = :systemLevel)"
                        + " AND b.finishedOn >= :since");
                parameters.put("status", Status.OPGELOST);
                parameters.put("answeredShut", Status.GESLOTEN);
                parameters.put("systemLevel", Level.SYSTEM);
                parameters.put("since", since);
                order = "b.finishedOn ASC, b.id ASC";
            }
            case REPORTED -> {
                jpql.append("b.reporterId = :me");
                order = "b.changedAt DESC, b.id DESC";
            }
            case ASSIGNED -> jpql.append("b.assignee.id = :me AND b.status NOT IN :closed");
            case QUEUE -> jpql.append("b.assignee IS NULL AND b.status NOT IN :closed");
            case PROPOSED -> {
                jpql.append("b.proposed = :proposed AND b.status NOT IN :closed");
                parameters.put("proposed", Boolean.TRUE);
            }
            case NEW_AT_LEVEL -> {
                jpql.append("b.status = :status");
                parameters.put("status", Status.GEMELD);
                order = "b.changedAt ASC, b.id ASC";
            }
        }
        if (jpql.indexOf(":me") >= 0) {
            parameters.put("me", profileId);
        }
        if (jpql.indexOf(":closed") >= 0) {
            parameters.put("closed", CLOSED);
        }
        if (level != null) {
            jpql.append(" AND b.level = :level");
            parameters.put("level", level);
        }
        boolean scoped = regions != null && !regions.isEmpty();
        if (scoped) {
            parameters.put("regions", regions);
        }
        String outsideCops = scoped ? "(b.communityId IS NULL AND b.gemeente.region.code IN :regions)" : "b.communityId IS NULL";
        if (handledCops != null) {
            if (handledCops.isEmpty()) {
                jpql.append(" AND ").append(outsideCops);
            } else {
                jpql.append(" AND (").append(outsideCops).append(" OR b.communityId IN :cops)");
                parameters.put("cops", handledCops);
            }
        } else if (scoped) {
            jpql.append(" AND b.gemeente.region.code IN :regions");
        }
        return slice("SELECT b.id, b.reference, b.title, b.level, b.status, b.dueDate, b.waitingUntil, b.finishedOn, b.proposed",
                "FROM Bottleneck b", new Where(jpql.toString(), parameters), order, limit, Object[].class,
                r -> new Knelpunt((Long) r[0], (String) r[1], (String) r[2], (Level) r[3], (Status) r[4], (LocalDate) r[5],
                        (LocalDate) r[6], (LocalDate) r[7], flag(r[8])));
    }

    /** A flag as the select gives it: converted (FlagConverter) or, should a driver hand back the column, 0/1. */
    private static boolean flag(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    @Override
    public Map<Long, Step> latestSteps(Collection<Long> knelpuntIds) {
        Map<Long, Step> steps = new HashMap<>();
        if (knelpuntIds.isEmpty()) {
            return steps;
        }
        List<Object[]> rows = em.createQuery("SELECT e.bottleneck.id, e.actionCode, e.occurredAt, e.id FROM BottleneckEvent e"
                        + " WHERE e.bottleneck.id IN :ids AND e.occurredAt = (SELECT MAX(e2.occurredAt) FROM BottleneckEvent e2"
                        + " WHERE e2.bottleneck = e.bottleneck) ORDER BY e.id ASC", Object[].class)
                .setParameter("ids", knelpuntIds).getResultList();
        // two steps in the same instant: the later id is the later step
        rows.forEach(r -> steps.put((Long) r[0], new Step((String) r[1], (Instant) r[2])));
        return steps;
    }

    // ---- questions and answers

    private static final String QUESTION = "SELECT q.id, q.text, q.status, q.reason, e.id, q.createdAt";
    private static final String QUESTION_FROM = "FROM Question q LEFT JOIN q.entry e";

    private static Question question(Object[] r) {
        return new Question((Long) r[0], (String) r[1], (QuestionStatus) r[2], (String) r[3], (Long) r[4], (Instant) r[5]);
    }

    @Override
    public Slice<Question> questionsOf(long profileId, int limit) {
        return slice(QUESTION, QUESTION_FROM, new Where(" WHERE q.askedBy.id = :me", Map.of("me", profileId)),
                "q.createdAt DESC, q.id DESC", limit, Object[].class, JpaWorkQueries::question);
    }

    @Override
    public Slice<Question> openQuestions(int limit) {
        return slice(QUESTION, QUESTION_FROM, new Where(" WHERE q.status = :status", Map.of("status", QuestionStatus.NIEUW)),
                "q.createdAt ASC, q.id ASC", limit, Object[].class, JpaWorkQueries::question);
    }

    @Override
    public Slice<Version> toSignOff(Partner partner, int limit) {
        return slice("SELECT v.id, v.question, v.number, v.validUntil", "FROM QaVersion v",
                new Where(" WHERE v.status = :review AND :partner MEMBER OF v.entry.partners AND NOT EXISTS"
                        + " (SELECT v2.id FROM QaVersion v2 JOIN v2.approvals a WHERE v2.id = v.id AND a.partner = :partner)",
                        Map.of("review", VersionStatus.TER_REVIEW, "partner", partner)),
                "v.createdAt ASC, v.id ASC", limit, Object[].class, JpaWorkQueries::version);
    }

    @Override
    public Slice<Version> validityEnding(LocalDate from, LocalDate until, int limit) {
        return slice("SELECT v.id, v.question, v.number, v.validUntil", "FROM QaEntry e JOIN e.current v",
                new Where(" WHERE v.status = :published AND v.validUntil >= :from AND v.validUntil <= :until",
                        Map.of("published", VersionStatus.GEPUBLICEERD, "from", from, "until", until)),
                "v.validUntil ASC, v.id ASC", limit, Object[].class, JpaWorkQueries::version);
    }

    private static Version version(Object[] r) {
        return new Version((Long) r[0], (String) r[1], ((Number) r[2]).intValue(), (LocalDate) r[3]);
    }

    // ---- communities

    @Override
    public List<Cop> copsOf(long profileId, int limit) {
        return em.createQuery("SELECT c.id, c.name, m.role FROM Membership m JOIN m.community c"
                        + " WHERE m.person.id = :me AND m.status = :active ORDER BY c.name, c.id", Object[].class)
                .setParameter("me", profileId).setParameter("active", MembershipStatus.ACTIEF)
                .setMaxResults(limit).getResultList().stream()
                .map(r -> new Cop((Long) r[0], (String) r[1], r[2] == MemberRole.FACILITATOR)).toList();
    }

    @Override
    public Map<Long, Meeting> nextMeetings(Collection<Long> copIds, Instant now) {
        Map<Long, Meeting> next = new LinkedHashMap<>();
        if (copIds.isEmpty()) {
            return next;
        }
        em.createQuery("SELECT m.id, m.community.id, m.title, m.startsAt FROM Meeting m"
                        + " WHERE m.community.id IN :cops AND m.startsAt >= :now AND m.cancelledAt IS NULL AND m.startsAt = (SELECT MIN(m2.startsAt)"
                        + " FROM Meeting m2 WHERE m2.community = m.community AND m2.startsAt >= :now AND m2.cancelledAt IS NULL)"
                        + " ORDER BY m.id", Object[].class)
                .setParameter("cops", copIds).setParameter("now", now).getResultList()
                .forEach(r -> next.putIfAbsent((Long) r[1], new Meeting((Long) r[0], (Long) r[1], (String) r[2], (Instant) r[3])));
        return next;
    }

    /** The same rule as a thread list's "unread": no visit recorded, or the last post came after the last visit. */
    @Override
    public Map<Long, Long> unreadDiscussions(Collection<Long> copIds, long profileId) {
        Map<Long, Long> unread = new HashMap<>();
        if (copIds.isEmpty()) {
            return unread;
        }
        StringBuilder sql = new StringBuilder("SELECT t.cop_id, COUNT(*) FROM cop_thread t LEFT JOIN cop_thread_read r"
                + " ON r.thread_id = t.id AND r.user_id = ?1 WHERE (r.read_at IS NULL OR r.read_at < t.last_post_at) AND t.cop_id IN (");
        int i = 2;
        for (int n = 0; n < copIds.size(); n++) {
            sql.append(n == 0 ? "" : ",").append('?').append(i++);
        }
        Query query = em.createNativeQuery(sql.append(") GROUP BY t.cop_id").toString());
        query.setParameter(1, profileId);
        i = 2;
        for (Long id : copIds) {
            query.setParameter(i++, id);
        }
        for (Object row : query.getResultList()) {
            Object[] cols = (Object[]) row;
            unread.put(((Number) cols[0]).longValue(), ((Number) cols[1]).longValue());
        }
        return unread;
    }

    // ---- signals

    private static final String SIGNAL = "SELECT s.reference, s.title, s.status, s.acknowledgeDue, s.answerDue";

    private static Signal signal(Object[] r) {
        return new Signal((String) r[0], (String) r[1], (SignalStatus) r[2], (LocalDate) r[3], (LocalDate) r[4]);
    }

    @Override
    public Slice<Signal> signals(Set<SignalStatus> statuses, int limit) {
        return slice(SIGNAL, "FROM Signal s", new Where(" WHERE s.status IN :statuses", Map.of("statuses", List.copyOf(statuses))),
                "CASE WHEN s.answerDue IS NULL THEN 1 ELSE 0 END, s.acknowledgeDue ASC, s.answerDue ASC, s.changedAt DESC, s.id ASC",
                limit, Object[].class, JpaWorkQueries::signal);
    }

    /** The rule of the signal list's overdue filter ({@code JpaSignalRepository}, {@code SignalDeadlines.isOverdue}). */
    @Override
    public Slice<Signal> overdueSignals(LocalDate today, int limit) {
        return slice(SIGNAL, "FROM Signal s", new Where(" WHERE ((s.status = :submitted AND s.acknowledgeDue < :today)"
                        + " OR (s.status IN :withMinistry AND s.answerDue < :today))",
                        Map.of("submitted", SignalStatus.INGEDIEND, "withMinistry", WITH_MINISTRY, "today", today)),
                "s.answerDue ASC, s.id ASC", limit, Object[].class, JpaWorkQueries::signal);
    }

    // ---- monitor rounds (issue 29)

    /** The few open rounds are read whole; whom each asks is the round's own rule ({@code MonitorRound.asks}). */
    @Override
    public List<MonitorRound> monitorRoundsWaiting(String organisationCode, LocalDate today, int limit) {
        nl.lerendstelsel.domain.model.organisation.Organisation organisation = organisationCode == null ? null
                : em.find(nl.lerendstelsel.domain.model.organisation.Organisation.class, organisationCode);
        if (organisation == null) {
            return List.of();
        }
        Map<Long, nl.lerendstelsel.domain.model.monitor.ResponseStatus> responses = new java.util.HashMap<>();
        em.createQuery("SELECT s.round.id, s.status FROM MonitorResponse s WHERE s.organisation.code = :org"
                        + " AND s.round.status = :open", Object[].class)
                .setParameter("org", organisationCode).setParameter("open", nl.lerendstelsel.domain.model.monitor.RoundStatus.OPEN)
                .getResultList().forEach(r -> responses.put((Long) r[0], (nl.lerendstelsel.domain.model.monitor.ResponseStatus) r[1]));
        return em.createQuery("SELECT r FROM MonitorRound r WHERE r.status = :open AND r.closesOn >= :today ORDER BY r.closesOn, r.id",
                        nl.lerendstelsel.domain.model.monitor.MonitorRound.class)
                .setParameter("open", nl.lerendstelsel.domain.model.monitor.RoundStatus.OPEN).setParameter("today", today)
                .getResultList().stream()
                .filter(r -> r.asks(organisation) && responses.get(r.getId()) != nl.lerendstelsel.domain.model.monitor.ResponseStatus.INGEDIEND)
                .limit(limit)
                .map(r -> new MonitorRound(r.getId(), r.getTitle(), r.getClosesOn(), responses.containsKey(r.getId())))
                .toList();
    }
}
