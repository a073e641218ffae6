package nl.lerendstelsel.domain.model.qa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One partner's sign-off of one version: which partner, which of its editors, when. */
@Embeddable
public class Approval {

    @Enumerated(EnumType.STRING)
    @Column(name = "partner", nullable = false, length = 10)
    private Partner partner;

    @Column(name = "editor", nullable = false, length = 200)
    private String editor;

    @Column(name = "approved_at", nullable = false)
    private Instant approvedAt;

    protected Approval() {
    }

    public Approval(Partner partner, String editor, Instant approvedAt) {
        this.partner = partner;
        this.editor = editor;
        this.approvedAt = approvedAt;
    }

    public Partner getPartner() {
        return partner;
    }

    public String getEditor() {
        return editor;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }
}
