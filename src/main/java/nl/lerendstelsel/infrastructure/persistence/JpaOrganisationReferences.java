package nl.lerendstelsel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.lerendstelsel.domain.model.organisation.OrganisationReferences;

/**
 * The organisation references of a municipal merger, in plain SQL shared by Derby and PostgreSQL: the moves are a
 * handful of set-wise UPDATEs (a merger of large gemeenten touches thousands of rows), and some of the columns are
 * not updatable through their entities on purpose (a support's organisation, a knelpunt's reporting organisation).
 * Every list of codes is bound as parameters.
 */
@ApplicationScoped
public class JpaOrganisationReferences extends JpaRepositoryBase implements OrganisationReferences {

    private static final int DELETE_BATCH = 500;

    @Override
    public Counts count(Collection<String> codes, String successor) {
        List<String> all = new ArrayList<>(codes);
        all.add(successor);
        return new Counts(
                number("SELECT COUNT(*) FROM bottleneck WHERE gemeente_code IN " + in(codes.size()), codes),
                number("SELECT COUNT(*) FROM bottleneck WHERE organisation_code IN " + in(codes.size()), codes),
                number("SELECT COUNT(*) FROM bottleneck_support WHERE organisation_code IN " + in(codes.size()), codes),
                number("SELECT COUNT(*) FROM bottleneck_support WHERE gemeente_code IN " + in(codes.size()), codes),
                number("SELECT COUNT(*) FROM user_profile WHERE organisation_code IN " + in(codes.size()), codes),
                doubles(all).size());
    }

    @Override
    public List<Long> bottlenecksReferring(Collection<String> codes) {
        String in = in(codes.size());
        Query query = em.createNativeQuery("SELECT id FROM bottleneck WHERE gemeente_code IN " + in + " OR organisation_code IN "
                + in(codes.size(), codes.size() + 1) + " UNION SELECT bottleneck_id FROM bottleneck_support WHERE organisation_code IN "
                + in(codes.size(), 2 * codes.size() + 1) + " OR gemeente_code IN " + in(codes.size(), 3 * codes.size() + 1));
        List<String> parameters = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            parameters.addAll(codes);
        }
        bind(query, parameters);
        @SuppressWarnings("unchecked")
        List<Object> ids = query.getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).sorted().toList();
    }

    @Override
    public Counts move(Collection<String> codes, String successor) {
        List<String> all = new ArrayList<>(codes);
        all.add(successor);
        List<Long> doubles = doubles(all);
        for (int from = 0; from < doubles.size(); from += DELETE_BATCH) {
            List<Long> batch = doubles.subList(from, Math.min(doubles.size(), from + DELETE_BATCH));
            Query delete = em.createNativeQuery("DELETE FROM bottleneck_support WHERE id IN " + in(batch.size()));
            bind(delete, batch);
            delete.executeUpdate();
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(successor);
        parameters.addAll(codes);
        String in = in(codes.size(), 2);
        Counts moved = new Counts(
                update("UPDATE bottleneck SET gemeente_code = ?1, version = version + 1 WHERE gemeente_code IN " + in, parameters),
                update("UPDATE bottleneck SET organisation_code = ?1, version = version + 1 WHERE organisation_code IN " + in, parameters),
                update("UPDATE bottleneck_support SET organisation_code = ?1 WHERE organisation_code IN " + in, parameters),
                update("UPDATE bottleneck_support SET gemeente_code = ?1 WHERE gemeente_code IN " + in, parameters),
                update("UPDATE user_profile SET organisation_code = ?1, version = version + 1 WHERE organisation_code IN " + in, parameters),
                doubles.size());
        return moved;
    }

    /**
     * The ids of supports that lose their meaning once {@code codes} are one organisation: a support naming one of them
     * on a knelpunt that already has an earlier such support, and a support naming one of them on a knelpunt that one
     * of them reported (after the merger the organisation would support its own knelpunt, which the platform never
     * allows, as when knelpunten are merged).
     */
    private List<Long> doubles(List<String> codes) {
        SortedSet<Long> ids = new TreeSet<>(repeated(codes));
        Query own = em.createNativeQuery("SELECT s.id FROM bottleneck_support s JOIN bottleneck b ON b.id = s.bottleneck_id"
                + " WHERE s.organisation_code IN " + in(codes.size()) + " AND b.organisation_code IN "
                + in(codes.size(), codes.size() + 1));
        List<String> parameters = new ArrayList<>(codes);
        parameters.addAll(codes);
        bind(own, parameters);
        for (Object id : own.getResultList()) {
            ids.add(((Number) id).longValue());
        }
        return new ArrayList<>(ids);
    }

    /** The ids of supports that name one of {@code codes} on a knelpunt that already has an earlier such support. */
    private List<Long> repeated(List<String> codes) {
        Query query = em.createNativeQuery("SELECT id, bottleneck_id FROM bottleneck_support WHERE organisation_code IN "
                + in(codes.size()) + " ORDER BY bottleneck_id, supported_at, id");
        bind(query, codes);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Long> doubles = new ArrayList<>();
        long previous = Long.MIN_VALUE;
        for (Object[] row : rows) {
            long bottleneck = ((Number) row[1]).longValue();
            if (bottleneck == previous) {
                doubles.add(((Number) row[0]).longValue());
            }
            previous = bottleneck;
        }
        return doubles;
    }

    private long number(String sql, Collection<String> codes) {
        Query query = em.createNativeQuery(sql);
        bind(query, new ArrayList<>(codes));
        return ((Number) query.getSingleResult()).longValue();
    }

    private long update(String sql, List<Object> parameters) {
        Query query = em.createNativeQuery(sql);
        bind(query, parameters);
        return query.executeUpdate();
    }

    private static void bind(Query query, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
    }

    private static String in(int count) {
        return in(count, 1);
    }

    /** "(?first, ?first+1, …)" for {@code count} positional parameters. */
    private static String in(int count, int first) {
        return IntStream.range(first, first + count).mapToObj(i -> "?" + i).collect(Collectors.joining(", ", "(", ")"));
    }
}
