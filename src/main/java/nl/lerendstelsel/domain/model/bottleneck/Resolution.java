package nl.lerendstelsel.domain.model.bottleneck;

import java.util.Arrays;
import java.util.Optional;
import nl.lerendstelsel.domain.model.text.Labelled;

/**
 * The afhandelcategorie: how a knelpunt really ended, recorded besides the feedback text whenever it is resolved
 * ({@code opgelost}) or closed ({@code gesloten}), on the knelpunt and in the history line of that step. Which
 * categories fit which step is {@link #fits(Action)}; the monitoring counts only {@link #isSolved() solved} ones as
 * "opgelost met terugkoppeling".
 *
 * <p>Who sets it: a handler chooses it when resolving ({@link Action#OPLOSSEN}: one of the three solved categories)
 * or closing ({@link Action#SLUITEN}: {@link #DOORVERWEZEN} or {@link #NIET_OVERGENOMEN}); merging sets
 * {@link #SAMENGEVOEGD}; splitting sets {@link #DOORVERWEZEN}, because the original is referred to its parts, whose
 * references the feedback names, and nothing was solved or refused; the reporter withdrawing sets {@link #INGETROKKEN};
 * the reporter accepting the feedback on a returned knelpunt sets {@link #VERDUIDELIJKT};
 * the ministry's answer on a signal sets {@link #NIET_OVERGENOMEN} or {@link #DOORVERWEZEN} (closing), and the
 * realised follow-up of an adopted signal {@link #OPGELOST_DOOR_REGELGEVING}. Knelpunten that ended before categories
 * existed have none: shown as "onbekend".
 */
public enum Resolution implements Labelled {
    /** Explained: the rules were clear, the knelpunt was a question; a candidate for a Q&amp;A answer. */
    VERDUIDELIJKT(true),
    /** Solved in practice, by the organisations carrying out the law. */
    OPGELOST_IN_UITVOERING(true),
    /** Solved by changing regulation or policy (aanpassing van regelgeving of beleid). */
    OPGELOST_DOOR_REGELGEVING(true),
    /** Referred elsewhere; the feedback says to whom (another forum, or the parts of a split). */
    DOORVERWEZEN(false),
    /** Not adopted; the feedback says why. */
    NIET_OVERGENOMEN(false),
    /** Withdrawn by its reporter; the feedback is their reason. */
    INGETROKKEN(false),
    /** Merged into another knelpunt, where the handling goes on. */
    SAMENGEVOEGD(false);

    /** The code shown (label {@code resolution.ONBEKEND}) and counted for a knelpunt that ended without a category. */
    public static final String UNKNOWN = "ONBEKEND";

    private final boolean solved;

    Resolution(boolean solved) {
        this.solved = solved;
    }

    /** The bundle key of the name as a sentence uses it, e.g. {@code niet overgenomen} / {@code not adopted}. */
    @Override
    public String labelKey() {
        return "bottleneck.workflow.resolution." + name();
    }

    /** Something was solved or explained: these, and only these, count as "opgelost met terugkoppeling". */
    public boolean isSolved() {
        return solved;
    }

    /**
     * Whether this category may be recorded with this step: the solved ones when resolving, referred or not adopted
     * when closing or when the ministry's answer closes. Merging, splitting, withdrawing and the realised follow-up set
     * their category themselves ({@link #impliedBy}).
     */
    public boolean fits(Action action) {
        return switch (action) {
            case OPLOSSEN -> solved;
            case SLUITEN, SIGNAAL_BEANTWOORD -> this == DOORVERWEZEN || this == NIET_OVERGENOMEN;
            default -> false;
        };
    }

    /** The categories a person chooses from for this step ({@code oplossen}, {@code sluiten}); empty for any other. */
    public static java.util.List<Resolution> choicesFor(Action action) {
        return requiredFor(action) ? Arrays.stream(values()).filter(r -> r.fits(action)).toList() : java.util.List.of();
    }

    /** Whether a person must choose a category for this step. */
    public static boolean requiredFor(Action action) {
        return action == Action.OPLOSSEN || action == Action.SLUITEN;
    }

    /** The category with this name (the API and the list filter use the enum name), ignoring case; empty if none. */
    public static Optional<Resolution> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(code == null ? "" : code.strip())).findFirst();
    }

    /**
     * The category a step sets by itself: merging, splitting, withdrawing and the signal's answer and follow-up; empty
     * for the steps where a person chooses ({@link #requiredFor}) and for steps that do not end the knelpunt.
     */
    public static Optional<Resolution> impliedBy(Action action) {
        return Optional.ofNullable(switch (action) {
            case SAMENVOEGEN -> SAMENGEVOEGD;
            case SPLITSEN -> DOORVERWEZEN;
            case INTREKKEN -> INGETROKKEN;
            case TERUGKOPPELING_AANVAARDEN -> VERDUIDELIJKT;
            case OPVOLGING_GEREALISEERD -> OPGELOST_DOOR_REGELGEVING;
            default -> null;
        });
    }
}
