package nl.lerendstelsel.domain.model.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.user.UserProfile;

/** A file on a knelpunt: what it is (by content), how big, its SHA-256, who added it when. The bytes are elsewhere. */
@Entity
@Table(name = "attachment")
public class Attachment {

    @Id
    @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bottleneck_id", updatable = false)
    private Bottleneck bottleneck;

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private AttachmentKind kind;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "uploader_id", updatable = false)
    private UserProfile uploader;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected Attachment() {
    }

    public Attachment(Bottleneck bottleneck, String fileName, AttachmentKind kind, long size, String sha256,
                      UserProfile uploader, Instant uploadedAt) {
        this.bottleneck = bottleneck;
        this.fileName = fileName;
        this.kind = kind;
        this.size = size;
        this.sha256 = sha256;
        this.uploader = uploader;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public Bottleneck getBottleneck() {
        return bottleneck;
    }

    public String getFileName() {
        return fileName;
    }

    public AttachmentKind getKind() {
        return kind;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public UserProfile getUploader() {
        return uploader;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
