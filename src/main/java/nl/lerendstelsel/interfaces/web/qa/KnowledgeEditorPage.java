package nl.lerendstelsel.interfaces.web.qa;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.application.qa.KnowledgeService;
import nl.lerendstelsel.domain.model.attachment.AttachmentKind;
import nl.lerendstelsel.domain.model.knowledge.KnowledgeItem;
import nl.lerendstelsel.domain.model.knowledge.KnowledgeStatus;
import nl.lerendstelsel.domain.model.knowledge.KnowledgeType;
import nl.lerendstelsel.domain.model.theme.Theme;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.Feedback;
import nl.lerendstelsel.interfaces.web.Messages;
import nl.lerendstelsel.interfaces.web.NotFound;
import nl.lerendstelsel.interfaces.web.RequestParameters;

/**
 * One kennisbank item: the public page (published items; editors see any) and the editors' form — saving gives a
 * concept, "opslaan en publiceren" publishes it at once, archiving (with confirmation) takes it off the public pages, an
 * archived item can be published again; a file is uploaded with the form and checked as knelpunt attachments are.
 */
@Named("knowledgeEditor")
@RequestScoped
public class KnowledgeEditorPage {

    @Inject
    KnowledgeService service;

    @Inject
    CurrentUser currentUser;

    @Inject
    Feedback feedback;

    @Inject
    nl.lerendstelsel.interfaces.web.Formats formats;

    private Long id;
    private String title;
    private String source;
    private LocalDate publishedOn;
    private String summary;
    private String link;
    private KnowledgeType type = KnowledgeType.HANDREIKING;
    private List<String> themes = new ArrayList<>();
    private boolean confirmRemove;
    private KnowledgeStatus status;
    private String fileName;
    private AttachmentKind fileKind;
    private Long fileSize;
    private transient Part upload;
    private boolean stateRead;

    private static final String FILE_FIELD = "kennis:bestand";
    private static final Map<String, String> FIELDS = Map.of("titel", "kennis:titel", "bron", "kennis:bron", "datum", "kennis:datum",
            "samenvatting", "kennis:samenvatting", "link", "kennis:link", "soort", "kennis:soort", "themas", "kennis:themas",
            "bestand", FILE_FIELD, "bestandsnaam", FILE_FIELD);

    @jakarta.annotation.PostConstruct
    void readParameter() {
        id = RequestParameters.number("id");
        confirmRemove = "1".equals(RequestParameters.text("archiveren-bevestigen")); // the question was on the page posted
    }

    /** {@code <f:viewAction>}: fills the form, or answers 404 for an unknown item (or one the visitor may not see). */
    public void load() throws IOException {
        if (id != null && !FacesContext.getCurrentInstance().isPostback()) {
            KnowledgeItem k;
            try {
                k = service.read(id, currentUser.caller());
            } catch (nl.lerendstelsel.application.NotFoundException e) {
                NotFound.answer("Onbekend kennisitem");
                return;
            }
            title = k.getTitle();
            source = k.getSource();
            publishedOn = k.getPublishedOn();
            summary = k.getSummary();
            link = k.getLink();
            type = k.getType();
            themes = new ArrayList<>(k.getThemes().stream().map(Theme::getCode).toList());
            showState(k);
        }
    }

    private void showState(KnowledgeItem k) {
        status = k.getStatus();
        fileName = k.getFileName();
        fileKind = k.getFileKind();
        fileSize = k.getFileSize();
        stateRead = true;
    }

    /** On a postback the view action does not run: the state (which buttons a form has) is read when first asked. */
    private void readState() {
        if (!stateRead && id != null) {
            stateRead = true;
            try {
                showState(service.read(id, currentUser.caller()));
            } catch (nl.lerendstelsel.application.NotFoundException e) {
                status = null;
            }
        }
    }

    /** Saves a concept (a published item becomes a concept again), with the chosen file. */
    public String save() {
        return save(false);
    }

    /** Saves and publishes at once. */
    public String saveAndPublish() {
        return save(true);
    }

    private String save(boolean publish) {
        byte[] file = readUpload();
        if (file == null && upload != null && upload.getSize() > 0) {
            return null;
        }
        var caller = currentUser.caller().orElseThrow();
        if (feedback.run(() -> {
            Long saved = service.save(id, new KnowledgeService.ItemInput(title, source, publishedOn, summary, link, type, themes), caller).getId();
            id = saved;
            if (file != null) {
                service.attachFile(saved, upload.getSubmittedFileName(), file, caller);
            }
            if (publish) {
                service.publish(saved, caller);
            }
        }, publish ? "knowledge.published" : "knowledge.savedConcept", FIELDS, null)) {
            return shownAgain();
        }
        return null;
    }

    /** The chosen file's bytes (up to one more than the limit, so a larger one is refused), or null when none or unreadable. */
    private byte[] readUpload() {
        if (upload == null || upload.getSize() == 0) {
            return null;
        }
        try (InputStream in = upload.getInputStream()) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, service.maxBytes() + 1));
        } catch (IOException e) {
            FacesContext context = FacesContext.getCurrentInstance();
            context.addMessage(FILE_FIELD, new jakarta.faces.application.FacesMessage(jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
                    Messages.get(context, "attachments.readError"), null));
            return null;
        }
    }

    /** Publishes the item as it was saved (a concept, or an archived item again). */
    public String publish() {
        return step(() -> service.publish(id, currentUser.caller().orElseThrow()), "knowledge.published");
    }

    public String askRemove() {
        confirmRemove = true;
        return null;
    }

    /** Archives after the confirmation: off the public pages, kept. */
    public String remove() {
        return step(() -> service.archive(id, currentUser.caller().orElseThrow()), "knowledge.archived");
    }

    public String removeFile() {
        return step(() -> service.removeFile(id, currentUser.caller().orElseThrow()), "knowledge.fileRemoved");
    }

    private String step(Feedback.Action action, String doneKey) {
        return feedback.run(action, doneKey, Map.of(), null) ? shownAgain() : null;
    }

    /** Post/redirect/get back to the form, with the message kept. */
    private String shownAgain() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/app/redactie/kennis.xhtml?faces-redirect=true&id=" + id;
    }

    public void cancelRemove() {
        confirmRemove = false;
    }

    /** The help of the file field, with the size limit of the settings. */
    public String getFileHelp() {
        return Messages.format(FacesContext.getCurrentInstance(), "knowledge.fileHelp", formats.bytes(service.maxBytes()));
    }

    public KnowledgeStatus getStatus() {
        readState();
        return status;
    }

    public String getFileName() {
        readState();
        return fileName;
    }

    public AttachmentKind getFileKind() {
        readState();
        return fileKind;
    }

    public Long getFileSize() {
        readState();
        return fileSize;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    public KnowledgeType[] getTypes() {
        return KnowledgeType.values();
    }

    public boolean isConfirmRemove() {
        return confirmRemove;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public void setPublishedOn(LocalDate publishedOn) {
        this.publishedOn = publishedOn;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public KnowledgeType getType() {
        return type;
    }

    public void setType(KnowledgeType type) {
        this.type = type;
    }

    public List<String> getThemes() {
        return themes;
    }

    public void setThemes(List<String> themes) {
        this.themes = themes;
    }
}
