package nl.lerendstelsel.application.monitor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.Profiles;
import nl.lerendstelsel.domain.model.monitor.Answer;
import nl.lerendstelsel.domain.model.monitor.MonitorQuestion;
import nl.lerendstelsel.domain.model.monitor.MonitorRepository;
import nl.lerendstelsel.domain.model.monitor.MonitorResponse;
import nl.lerendstelsel.domain.model.monitor.MonitorRound;
import nl.lerendstelsel.domain.model.monitor.ResponseStatus;
import nl.lerendstelsel.domain.model.monitor.RoundResults;
import nl.lerendstelsel.domain.model.monitor.RoundResults.QuestionResult;
import nl.lerendstelsel.domain.model.monitor.RoundResults.ResponseRate;
import nl.lerendstelsel.domain.model.monitor.RoundStatus;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.UserProfile;

/**
 * What a round's answers add up to: per question the figures of the submitted responses (optionally of one region or
 * province), beside those of the round whose questions it copied; the response rate overall and per region; who
 * answered; the anonymous answers as a table. Coordinators, admins and the ministry read them; a professional reads
 * their own organisation's answers beside the figures of its region and the country.
 */
@ApplicationScoped
public class MonitorResults {

    @Inject
    MonitorRepository monitor;

    @Inject
    MonitorService service;

    @Inject
    Profiles profiles;

    /** One organisation asked, and where its response stands (none: {@code status} null). */
    public record Respondent(String code, String name, String regionCode, String regionName, String province,
                             ResponseStatus status, Instant submittedAt) {
    }

    /** A question's figures, with the figures of the question it repeats in the previous round (or null). */
    public record Line(QuestionResult current, QuestionResult previous) {
    }

    /** The results of a round as filtered ({@code regionCode}, {@code province}: null for all). */
    public record Results(MonitorRound round, MonitorRound previousRound, String regionCode, String province,
                          List<Line> lines, ResponseRate overall, List<ResponseRate> perRegion, List<ResponseRate> perProvince,
                          List<Respondent> respondents) {
    }

    /** A professional's view: their organisation's answer to each question beside its region's and the country's figures. */
    public record OwnLine(MonitorQuestion question, Answer own, QuestionResult region, QuestionResult country) {
    }

    public record OwnView(MonitorRound round, Organisation organisation, MonitorResponse response, String regionName,
                          List<OwnLine> lines) {
    }

    /** A round an organisation answered, for "Mijn gemeente". */
    public record ResponseSummary(Long roundId, String roundTitle, RoundStatus roundStatus, LocalDate closesOn,
                                  ResponseStatus status, Instant submittedAt) {
    }

    private void requireReader(Caller caller) {
        if (!MonitorService.readsResults(caller)) {
            throw new AccessDeniedException(Message.of("access.monitor.results"));
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Results results(Long roundId, String regionCode, String province, Caller caller) {
        requireReader(caller);
        MonitorRound round = service.round(roundId, caller);
        Predicate<Organisation> filter = o -> (regionCode == null || o.getRegion() != null && regionCode.equals(o.getRegion().getCode()))
                && (province == null || province.equals(o.getProvince()));
        List<Organisation> asked = service.askedOrganisations(round);
        List<MonitorResponse> responses = monitor.responses(roundId);
        Map<String, MonitorResponse> byOrganisation = new HashMap<>();
        responses.forEach(r -> byOrganisation.put(r.getOrganisation().getCode(), r));
        List<MonitorResponse> counted = responses.stream().filter(r -> filter.test(r.getOrganisation())).toList();
        List<QuestionResult> current = RoundResults.of(round.getQuestions(), counted);
        MonitorRound previousRound = round.getPreviousRoundId() == null ? null : monitor.findRound(round.getPreviousRoundId()).orElse(null);
        Map<Long, QuestionResult> previousById = new HashMap<>();
        if (previousRound != null) {
            List<MonitorResponse> earlier = monitor.responses(previousRound.getId()).stream()
                    .filter(r -> filter.test(r.getOrganisation())).toList();
            RoundResults.of(previousRound.getQuestions(), earlier).forEach(q -> previousById.put(q.question().getId(), q));
        }
        List<Line> lines = current.stream().map(q -> new Line(q, q.question().getCopiedFrom() == null ? null
                : previousById.get(q.question().getCopiedFrom()))).toList();
        List<Organisation> askedHere = asked.stream().filter(filter).toList();
        Predicate<Organisation> answered = o -> Optional.ofNullable(byOrganisation.get(o.getCode())).filter(MonitorResponse::isSubmitted).isPresent();
        ResponseRate overall = new ResponseRate("", "", askedHere.size(), askedHere.stream().filter(answered).count());
        Map<String, long[]> regions = new TreeMap<>();
        Map<String, String> regionNames = new HashMap<>();
        Map<String, long[]> provinces = new TreeMap<>();
        for (Organisation o : askedHere) {
            if (o.getRegion() != null) {
                regionNames.put(o.getRegion().getCode(), o.getRegion().getName());
                count(regions, o.getRegion().getCode(), answered.test(o));
            }
            if (o.getProvince() != null) {
                count(provinces, o.getProvince(), answered.test(o));
            }
        }
        List<ResponseRate> perRegion = new ArrayList<>();
        regions.forEach((code, c) -> perRegion.add(new ResponseRate(code, regionNames.get(code), c[0], c[1])));
        perRegion.sort(Comparator.comparing(ResponseRate::name));
        List<ResponseRate> perProvince = new ArrayList<>();
        provinces.forEach((name, c) -> perProvince.add(new ResponseRate(name, name, c[0], c[1])));
        List<Respondent> respondents = askedHere.stream().map(o -> {
            MonitorResponse r = byOrganisation.get(o.getCode());
            return new Respondent(o.getCode(), o.getName(), o.getRegion() == null ? null : o.getRegion().getCode(),
                    o.getRegion() == null ? null : o.getRegion().getName(), o.getProvince(), r == null ? null : r.getStatus(),
                    r == null ? null : r.getSubmittedAt());
        }).toList();
        return new Results(round, previousRound, regionCode, province, lines, overall, perRegion, perProvince, respondents);
    }

    private static void count(Map<String, long[]> counts, String key, boolean answered) {
        long[] c = counts.computeIfAbsent(key, k -> new long[2]);
        c[0]++;
        if (answered) {
            c[1]++;
        }
    }

    /** The anonymous answers: one row per submitted response, one column per question, in no order of who answered. */
    public record Table(List<String> headers, List<List<String>> rows) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Table anonymousAnswers(Long roundId, Caller caller) {
        requireReader(caller);
        MonitorRound round = service.round(roundId, caller);
        List<MonitorQuestion> questions = round.getQuestions();
        List<String> headers = questions.stream().map(q -> q.getPosition() + ". " + q.getText()).toList();
        List<List<String>> rows = new ArrayList<>();
        for (MonitorResponse response : monitor.responses(roundId)) {
            if (response.isSubmitted()) {
                rows.add(questions.stream().map(q -> plain(response.answerTo(q))).toList());
            }
        }
        rows.sort(Comparator.comparing(Object::toString)); // detaches the rows from the order the organisations answered in
        return new Table(headers, rows);
    }

    /** An answer as one cell: the options with " | " between them, the number, or the text. */
    public static String plain(Answer answer) {
        if (answer.number() != null) {
            return MonitorQuestion.plain(answer.number());
        }
        if (answer.text() != null) {
            return answer.text();
        }
        return String.join(" | ", answer.choices());
    }

    /** The caller's organisation's answers beside its region's and the country's figures (only submitted answers count). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OwnView own(Long roundId, Caller caller) {
        MonitorRound round = service.round(roundId, caller);
        Organisation own = profiles.find(caller).map(UserProfile::getOrganisation).orElse(null);
        if (own == null || !round.asks(own)) {
            throw new AccessDeniedException(Message.of("access.monitor.answer"));
        }
        MonitorResponse response = monitor.findResponse(roundId, own.getCode()).orElse(null);
        List<MonitorResponse> all = monitor.responses(roundId);
        String region = own.getRegion() == null ? null : own.getRegion().getCode();
        List<MonitorResponse> regional = all.stream().filter(r -> r.getOrganisation().getRegion() != null
                && Objects.equals(region, r.getOrganisation().getRegion().getCode())).toList();
        List<QuestionResult> country = RoundResults.of(round.getQuestions(), all);
        List<QuestionResult> inRegion = RoundResults.of(round.getQuestions(), regional);
        List<OwnLine> lines = new ArrayList<>();
        for (int i = 0; i < round.getQuestions().size(); i++) {
            MonitorQuestion q = round.getQuestions().get(i);
            lines.add(new OwnLine(q, response == null ? Answer.NONE : response.answerTo(q), inRegion.get(i), country.get(i)));
        }
        return new OwnView(round, own, response, own.getRegion() == null ? null : own.getRegion().getName(), lines);
    }

    /** A new knelpunt as an open answer suggests it: title, description, and the gemeente (when the answer is its own). */
    public record KnelpuntDraft(String title, String description, String gemeenteCode) {
    }

    /**
     * An open answer as the start of a knelpunt: the caller's organisation's own answer to {@code questionId} ({@code
     * index} null), or, for who reads all results, the {@code index}-th open answer of the round (in the results' order,
     * without its organisation).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public KnelpuntDraft knelpuntDraft(Long roundId, Long questionId, Integer index, Caller caller) {
        MonitorRound round = service.round(roundId, caller);
        MonitorQuestion question = round.getQuestions().stream().filter(q -> q.getId().equals(questionId)).findFirst()
                .orElseThrow(() -> new nl.lerendstelsel.application.NotFoundException(Message.of("notFound.monitorRound", String.valueOf(roundId))));
        String text;
        String gemeente = null;
        if (index == null) {
            Organisation own = profiles.find(caller).map(UserProfile::getOrganisation).orElse(null);
            MonitorResponse response = own == null ? null : monitor.findResponse(roundId, own.getCode()).orElse(null);
            text = response == null ? null : response.answerTo(question).text();
            gemeente = own != null && own.isGemeente() ? own.getCode() : null;
        } else {
            requireReader(caller);
            List<String> texts = RoundResults.of(question, monitor.responses(roundId).stream().filter(MonitorResponse::isSubmitted)
                    .map(r -> r.answerTo(question)).toList()).texts();
            text = index >= 0 && index < texts.size() ? texts.get(index) : null;
        }
        if (text == null) {
            throw new nl.lerendstelsel.application.NotFoundException(Message.of("notFound.monitorRound", String.valueOf(roundId)));
        }
        String firstLine = text.lines().findFirst().orElse(text).strip();
        String title = firstLine.length() > 150 ? firstLine.substring(0, 149) + "…" : firstLine;
        String description = text + "\n\n" + Message.of("monitor.toKnelpunt.source", round.getTitle(), question.getText()).in(Message.DUTCH);
        return new KnelpuntDraft(title, description, gemeente);
    }

    /** The rounds an organisation responded to, newest first, with where its response stands (for "Mijn gemeente"). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ResponseSummary> responsesOf(String organisationCode) {
        Map<Long, ResponseSummary> summaries = new LinkedHashMap<>();
        for (MonitorResponse r : monitor.responsesOf(organisationCode)) {
            MonitorRound round = r.getRound();
            summaries.put(round.getId(), new ResponseSummary(round.getId(), round.getTitle(), round.getStatus(),
                    round.getClosesOn(), r.getStatus(), r.getSubmittedAt()));
        }
        return List.copyOf(summaries.values());
    }
}
