package nl.lerendstelsel.application.administration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.FieldErrors;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckRepository;
import nl.lerendstelsel.domain.model.calendar.DutchTime;
import nl.lerendstelsel.domain.model.organisation.MunicipalMerger;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.organisation.OrganisationReferences;
import nl.lerendstelsel.domain.model.organisation.OrganisationRepository;
import nl.lerendstelsel.domain.model.search.ContentChanged;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.UserProfile;
import nl.lerendstelsel.domain.model.user.UserProfileRepository;

/**
 * The yearly municipal merger (gemeentelijke herindeling), by an admin: first a preview of what would move, then the
 * merger itself, all or nothing. The rules of a merger are {@link MunicipalMerger}'s; this service applies one to the
 * records and the search index.
 */
@ApplicationScoped
public class MunicipalMergerService {

    @Inject
    OrganisationRepository organisations;

    @Inject
    OrganisationReferences references;

    @Inject
    BottleneckRepository bottlenecks;

    @Inject
    UserProfileRepository profiles;

    @Inject
    ReferenceDataChangeLog changeLog;

    @Inject
    Clock clock;

    @Inject
    Event<ContentChanged> contentChanges;

    /** What a merger would move (before) or moved (after). */
    public record MergerReport(MunicipalMerger merger, OrganisationReferences.Counts counts) {
    }

    /** What a merger would do, without doing it: the plan and the counts of what would move. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MergerReport previewMerger(List<String> merging, String successorCode, String successorName, String regionCode,
                                      LocalDate on, Caller caller) {
        AdministrationService.requireAdmin(caller);
        MunicipalMerger merger = plan(merging, successorCode, successorName, regionCode, on);
        return new MergerReport(merger, references.count(merger.mergingCodes(), merger.successor().getCode()));
    }

    /**
     * The municipal merger: the successor is added (or takes the new name and region), the merging gemeenten are
     * retired with a pointer to it, every knelpunt, support and user of theirs moves to it, each moved knelpunt gets a
     * history line, and the search index is brought up to date after the commit. All or nothing.
     */
    @Transactional
    public MergerReport merge(List<String> merging, String successorCode, String successorName, String regionCode, LocalDate on,
                              Caller caller) {
        AdministrationService.requireAdmin(caller);
        MunicipalMerger merger = plan(merging, successorCode, successorName, regionCode, on);
        if (merger.successorIsNew()) {
            organisations.add(merger.successor());
        }
        merger.apply();
        List<String> codes = merger.mergingCodes();
        List<Long> moving = references.bottlenecksReferring(codes);
        UserProfile admin = profiles.findBySubject(caller.subject()).orElse(null);
        String text = merger.historyText();
        for (Long id : moving) {
            bottlenecks.findById(id).ifPresent(b -> b.recordMunicipalMerger(text, admin, clock.instant()));
        }
        bottlenecks.flush();
        OrganisationReferences.Counts moved = references.move(codes, merger.successor().getCode());
        changeLog.record(caller, "GEMEENTELIJKE_HERINDELING", "Organisation", merger.successor().getCode(), text + " Verplaatst: "
                + moved.knelpuntenInGemeente() + " knelpunten (gemeente), " + moved.knelpuntenReported() + " knelpunten (melder), "
                + moved.supports() + " steunbetuigingen, " + moved.supportsForGemeente() + " steun voor gemeente, "
                + moved.users() + " gebruikers; " + moved.duplicateSupports() + " dubbele of eigen steun vervallen.");
        moving.forEach(id -> contentChanges.fire(new ContentChanged(ContentChanged.Kind.KNELPUNT, id)));
        return new MergerReport(merger, moved);
    }

    private MunicipalMerger plan(List<String> merging, String successorCode, String successorName, String regionCode, LocalDate on) {
        try {
            return MunicipalMerger.plan(merging, successorCode == null ? null : successorCode.strip().toUpperCase(), successorName,
                    regionCode, on == null ? LocalDate.now(clock.withZone(DutchTime.ZONE)) : on, organisations::find, organisations::findRegion);
        } catch (MunicipalMerger.Refused refused) {
            Map<String, Message> reasons = new LinkedHashMap<>();
            refused.problems().forEach(p -> reasons.merge(p.field(), p.message(), (a, b) -> Message.of("input.admin.merger.both", a, b)));
            FieldErrors errors = new FieldErrors();
            reasons.forEach(errors::put);
            throw new InvalidInputException(errors);
        }
    }
}
