package nl.lerendstelsel.domain.model.qa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * One partner's sign-off of one version: which partner, which of its editors (display name, and profile id since V26),
 * the organisation that editor belonged to at that moment, and when.
 */
@Embeddable
public class Approval {

    @Enumerated(EnumType.STRING)
    @Column(name = "partner", nullable = false, length = 10)
    private Partner partner;

    @Column(name = "editor", nullable = false, length = 200)
    private String editor;

    @Column(name = "editor_id")
    private Long editorId;

    @Column(name = "organisation", length = 20)
    private String organisation;

    @Column(name = "approved_at", nullable = false)
    private Instant approvedAt;

    protected Approval() {
    }

    public Approval(Partner partner, Signer signer, Instant approvedAt) {
        this.partner = partner;
        this.editor = signer.name();
        this.editorId = signer.profileId();
        this.organisation = signer.organisation();
        this.approvedAt = approvedAt;
    }

    public Partner getPartner() {
        return partner;
    }

    public String getEditor() {
        return editor;
    }

    /** The approver's profile id; null for approvals recorded before V26. */
    public Long getEditorId() {
        return editorId;
    }

    /** The approver's organisation (code) when they approved; null for approvals recorded before V26. */
    public String getOrganisation() {
        return organisation;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }
}
