package nl.lerendstelsel.domain.model.attachment;

import java.util.List;
import java.util.Optional;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;

public interface AttachmentRepository {

    /** Stores the metadata and the bytes. */
    void add(Attachment attachment, byte[] content);

    List<Attachment> of(Bottleneck bottleneck);

    long count(Bottleneck bottleneck);

    Optional<Attachment> find(Long id);

    byte[] content(Attachment attachment);

    void remove(Attachment attachment);
}
