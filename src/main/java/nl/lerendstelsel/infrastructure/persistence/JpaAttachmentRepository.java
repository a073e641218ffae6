package nl.lerendstelsel.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import nl.lerendstelsel.domain.model.attachment.Attachment;
import nl.lerendstelsel.domain.model.attachment.AttachmentContent;
import nl.lerendstelsel.domain.model.attachment.AttachmentRepository;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;

@ApplicationScoped
public class JpaAttachmentRepository extends JpaRepositoryBase implements AttachmentRepository {

    @Override
    public void add(Attachment attachment, byte[] content) {
        em.persist(attachment);
        em.flush();
        em.persist(new AttachmentContent(attachment.getId(), content));
    }

    @Override
    public List<Attachment> of(Bottleneck bottleneck) {
        return em.createQuery("SELECT a FROM Attachment a WHERE a.bottleneck = :b ORDER BY a.uploadedAt, a.id", Attachment.class)
                .setParameter("b", bottleneck).getResultList();
    }

    @Override
    public long count(Bottleneck bottleneck) {
        return em.createQuery("SELECT COUNT(a) FROM Attachment a WHERE a.bottleneck = :b", Long.class)
                .setParameter("b", bottleneck).getSingleResult();
    }

    @Override
    public Optional<Attachment> find(Long id) {
        return Optional.ofNullable(em.find(Attachment.class, id));
    }

    @Override
    public byte[] content(Attachment attachment) {
        return em.find(AttachmentContent.class, attachment.getId()).getContent();
    }

    @Override
    public void remove(Attachment attachment) {
        AttachmentContent content = em.find(AttachmentContent.class, attachment.getId());
        if (content != null) {
            em.remove(content);
        }
        em.flush();
        em.remove(attachment);
    }
}
