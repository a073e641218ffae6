package nl.lerendstelsel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.lerendstelsel.domain.model.knowledge.KnowledgeFile;
import nl.lerendstelsel.domain.model.knowledge.KnowledgeItem;
import nl.lerendstelsel.domain.model.knowledge.KnowledgeRepository;
import nl.lerendstelsel.domain.model.knowledge.KnowledgeStatus;
import nl.lerendstelsel.domain.model.knowledge.KnowledgeType;

@ApplicationScoped
public class JpaKnowledgeRepository extends JpaRepositoryBase implements KnowledgeRepository {

    @Override
    public void add(KnowledgeItem item) {
        em.persist(item);
    }

    @Override
    public Optional<KnowledgeItem> find(Long id) {
        return byKey(KnowledgeItem.class, id);
    }

    @Override
    public List<KnowledgeItem> list(KnowledgeStatus status, KnowledgeType type, String themeCode, int offset, int limit) {
        return query("SELECT k", status, type, themeCode, " ORDER BY k.publishedOn DESC, k.id DESC", KnowledgeItem.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(KnowledgeStatus status, KnowledgeType type, String themeCode) {
        return query("SELECT COUNT(k)", status, type, themeCode, "", Long.class).getSingleResult();
    }

    @Override
    public Set<Long> publishedAmong(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("SELECT k.id FROM KnowledgeItem k WHERE k.id IN :ids AND k.status = :status", Long.class)
                .setParameter("ids", ids).setParameter("status", KnowledgeStatus.GEPUBLICEERD).getResultList());
    }

    @Override
    public void storeFile(KnowledgeItem item, byte[] content) {
        KnowledgeFile existing = em.find(KnowledgeFile.class, item.getId());
        if (existing != null) {
            existing.replace(content);
        } else {
            em.flush(); // the item's row first: the file row refers to it, and nothing tells EclipseLink so
            em.persist(new KnowledgeFile(item.getId(), content));
        }
    }

    @Override
    public Optional<byte[]> file(KnowledgeItem item) {
        return Optional.ofNullable(em.find(KnowledgeFile.class, item.getId())).map(KnowledgeFile::getContent);
    }

    @Override
    public void removeFile(KnowledgeItem item) {
        KnowledgeFile existing = em.find(KnowledgeFile.class, item.getId());
        if (existing != null) {
            em.remove(existing);
        }
    }

    private <T> TypedQuery<T> query(String select, KnowledgeStatus status, KnowledgeType type, String themeCode, String order,
                                    Class<T> result) {
        StringBuilder jpql = new StringBuilder(select).append(" FROM KnowledgeItem k WHERE k.status = :status");
        if (type != null) {
            jpql.append(" AND k.type = :type");
        }
        if (themeCode != null) {
            jpql.append(" AND EXISTS (SELECT t FROM KnowledgeItem k2 JOIN k2.themes t WHERE k2 = k AND t.code = :theme)");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), result).setParameter("status", status);
        if (type != null) {
            query.setParameter("type", type);
        }
        if (themeCode != null) {
            query.setParameter("theme", themeCode);
        }
        return query;
    }
}
