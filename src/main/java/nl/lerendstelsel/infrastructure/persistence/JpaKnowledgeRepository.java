package nl.lerendstelsel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import nl.lerendstelsel.domain.model.knowledge.KnowledgeItem;
import nl.lerendstelsel.domain.model.knowledge.KnowledgeRepository;
import nl.lerendstelsel.domain.model.knowledge.KnowledgeType;

@ApplicationScoped
public class JpaKnowledgeRepository implements KnowledgeRepository {

    @PersistenceContext(unitName = "lerend-stelsel")
    private EntityManager em;

    @Override
    public void add(KnowledgeItem item) {
        em.persist(item);
    }

    @Override
    public Optional<KnowledgeItem> find(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(KnowledgeItem.class, id));
    }

    @Override
    public void remove(KnowledgeItem item) {
        em.remove(item);
    }

    @Override
    public List<KnowledgeItem> list(KnowledgeType type, String themeCode, int offset, int limit) {
        return query("SELECT k", type, themeCode, " ORDER BY k.publishedOn DESC, k.id DESC", KnowledgeItem.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(KnowledgeType type, String themeCode) {
        return query("SELECT COUNT(k)", type, themeCode, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> query(String select, KnowledgeType type, String themeCode, String order, Class<T> result) {
        StringBuilder jpql = new StringBuilder(select).append(" FROM KnowledgeItem k WHERE 1 = 1");
        if (type != null) {
            jpql.append(" AND k.type = :type");
        }
        if (themeCode != null) {
            jpql.append(" AND EXISTS (SELECT t FROM KnowledgeItem k2 JOIN k2.themes t WHERE k2 = k AND t.code = :theme)");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), result);
        if (type != null) {
            query.setParameter("type", type);
        }
        if (themeCode != null) {
            query.setParameter("theme", themeCode);
        }
        return query;
    }
}
