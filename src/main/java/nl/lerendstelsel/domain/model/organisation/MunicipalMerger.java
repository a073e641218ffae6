package nl.lerendstelsel.domain.model.organisation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.lerendstelsel.domain.model.text.Message;

/**
 * A gemeentelijke herindeling: one or more gemeenten go up in a successor — a new gemeente (new CBS code, name and
 * arbeidsmarktregio) or an existing one that absorbs them. The merged gemeenten stay as rows, retired, with the
 * successor and the day, so old records and reports can still name them. Moving what refers to them (knelpunten,
 * supports, users) is the application service's part; the rules of who may merge into whom are here.
 */
public final class MunicipalMerger {

    /** A CBS gemeente code: GM and four digits. */
    public static final Pattern CBS_CODE = Pattern.compile("GM\\d{4}");

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d-M-yyyy");

    /** Why a merger cannot go ahead, per input field, as a keyed message. */
    public record Problem(String field, Message message) {

        public String dutch() {
            return message.in(Message.DUTCH);
        }

        public String english() {
            return message.in(Message.ENGLISH);
        }
    }

    /** The merger was refused; {@link #problems()} says why. */
    public static final class Refused extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        private final transient List<Problem> problems;

        Refused(List<Problem> problems) {
            super(problems.stream().map(Problem::english).collect(Collectors.joining(" ")));
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    private final List<Organisation> merging;
    private final Organisation successor;
    private final boolean successorIsNew;
    private final String newName;
    private final LabourMarketRegion newRegion;
    private final LocalDate on;

    private MunicipalMerger(List<Organisation> merging, Organisation successor, boolean successorIsNew, String newName,
                            LabourMarketRegion newRegion, LocalDate on) {
        this.merging = List.copyOf(merging);
        this.successor = successor;
        this.successorIsNew = successorIsNew;
        this.newName = newName;
        this.newRegion = newRegion;
        this.on = on;
    }

    /**
     * Checks a merger of {@code mergingCodes} into {@code successorCode}. When that code does not exist yet, a new
     * gemeente is made with {@code successorName} in region {@code regionCode} (both required) and at least two gemeenten
     * must merge; when it is an existing active gemeente, it absorbs the others (name and region given are applied to
     * it) and one is enough. A gemeente cannot merge into itself, nor twice; only active gemeenten take part.
     */
    public static MunicipalMerger plan(List<String> mergingCodes, String successorCode, String successorName, String regionCode,
                                       LocalDate on, Function<String, Optional<Organisation>> organisations,
                                       Function<String, Optional<LabourMarketRegion>> regions) {
        List<Problem> problems = new ArrayList<>();
        List<String> codes = mergingCodes == null ? List.of()
                : mergingCodes.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).toList();
        String target = successorCode == null ? "" : successorCode.strip();
        Optional<Organisation> existing = target.isEmpty() ? Optional.empty() : organisations.apply(target);
        boolean isNew = existing.isEmpty();

        List<Organisation> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String code : codes) {
            if (!seen.add(code)) {
                problems.add(new Problem("gemeenten", Message.of("input.merger.listedTwice", code)));
                continue;
            }
            if (code.equals(target)) {
                problems.add(new Problem("gemeenten", Message.of("input.merger.intoItself", code)));
                continue;
            }
            Optional<Organisation> organisation = organisations.apply(code).filter(Organisation::isGemeente);
            if (organisation.isEmpty()) {
                problems.add(new Problem("gemeenten", Message.of("input.merger.unknownGemeente", code)));
            } else if (!organisation.get().isActive()) {
                problems.add(new Problem("gemeenten", Message.of("input.merger.retired", organisation.get().getName(), code)));
            } else {
                found.add(organisation.get());
            }
        }
        int needed = isNew ? 2 : 1;
        if (seen.size() < needed) {
            problems.add(new Problem("gemeenten", isNew ? Message.of("input.merger.atLeastTwo")
                    : Message.of("input.merger.atLeastOne", target)));
        }
        if (!CBS_CODE.matcher(target).matches()) {
            problems.add(new Problem("code", Message.of("input.merger.code")));
        } else if (existing.isPresent() && (!existing.get().isGemeente() || !existing.get().isActive())) {
            problems.add(new Problem("code", Message.of("input.merger.codeTaken", target)));
        }
        String name = successorName == null ? "" : successorName.strip();
        if (isNew && name.isEmpty()) {
            problems.add(new Problem("naam", Message.of("input.merger.name")));
        } else if (name.length() > 200) {
            problems.add(new Problem("naam", Message.of("input.merger.nameTooLong")));
        }
        Optional<LabourMarketRegion> region = regionCode == null || regionCode.isBlank() ? Optional.empty() : regions.apply(regionCode.strip());
        if (regionCode != null && !regionCode.isBlank() && region.isEmpty()) {
            problems.add(new Problem("arbeidsmarktregio", Message.of("input.merger.unknownRegion", regionCode.strip())));
        } else if (isNew && region.isEmpty()) {
            problems.add(new Problem("arbeidsmarktregio", Message.of("input.merger.region")));
        }
        if (on == null) {
            problems.add(new Problem("per", Message.of("input.merger.date")));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        Organisation successor;
        if (isNew) {
            String province = found.stream().map(Organisation::getProvince).distinct().count() == 1 ? found.get(0).getProvince() : null;
            successor = Organisation.gemeente(target, name, province, region.get());
        } else {
            successor = existing.get();
        }
        return new MunicipalMerger(found, successor, isNew, name.isEmpty() ? null : name, region.orElse(null), on);
    }

    /**
     * Marks the merging gemeenten as gone up in the successor on the day of the merger; an existing successor takes the
     * new name and region when given. Nothing changes before this, so a plan can be shown for confirmation first.
     */
    public void apply() {
        if (!successorIsNew) {
            if (newName != null) {
                successor.rename(newName);
            }
            if (newRegion != null) {
                successor.assignRegion(newRegion);
            }
        }
        merging.forEach(gemeente -> gemeente.mergedInto(successor, on));
    }

    public List<Organisation> merging() {
        return merging;
    }

    public List<String> mergingCodes() {
        return merging.stream().map(Organisation::getCode).toList();
    }

    public Organisation successor() {
        return successor;
    }

    /** Whether the successor is a new gemeente that must be added. */
    public boolean successorIsNew() {
        return successorIsNew;
    }

    public LocalDate on() {
        return on;
    }

    /** The line written into the history of every knelpunt that moves, in Dutch. */
    public String historyText() {
        String names = merging.stream().map(o -> o.getName() + " (" + o.getCode() + ")").collect(Collectors.joining(", "));
        String successorName = newName != null ? newName : successor.getName();
        return "Gemeentelijke herindeling per " + on.format(DUTCH_DATE) + ": " + names + " opgegaan in "
                + successorName + " (" + successor.getCode() + ").";
    }
}
