package nl.lerendstelsel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.lerendstelsel.domain.model.practice.Adoption;
import nl.lerendstelsel.domain.model.practice.PracticeExample;
import nl.lerendstelsel.domain.model.practice.PracticeFilter;
import nl.lerendstelsel.domain.model.practice.PracticeRepository;
import nl.lerendstelsel.domain.model.practice.PublicationStage;
import nl.lerendstelsel.domain.model.theme.Theme;

@ApplicationScoped
public class JpaPracticeRepository extends JpaRepositoryBase implements PracticeRepository {

    /** How many candidates "vergelijkbare praktijken" ranks. */
    private static final int SIMILAR_CANDIDATES = 50;

    @Override
    public Optional<PracticeExample> find(Long id) {
        return byKey(PracticeExample.class, id);
    }

    @Override
    public List<PracticeExample> list(PublicationStage stage, PracticeFilter filter, int offset, int limit) {
        JpqlConditions where = conditions(stage, filter);
        return where.bindTo(em.createQuery("SELECT p FROM PracticeExample p" + where.where()
                        + " ORDER BY p.publishedAt DESC, p.changedAt DESC, p.id DESC", PracticeExample.class))
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(PublicationStage stage, PracticeFilter filter) {
        JpqlConditions where = conditions(stage, filter);
        return where.bindTo(em.createQuery("SELECT COUNT(p) FROM PracticeExample p" + where.where(), Long.class)).getSingleResult();
    }

    private static JpqlConditions conditions(PublicationStage stage, PracticeFilter f) {
        return new JpqlConditions()
                .given(stage, "p.stage = :stage", "stage")
                .given(f.themeCode(), "EXISTS (SELECT t FROM PracticeExample p2 JOIN p2.themes t WHERE p2 = p AND t.code = :theme)", "theme")
                .given(f.regionCode(), "(EXISTS (SELECT r FROM PracticeExample p3 JOIN p3.region r WHERE p3 = p AND r.code = :region)"
                        + " OR EXISTS (SELECT g FROM PracticeExample p4 JOIN p4.gemeenten g JOIN g.region gr WHERE p4 = p AND gr.code = :region))",
                        "region")
                .given(f.province(), "EXISTS (SELECT g FROM PracticeExample p5 JOIN p5.gemeenten g WHERE p5 = p AND g.province = :province)",
                        "province")
                .given(f.gemeenteCode(), "EXISTS (SELECT g FROM PracticeExample p6 JOIN p6.gemeenten g WHERE p6 = p AND g.code = :gemeente)",
                        "gemeente")
                .given(f.targetGroup(), ":targetGroup MEMBER OF p.targetGroups", "targetGroup")
                .given(f.status(), "p.status = :status", "status");
    }

    @Override
    public List<PracticeExample> byAuthor(Long authorId, int limit) {
        return em.createQuery("SELECT p FROM PracticeExample p WHERE p.author.id = :author ORDER BY p.changedAt DESC, p.id DESC",
                PracticeExample.class).setParameter("author", authorId).setMaxResults(limit).getResultList();
    }

    @Override
    public List<PracticeExample> similar(PracticeExample practice, int limit) {
        List<String> themeCodes = practice.getThemes().stream().map(Theme::getCode).toList();
        StringBuilder jpql = new StringBuilder("SELECT DISTINCT p FROM PracticeExample p WHERE p.stage = :stage AND p.id <> :id AND (")
                .append("EXISTS (SELECT t FROM PracticeExample p2 JOIN p2.themes t WHERE p2 = p AND t.code IN :themes)");
        if (!practice.getTargetGroups().isEmpty()) {
            jpql.append(" OR EXISTS (SELECT g FROM PracticeExample p3 JOIN p3.targetGroups g WHERE p3 = p AND g IN :groups)");
        }
        TypedQuery<PracticeExample> query = em.createQuery(jpql.append(")").toString(), PracticeExample.class)
                .setParameter("stage", PublicationStage.GEPUBLICEERD).setParameter("id", practice.getId())
                .setParameter("themes", themeCodes);
        if (!practice.getTargetGroups().isEmpty()) {
            query.setParameter("groups", practice.getTargetGroups());
        }
        Comparator<PracticeExample> order = Comparator.comparingInt((PracticeExample p) -> -shared(practice, p))
                .thenComparing(PracticeExample::getPublishedAt, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(PracticeExample::getId, Comparator.reverseOrder());
        return query.setMaxResults(SIMILAR_CANDIDATES).getResultList().stream().sorted(order).limit(limit).toList();
    }

    /** How much two practices share: a theme counts ten, a target group one. */
    private static int shared(PracticeExample one, PracticeExample other) {
        List<String> codes = one.getThemes().stream().map(Theme::getCode).toList();
        long themes = other.getThemes().stream().map(Theme::getCode).filter(codes::contains).count();
        long groups = other.getTargetGroups().stream().filter(one.getTargetGroups()::contains).count();
        return (int) (themes * 10 + groups);
    }

    @Override
    public Set<Long> publishedAmong(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT p.id FROM PracticeExample p WHERE p.id IN :ids AND p.stage = :stage", Long.class)
                .setParameter("ids", ids).setParameter("stage", PublicationStage.GEPUBLICEERD).getResultList());
    }

    @Override
    public List<Adoption> adoptions(Long practiceId) {
        return em.createQuery("SELECT a FROM Adoption a WHERE a.practice.id = :id ORDER BY a.adoptedAt, a.id", Adoption.class)
                .setParameter("id", practiceId).getResultList();
    }

    @Override
    public Optional<Adoption> adoption(Long practiceId, String organisationCode) {
        return em.createQuery("SELECT a FROM Adoption a WHERE a.practice.id = :id AND a.organisation.code = :code", Adoption.class)
                .setParameter("id", practiceId).setParameter("code", organisationCode).getResultList().stream().findFirst();
    }

    @Override
    public void remove(Adoption adoption) {
        em.remove(adoption);
    }

    @Override
    public Optional<PracticeExample> fromOutcome(Long outcomeId) {
        return em.createQuery("SELECT p FROM PracticeExample p WHERE p.outcomeId = :outcome", PracticeExample.class)
                .setParameter("outcome", outcomeId).setMaxResults(1).getResultList().stream().findFirst();
    }
}
