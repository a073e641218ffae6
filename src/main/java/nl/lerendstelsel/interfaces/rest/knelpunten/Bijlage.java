package nl.lerendstelsel.interfaces.rest.knelpunten;

import java.time.Instant;
import nl.lerendstelsel.domain.model.attachment.Attachment;
import nl.lerendstelsel.domain.model.attachment.AttachmentKind;
import nl.lerendstelsel.interfaces.rest.OneOf;

/** An attachment of a knelpunt, without its content. */
public record Bijlage(long id, String naam, @OneOf(AttachmentKind.class) String soort, String mediatype, long grootte,
                      String sha256, String door, Instant op) {

    public static Bijlage of(Attachment a) {
        return new Bijlage(a.getId(), a.getFileName(), a.getKind().name(), a.getKind().mediaType(), a.getSize(), a.getSha256(),
                a.getUploader().getDisplayName(), a.getUploadedAt());
    }
}
