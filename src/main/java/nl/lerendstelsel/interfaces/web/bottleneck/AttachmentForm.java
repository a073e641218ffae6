package nl.lerendstelsel.interfaces.web.bottleneck;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Map;
import nl.lerendstelsel.application.bottleneck.AttachmentService;
import nl.lerendstelsel.domain.model.attachment.Attachment;
import nl.lerendstelsel.interfaces.web.Feedback;
import nl.lerendstelsel.interfaces.web.Messages;

/** Adding files to a knelpunt and removing them, after a confirmation (form {@code bijlagen}). */
@Named("bottleneckAttachments")
@ViewScoped
public class AttachmentForm implements Serializable {

    private static final String FILE_FIELD = "bijlagen:bestand";

    @Inject
    BottleneckDetailPage page;

    @Inject
    AttachmentService attachmentService;

    @Inject
    Feedback feedback;

    private transient Part upload;
    private Long pendingRemoval;

    public String upload() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (upload == null || upload.getSize() == 0) {
            context.addMessage(FILE_FIELD, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.get(context, "attachments.choose"), null));
            return null;
        }
        byte[] content;
        try (InputStream in = upload.getInputStream()) {
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, attachmentService.maxBytes() + 1));
        } catch (IOException e) {
            context.addMessage(FILE_FIELD, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.get(context, "attachments.readError"), null));
            return null;
        }
        Attachment[] added = new Attachment[1];
        if (feedback.run(() -> added[0] = attachmentService.add(page.getReference(), upload.getSubmittedFileName(), content, page.caller()),
                null, Map.of(), FILE_FIELD)) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Messages.format(context, "attachments.added", added[0].getFileName()), null));
            return page.shownAgain();
        }
        return null;
    }

    /** Step one of removing: ask for confirmation. */
    public void askRemove(long id) {
        pendingRemoval = id;
    }

    public void cancelRemove() {
        pendingRemoval = null;
    }

    public String confirmRemove() {
        Long id = pendingRemoval;
        pendingRemoval = null;
        return feedback.run(() -> attachmentService.remove(page.getReference(), id, page.caller()), "attachments.removed", Map.of(), null)
                ? page.shownAgain() : null;
    }

    /** Whether this viewer may remove this file: its uploader while the knelpunt is open, or an admin. */
    public boolean canRemove(Attachment attachment) {
        return page.may(rights -> rights.mayRemove(attachment));
    }

    public Long getPendingRemoval() {
        return pendingRemoval;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }
}
