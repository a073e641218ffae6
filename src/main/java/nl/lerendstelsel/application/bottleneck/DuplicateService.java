package nl.lerendstelsel.application.bottleneck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.ConcurrentChangeException;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.PersonalDataRejectedException;
import nl.lerendstelsel.application.Profiles;
import nl.lerendstelsel.application.administration.SettingsService;
import nl.lerendstelsel.application.search.SearchService;
import nl.lerendstelsel.domain.model.bottleneck.Action;
import nl.lerendstelsel.domain.model.bottleneck.Actor;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckChanged;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckEvent;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckRepository;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckWorkflow;
import nl.lerendstelsel.domain.model.bottleneck.Deadline;
import nl.lerendstelsel.domain.model.bottleneck.Support;
import nl.lerendstelsel.domain.model.bottleneck.TextTerms;
import nl.lerendstelsel.domain.model.bottleneck.Viewer;
import nl.lerendstelsel.domain.model.privacy.PersonalDataGuard;
import nl.lerendstelsel.domain.model.search.ContentChanged;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.UserProfile;

/**
 * Duplicates: similar knelpunten while someone types a new one, and merging a duplicate into the knelpunt where
 * handling continues. Who may merge is the workflow table's {@code SAMENVOEGEN} row: the duplicate's level handlers
 * and admins.
 */
@ApplicationScoped
public class DuplicateService {

    /** Suggestions below this share of the query's weight are noise. */
    static final int MIN_PERCENT = 25;
    /**
     * Candidates read from the search index before exact scoring, per suggestion shown (at least {@value #MIN_CANDIDATES},
     * at most {@value #MAX_CANDIDATES}). The report form shows 5 and reads 20; with 50, reading and scoring
     * the candidates took about a quarter of the suggestion's time (JFR, 100,000 knelpunten).
     */
    static final int CANDIDATES_PER_SHOWN = 4;
    static final int MIN_CANDIDATES = 20;
    static final int MAX_CANDIDATES = 50;

    private final PersonalDataGuard guard = new PersonalDataGuard();

    @Inject
    BottleneckRepository bottlenecks;

    @Inject
    BottleneckReporting bottleneckReporting;

    @Inject
    BottleneckSteps steps;

    @Inject
    BottleneckQueries queries;

    @Inject
    BottleneckSupport supporting;

    @Inject
    SearchService search;

    @Inject
    Event<ContentChanged> contentChanges;

    @Inject
    Profiles people;

    @Inject
    BottleneckChangeRecorder recorder;

    @Inject
    Clock clock;

    @Inject
    SettingsService settings;

    /** A similar knelpunt and how much of the query it matches, in percent. */
    public record Similar(Bottleneck bottleneck, int percent) {
    }

    /**
     * Knelpunten like this title and description, open ones first, then by match; at most {@code limit}. The search
     * index names the best candidates (four per suggestion shown, 20 to 50) among what the caller may see (ranked by
     * the rare words they share, so the cost does not grow with the number of knelpunten); each is then scored
     * exactly: the summed weight of its matching terms over the query's own weight, capped at 100.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Similar> similar(String title, String description, String excludeReference, int limit, Caller caller) {
        Map<String, Integer> query = TextTerms.of(title, description);
        if (query.isEmpty()) {
            return List.of();
        }
        int shown = Math.max(1, Math.min(limit, 20));
        int wanted = Math.min(MAX_CANDIDATES, Math.max(MIN_CANDIDATES, CANDIDATES_PER_SHOWN * shown));
        List<String> candidates = search.similarKnelpunten(title, description, caller, wanted).stream()
                .filter(reference -> !reference.equals(excludeReference)).toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        Viewer viewer = queries.viewer(caller);
        int queryWeight = query.values().stream().mapToInt(Integer::intValue).sum();
        return bottlenecks.similar(query.keySet(), candidates, shown * 2).stream()
                .filter(e -> viewer.maySee(e.getKey()))
                .map(e -> new Similar(e.getKey(), (int) Math.min(100, Math.round(100.0 * e.getValue() / queryWeight))))
                .filter(s -> s.percent() >= MIN_PERCENT)
                .sorted(Comparator.comparing((Similar s) -> !s.bottleneck().getStatus().isOpen())
                        .thenComparing(Similar::percent, Comparator.reverseOrder()))
                .limit(shown)
                .toList();
    }

    /** One part of a split: its own title and description. */
    public record Part(String title, String description) {
    }

    /**
     * Splits a knelpunt that holds several problems into 2 to 5 new ones in the queue of its level. Each part takes
     * the original's theme, gemeente, organisation, reporter and restriction; supports are copied to every part, and
     * the original's followers follow every part. The original closes ({@code SPLITSEN}) with feedback naming the
     * parts. Returns the new references in order.
     */
    @Transactional
    public List<String> split(String reference, List<Part> parts, String reason, Long expectedVersion, Caller caller) {
        Bottleneck original = queries.load(reference, caller);
        List<Part> given = parts == null ? List.of() : parts.stream().filter(p -> p != null
                && (p.title() != null && !p.title().isBlank() || p.description() != null && !p.description().isBlank())).toList();
        if (given.size() < 2 || given.size() > 5) {
            throw InvalidInputException.of("delen", Message.of("input.bottleneck.split.parts"));
        }
        if (expectedVersion != null && expectedVersion != original.getVersion()) {
            throw new ConcurrentChangeException(reference, original.getVersion());
        }
        Set<Actor> actors = queries.actorsFor(original, caller);
        BottleneckWorkflow.apply(original.getLevel(), original.getStatus(), Action.SPLITSEN, actors, reason);
        List<String[]> texts = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            texts.add(bottleneckReporting.checkedTexts(given.get(i).title(), given.get(i).description(), "delen[" + i + "]."));
        }
        if (!guard.inspect(reason).isEmpty()) {
            throw new PersonalDataRejectedException(Map.of("toelichting", guard.inspect(reason)));
        }
        UserProfile person = people.of(caller);
        Instant now = clock.instant();
        List<Support> supports = bottlenecks.supports(original);
        Set<Long> audience = bottlenecks.audience(original);
        List<String> references = new ArrayList<>();
        List<Bottleneck> created = new ArrayList<>();
        for (String[] text : texts) {
            Bottleneck part = Bottleneck.splitFrom(original, bottleneckReporting.nextReference(now), text[0], text[1], person, now);
            part.setDeadline(settings.current().deadlines().onEntering(part.getLevel(), part.getTheme(), queries.today()));
            bottlenecks.add(part);
            bottlenecks.replaceTerms(part, TextTerms.of(part.getTitle(), part.getDescription()));
            for (Support support : supports) {
                bottlenecks.add(new Support(part, support.getSupporter(), support.getGemeente(), support.getNote(), now));
            }
            for (Long follower : audience) {
                bottlenecks.follow(part, follower, now);
            }
            references.add(part.getReference());
            created.add(part);
        }
        String feedback = "Gesplitst in " + String.join(", ", references) + ": de behandeling gaat daar verder. " + reason.strip();
        BottleneckEvent closing = original.perform(Action.SPLITSEN, actors, person, feedback, now);
        original.setDeadline(Deadline.NONE);
        try {
            bottlenecks.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException(reference, original.getVersion());
        }
        created.forEach(p -> contentChanges.fire(new ContentChanged(ContentChanged.Kind.KNELPUNT, p.getId())));
        // each part waits in its level's queue: its handlers hear of it as of a new knelpunt
        created.forEach(p -> recorder.announce(new BottleneckChanged(p.getReference(), BottleneckChanged.What.SPLIT_PART, person.getId(),
                Message.of("notification.summary.reported"), reference, null)));
        recorder.announce(new BottleneckChanged(reference, BottleneckChanged.What.FEEDBACK, person.getId(),
                Message.of("notification.summary.split", references.size()), closing.getText(), null));
        recorder.audit(person, "KNELPUNT_" + Action.SPLITSEN.name(), reference, caller, String.join(",", references));
        return references;
    }

    /**
     * Merges {@code duplicateReference} into {@code survivorReference}. The duplicate closes with feedback pointing to
     * the survivor (its reporter and supporters are notified first, while they still belong to it); its supports move
     * (one per organisation; the survivor's own organisation does not support itself), the duplicate's reporting
     * organisation becomes a supporter, followers move, and the history lines move (marked with where they came from).
     */
    @Transactional
    public Bottleneck merge(String duplicateReference, String survivorReference, String reason, Long expectedVersion,
                            Caller caller) {
        Bottleneck duplicate = queries.load(duplicateReference, caller);
        String survivorRef = survivorReference == null ? "" : survivorReference.strip().toUpperCase(Locale.ROOT);
        if (survivorRef.isEmpty()) {
            throw InvalidInputException.of("behouden", Message.of("input.bottleneck.merge.survivor"));
        }
        if (survivorRef.equals(duplicate.getReference())) {
            throw InvalidInputException.of("behouden", Message.of("input.bottleneck.merge.self"));
        }
        Bottleneck survivor = bottlenecks.findByReference(survivorRef)
                .orElseThrow(() -> InvalidInputException.of("behouden", Message.of("notFound.bottleneck", survivorRef)));
        if (!survivor.getStatus().isOpen() || survivor.getMergedInto() != null) {
            throw InvalidInputException.of("behouden", Message.of("input.bottleneck.merge.finished", survivorRef));
        }
        if (expectedVersion != null && expectedVersion != duplicate.getVersion()) {
            throw new ConcurrentChangeException(duplicateReference, duplicate.getVersion());
        }
        if (reason != null && !guard.inspect(reason).isEmpty()) {
            throw new PersonalDataRejectedException(Map.of("toelichting", guard.inspect(reason)));
        }
        UserProfile person = people.of(caller);
        Set<Actor> actors = queries.actorsFor(duplicate, caller);
        Instant now = clock.instant();

        BottleneckEvent closing = duplicate.mergeInto(survivor, actors, person, reason, now);
        duplicate.setDeadline(Deadline.NONE);
        steps.flushOrConflict(duplicate);
        recorder.announce(new BottleneckChanged(duplicate.getReference(), BottleneckChanged.What.FEEDBACK, person.getId(),
                Message.of("notification.summary.merged", survivor.getReference()), closing.getText(), null));

        String survivorOrganisation = survivor.getOrganisation().getCode();
        for (Support support : bottlenecks.supports(duplicate)) {
            String organisation = support.getOrganisation().getCode();
            if (organisation.equals(survivorOrganisation) || bottlenecks.isSupportedBy(survivor, organisation)) {
                bottlenecks.remove(support);
            } else {
                bottlenecks.moveSupport(support, survivor);
            }
            bottlenecks.flush();
        }
        String duplicateOrganisation = duplicate.getOrganisation().getCode();
        if (!duplicateOrganisation.equals(survivorOrganisation) && !bottlenecks.isSupportedBy(survivor, duplicateOrganisation)) {
            bottlenecks.add(new Support(survivor, duplicate.getReporter(), duplicate.getGemeente(),
                    "Eerder gemeld als " + duplicate.getReference() + ".", now));
        }
        bottlenecks.moveFollowers(duplicate, survivor, now);
        bottlenecks.follow(survivor, duplicate.getReporter().getId(), now);
        try {
            bottlenecks.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException(duplicateReference, duplicate.getVersion());
        }
        survivor.setProposed(supporting.supportSummary(survivor).proposedForEscalation());
        recorder.announce(new BottleneckChanged(survivor.getReference(), BottleneckChanged.What.STEP, person.getId(),
                Message.of("notification.summary.mergedInto", duplicate.getReference()), reason, null));
        recorder.audit(person, "KNELPUNT_" + Action.SAMENVOEGEN.name(), duplicateReference, caller, "behouden=" + survivor.getReference());
        return duplicate;
    }
}
