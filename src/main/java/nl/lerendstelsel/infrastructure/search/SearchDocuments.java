package nl.lerendstelsel.infrastructure.search;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.lerendstelsel.application.port.FullTextSearch.Entry;
import nl.lerendstelsel.application.port.SearchContent;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.community.Outcome;
import nl.lerendstelsel.domain.model.community.Post;
import nl.lerendstelsel.domain.model.knowledge.KnowledgeItem;
import nl.lerendstelsel.domain.model.practice.PracticeExample;
import nl.lerendstelsel.domain.model.qa.QaEntry;
import nl.lerendstelsel.domain.model.search.ContentChanged;
import nl.lerendstelsel.domain.model.theme.Theme;

/**
 * Reads what the index holds from the database: one item (after a change) or a batch in id order (a rebuild, keyset
 * paging so it stays linear at 100,000 rows). An item that should not be found (an unpublished answer, a post that is
 * not shown) gives nothing, so the index drops it. An EJB, so it has its container context even when called from a
 * thread the search index hands work to. Its one business interface is the port {@link SearchContent}.
 */
@Stateless
public class SearchDocuments implements SearchContent {

    @PersistenceContext(unitName = "lerend-stelsel")
    private EntityManager em;

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Entry> one(ContentChanged.Kind kind, Long id) {
        return switch (kind) {
            case QA -> Optional.ofNullable(em.find(QaEntry.class, id)).filter(QaEntry::isPublished).map(SearchDocuments::of);
            case KENNIS -> Optional.ofNullable(em.find(KnowledgeItem.class, id)).filter(KnowledgeItem::isPublished).map(SearchDocuments::of);
            case KNELPUNT -> Optional.ofNullable(em.find(Bottleneck.class, id)).map(SearchDocuments::of);
            case BERICHT -> Optional.ofNullable(em.find(Post.class, id)).filter(Post::isShown).map(SearchDocuments::of);
            case OPBRENGST -> Optional.ofNullable(em.find(Outcome.class, id)).filter(Outcome::isShared).map(SearchDocuments::of);
            case PRAKTIJK -> Optional.ofNullable(em.find(PracticeExample.class, id)).filter(PracticeExample::isPublished)
                    .map(SearchDocuments::of);
        };
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Batch after(ContentChanged.Kind kind, long afterId, int size) {
        List<Entry> entries = new ArrayList<>();
        Long last = null;
        switch (kind) {
            case QA -> {
                for (QaEntry e : batch(QaEntry.class, "QaEntry", afterId, size)) {
                    last = e.getId();
                    if (e.isPublished()) {
                        entries.add(of(e));
                    }
                }
            }
            case KENNIS -> {
                for (KnowledgeItem k : batch(KnowledgeItem.class, "KnowledgeItem", afterId, size)) {
                    last = k.getId();
                    if (k.isPublished()) {
                        entries.add(of(k));
                    }
                }
            }
            case KNELPUNT -> {
                for (Bottleneck b : batch(Bottleneck.class, "Bottleneck", afterId, size)) {
                    last = b.getId();
                    entries.add(of(b));
                }
            }
            case BERICHT -> {
                for (Post p : batch(Post.class, "Post", afterId, size)) {
                    last = p.getId();
                    if (p.isShown()) {
                        entries.add(of(p));
                    }
                }
            }
            case OPBRENGST -> {
                for (Outcome o : batch(Outcome.class, "Outcome", afterId, size)) {
                    last = o.getId();
                    if (o.isShared()) {
                        entries.add(of(o));
                    }
                }
            }
            case PRAKTIJK -> {
                for (PracticeExample p : batch(PracticeExample.class, "PracticeExample", afterId, size)) {
                    last = p.getId();
                    if (p.isPublished()) {
                        entries.add(of(p));
                    }
                }
            }
        }
        em.clear();
        return new Batch(entries, last);
    }

    /**
     * The next {@code size} rows of an entity after {@code afterId}, in id order: the ids first (the primary key's
     * index, read in order and stopped after {@code size}), then those rows with their joined reference data
     * (SessionCustomizations): the bounded, ordered read stays on the index whatever the joins of the entity.
     */
    private <T> List<T> batch(Class<T> type, String entity, long afterId, int size) {
        List<Long> ids = em.createQuery("SELECT x.id FROM " + entity + " x WHERE x.id > :a ORDER BY x.id", Long.class)
                .setParameter("a", afterId).setMaxResults(size).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT x FROM " + entity + " x WHERE x.id IN :ids ORDER BY x.id", type)
                .setParameter("ids", ids).getResultList();
    }

    /** A published answer; its end date (if any) goes in as {@link SearchIndex#VALID_UNTIL}, so an expired one ranks lower. */
    static Entry of(QaEntry e) {
        java.time.LocalDate until = e.getCurrent().getValidUntil();
        return new Entry(ContentChanged.Kind.QA.name(), String.valueOf(e.getId()), e.getCurrent().getQuestion(),
                e.getCurrent().getAnswer(), List.of(e.getTheme().getCode()), "/vraag-en-antwoord/vraag.xhtml?id=" + e.getId(),
                until == null ? Map.of() : Map.of(SearchIndex.VALID_UNTIL, String.valueOf(until.toEpochDay())));
    }

    static Entry of(KnowledgeItem k) {
        return new Entry(ContentChanged.Kind.KENNIS.name(), String.valueOf(k.getId()), k.getTitle(),
                k.getSource() + ". " + k.getSummary(), k.getThemes().stream().map(Theme::getCode).toList(),
                "/kennisbank/item.xhtml?id=" + k.getId(), Map.of());
    }

    /** A published practice example: its title, and approach, results and points of attention as its text. */
    static Entry of(PracticeExample p) {
        String body = Stream.of(p.getApproach(), p.getResults(), p.getPointsOfAttention(), p.getPartners())
                .filter(Objects::nonNull).collect(Collectors.joining("\n"));
        return new Entry(ContentChanged.Kind.PRAKTIJK.name(), String.valueOf(p.getId()), p.getTitle(), body,
                p.getThemes().stream().map(Theme::getCode).toList(), "/praktijkvoorbeelden/praktijk.xhtml?id=" + p.getId(), Map.of());
    }

    static Entry of(Bottleneck b) {
        Map<String, String> access = new HashMap<>();
        access.put(SearchIndex.RESTRICTED, b.isRestricted() ? "1" : "0");
        access.put(SearchIndex.ORGANISATION, b.getOrganisation().getCode());
        access.put(SearchIndex.REPORTER, b.getReporter().getSubject());
        access.put(SearchIndex.LEVEL, b.getLevel().name());
        String body = b.getDescription() + (b.getResolution() == null ? "" : "\n" + b.getResolution());
        return new Entry(ContentChanged.Kind.KNELPUNT.name(), b.getReference(), b.getReference() + " " + b.getTitle(), body,
                List.of(b.getTheme().getCode()), "/app/knelpunten/detail.xhtml?ref=" + b.getReference(), access);
    }

    static Entry of(Post p) {
        return new Entry(ContentChanged.Kind.BERICHT.name(), String.valueOf(p.getId()), p.getThread().getTitle(),
                p.getBodyHtml(), p.getThread().getCommunity().getThemes().stream().map(Theme::getCode).toList(),
                "/app/cops/draad.xhtml?id=" + p.getThread().getId(),
                Map.of(SearchIndex.COP, String.valueOf(p.getThread().getCommunity().getId())));
    }

    /** A shared outcome (only shared ones are indexed): for everyone signed in, as its page. */
    static Entry of(Outcome o) {
        return new Entry(ContentChanged.Kind.OPBRENGST.name(), String.valueOf(o.getId()), o.getTitle(), o.getDescription(),
                o.getThemes().stream().map(Theme::getCode).toList(), "/app/cops/opbrengst.xhtml?id=" + o.getId(), Map.of());
    }
}
