package nl.lerendstelsel.application.qa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.FieldErrors;
import nl.lerendstelsel.application.InputChecks;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.application.administration.AuditLog;
import nl.lerendstelsel.application.community.MeetingService;
import nl.lerendstelsel.domain.model.audit.AuditEntry;
import nl.lerendstelsel.domain.model.knowledge.KnowledgeItem;
import nl.lerendstelsel.domain.model.knowledge.KnowledgeRepository;
import nl.lerendstelsel.domain.model.knowledge.KnowledgeType;
import nl.lerendstelsel.domain.model.search.ContentChanged;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.theme.Theme;
import nl.lerendstelsel.domain.model.theme.ThemeRepository;
import nl.lerendstelsel.domain.model.user.Role;

/** The kennisbank: anyone reads it; editors add, change and remove items. Shared CoP outcomes are listed beside it. */
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

    /** What an editor fills in. */
    public record ItemInput(String title, String source, LocalDate publishedOn, String summary, String link, KnowledgeType type,
                            List<String> themeCodes) {
    }

    public record Page(List<KnowledgeItem> items, long total, int page, int pageSize) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page list(KnowledgeType type, String themeCode, int page, int pageSize) {
        int size = Math.max(1, Math.min(pageSize, 100));
        int number = Math.max(1, page);
        String theme = themeCode == null || themeCode.isBlank() ? null : themeCode.strip();
        return new Page(items.list(type, theme, (number - 1) * size, size), items.count(type, theme), number, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public KnowledgeItem get(Long id) {
        return items.find(id).orElseThrow(() -> new NotFoundException(Message.of("notFound.knowledge.item", String.valueOf(id))));
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
            errors.put("soort", Message.of("input.knowledge.type"));
        }
        Set<Theme> chosen = new LinkedHashSet<>();
        for (String code : input.themeCodes() == null ? List.<String>of() : input.themeCodes()) {
            themes.find(code).ifPresentOrElse(chosen::add, () -> errors.put("themas", Message.of("input.knowledge.unknownTheme", String.valueOf(code))));
        }
        errors.throwIfAny();
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("titel", title);
        texts.put("samenvatting", summary);
        InputChecks.rejectPersonalData(texts);
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

    @Transactional
    public void remove(Long id, Caller caller) {
        requireEditor(caller);
        KnowledgeItem item = get(id);
        items.remove(item);
        auditLog.record(caller.subject(), "KENNIS_VERWIJDERD", "KnowledgeItem", String.valueOf(id), AuditEntry.Result.SUCCESS,
                caller.origin(), item.getTitle());
        changes.fire(new ContentChanged(ContentChanged.Kind.KENNIS, id));
    }

    private static void requireEditor(Caller caller) {
        if (!caller.has(Role.EDITOR) && !caller.has(Role.ADMIN)) {
            throw new AccessDeniedException(Message.of("access.knowledge.editorsOnly"));
        }
    }
}
