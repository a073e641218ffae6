package nl.lerendstelsel.application.qa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.FieldErrors;
import nl.lerendstelsel.application.InputChecks;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.application.administration.AuditLog;
import nl.lerendstelsel.application.bottleneck.AttachmentService;
import nl.lerendstelsel.application.community.MeetingService;
import nl.lerendstelsel.domain.model.audit.AuditEntry;
import nl.lerendstelsel.domain.model.knowledge.KnowledgeItem;
import nl.lerendstelsel.domain.model.knowledge.KnowledgeRepository;
import nl.lerendstelsel.domain.model.knowledge.KnowledgeRuleException;
import nl.lerendstelsel.domain.model.knowledge.KnowledgeStatus;
import nl.lerendstelsel.domain.model.knowledge.KnowledgeType;
import nl.lerendstelsel.domain.model.search.ContentChanged;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.text.Texts;
import nl.lerendstelsel.domain.model.theme.Theme;
import nl.lerendstelsel.domain.model.theme.ThemeRepository;
import nl.lerendstelsel.domain.model.user.Role;

/**
 * The kennisbank: anyone reads the published items; editors write concepts, publish them, archive them (nothing is
 * deleted) and publish archived ones again, and attach a file checked as knelpunt attachments are. Every step is in the
 * audit trail. Nobody is notified of a concept: the editors' worklist on the editorial page lists the concepts waiting
 * to be published, and the editor who wrote one usually publishes it.
 */
@ApplicationScoped
public class KnowledgeService {

    @Inject
    KnowledgeRepository items;

    @Inject
    ThemeRepository themes;

    @Inject
    AuditLog auditLog;

    @Inject
    Clock clock;

    @Inject
    Event<ContentChanged> changes;

    @Inject
    AttachmentService attachments;

    /** What an editor fills in. */
    public record ItemInput(String title, String source, LocalDate publishedOn, String summary, String link, KnowledgeType type,
                            List<String> themeCodes) {
    }

    public record Page(List<KnowledgeItem> items, long total, int page, int pageSize) {
    }

    /** A file to download: the item (name, kind), its bytes and the generated name to serve it under ({@code kennisbank-12.pdf}). */
    public record Download(KnowledgeItem item, byte[] content, String fileName) {
    }

    /** Published items for everyone. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page list(KnowledgeType type, String themeCode, int page, int pageSize) {
        return list(KnowledgeStatus.GEPUBLICEERD, type, themeCode, page, pageSize, Optional.empty());
    }

    /** Items with a status ({@code null}: published); concepts and archived items only for editors. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page list(KnowledgeStatus status, KnowledgeType type, String themeCode, int page, int pageSize, Optional<Caller> caller) {
        KnowledgeStatus wanted = status == null ? KnowledgeStatus.GEPUBLICEERD : status;
        if (wanted != KnowledgeStatus.GEPUBLICEERD) {
            requireEditor(caller.orElseThrow(() -> new AccessDeniedException(Message.of("access.knowledge.editorsOnly"))));
        }
        int size = Math.max(1, Math.min(pageSize, 100));
        int number = Math.max(1, page);
        String theme = Texts.blankToNull(themeCode);
        return new Page(items.list(wanted, type, theme, (number - 1) * size, size), items.count(wanted, type, theme), number, size);
    }

    /** The editors' worklist: concepts waiting to be published, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page concepts(Caller caller, int limit) {
        return list(KnowledgeStatus.CONCEPT, null, null, 1, limit, Optional.of(caller));
    }

    /** An item as the caller may see it: published for everyone, any state for editors; otherwise it does not exist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public KnowledgeItem read(Long id, Optional<Caller> caller) {
        KnowledgeItem item = get(id);
        if (!item.isPublished() && !caller.map(KnowledgeService::isEditor).orElse(false)) {
            throw notFound(id);
        }
        return item;
    }

    /** Any item, for an editor. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public KnowledgeItem manage(Long id, Caller caller) {
        requireEditor(caller);
        return get(id);
    }

    /** The ids among these of published items: what search may show. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Long> publishedAmong(Set<Long> ids) {
        return items.publishedAmong(ids);
    }

    KnowledgeItem get(Long id) {
        return items.find(id).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(Long id) {
        return new NotFoundException(Message.of("notFound.knowledge.item", String.valueOf(id)));
    }

    @Transactional
    public KnowledgeItem save(Long id, ItemInput input, Caller caller) {
        requireEditor(caller);
        FieldErrors errors = new FieldErrors();
        String title = InputChecks.required(errors, "titel", input.title(), 3, 300);
        String source = InputChecks.required(errors, "bron", input.source(), 2, 200);
        String summary = InputChecks.required(errors, "samenvatting", input.summary(), 10, 5_000);
        String link = InputChecks.optional(errors, "link", input.link(), 1000);
        if (link != null && !MeetingService.isWebAddress(link)) {
            errors.put("link", Message.of("input.knowledge.link"));
        }
        if (input.publishedOn() == null) {
            errors.put("datum", Message.of("input.knowledge.date"));
        }
        if (input.type() == null) {
            errors.put("soort", Message.of("input.knowledge.kind"));
        }
        Set<Theme> chosen = new LinkedHashSet<>();
        for (String code : input.themeCodes() == null ? List.<String>of() : input.themeCodes()) {
            themes.find(code).ifPresentOrElse(chosen::add, () -> errors.put("themas", Message.of("input.knowledge.unknownTheme", String.valueOf(code))));
        }
        errors.throwIfAny();
        InputChecks.rejectPersonalData("titel", title, "bron", source, "samenvatting", summary, "link", link);
        KnowledgeItem item = id == null ? new KnowledgeItem(clock.instant()) : get(id);
        item.describe(title, source, input.publishedOn(), summary, link, input.type(), chosen, clock.instant());
        if (id == null) {
            items.add(item); // the sequence assigns the id on persist
        }
        auditLog.record(caller.subject(), id == null ? "KENNIS_TOEGEVOEGD" : "KENNIS_GEWIJZIGD", "KnowledgeItem",
                String.valueOf(item.getId()), AuditEntry.Result.SUCCESS, caller.origin(), null);
        changes.fire(new ContentChanged(ContentChanged.Kind.KENNIS, item.getId()));
        return item;
    }

    /** Makes a concept or an archived item public. */
    @Transactional
    public KnowledgeItem publish(Long id, Caller caller) {
        return step(id, caller, "KENNIS_GEPUBLICEERD", item -> item.publish(clock.instant()));
    }

    /** Takes an item off the public pages and keeps it (the "delete" of the kennisbank). */
    @Transactional
    public KnowledgeItem archive(Long id, Caller caller) {
        return step(id, caller, "KENNIS_GEARCHIVEERD", item -> item.archive(clock.instant()));
    }

    /**
     * Attaches a file (replacing the one there was), checked as knelpunt attachments are: within the size limit, one of
     * the kinds {@link nl.lerendstelsel.domain.model.attachment.AttachmentKind} recognises by content, a clean name
     * without personal data. The item becomes a concept again.
     */
    @Transactional
    public KnowledgeItem attachFile(Long id, String fileName, byte[] content, Caller caller) {
        requireEditor(caller);
        KnowledgeItem item = get(id);
        AttachmentService.CheckedFile file = attachments.check(fileName, content);
        item.attachFile(file.name(), file.kind(), content.length, file.sha256(), clock.instant());
        items.storeFile(item, content);
        auditLog.record(caller.subject(), "KENNIS_BESTAND_TOEGEVOEGD", "KnowledgeItem", String.valueOf(id), AuditEntry.Result.SUCCESS,
                caller.origin(), file.kind() + ", " + content.length + " bytes");
        changes.fire(new ContentChanged(ContentChanged.Kind.KENNIS, id));
        return item;
    }

    /** Removes the item's file; it becomes a concept again. */
    @Transactional
    public KnowledgeItem removeFile(Long id, Caller caller) {
        requireEditor(caller);
        KnowledgeItem item = get(id);
        String name = item.getFileName();
        rule(() -> item.removeFile(clock.instant()));
        items.removeFile(item);
        auditLog.record(caller.subject(), "KENNIS_BESTAND_VERWIJDERD", "KnowledgeItem", String.valueOf(id), AuditEntry.Result.SUCCESS,
                caller.origin(), name);
        changes.fire(new ContentChanged(ContentChanged.Kind.KENNIS, id));
        return item;
    }

    /** An item's file: for everyone when the item is published, for editors always. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Download download(Long id, Optional<Caller> caller) {
        KnowledgeItem item = read(id, caller);
        byte[] content = item.hasFile() ? items.file(item).orElse(null) : null;
        if (content == null) {
            throw new NotFoundException(Message.of("notFound.knowledge.file", String.valueOf(id)));
        }
        return new Download(item, content, item.getFileKind().safeName("kennisbank-" + item.getId(), content));
    }

    /** The largest file accepted, in bytes (the attachment limit of the settings). */
    public long maxBytes() {
        return attachments.maxBytes();
    }

    private KnowledgeItem step(Long id, Caller caller, String action, Consumer<KnowledgeItem> change) {
        requireEditor(caller);
        KnowledgeItem item = get(id);
        rule(() -> change.accept(item));
        auditLog.record(caller.subject(), action, "KnowledgeItem", String.valueOf(id), AuditEntry.Result.SUCCESS, caller.origin(),
                item.getTitle());
        changes.fire(new ContentChanged(ContentChanged.Kind.KENNIS, id));
        return item;
    }

    private static void rule(Runnable step) {
        try {
            step.run();
        } catch (KnowledgeRuleException e) {
            throw new NotPossibleException(e);
        }
    }

    static boolean isEditor(Caller caller) {
        return caller.has(Role.EDITOR) || caller.has(Role.ADMIN);
    }

    private static void requireEditor(Caller caller) {
        if (!isEditor(caller)) {
            throw new AccessDeniedException(Message.of("access.knowledge.editorsOnly"));
        }
    }
}
