package nl.lerendstelsel.domain.model.monitor;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.lerendstelsel.domain.model.organisation.LabourMarketRegion;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.organisation.OrganisationKind;

/** Rounds, questions and organisations for the monitor's unit tests; ids as the database would give them. */
final class MonitorFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final LabourMarketRegion UTRECHT_MIDDEN = new LabourMarketRegion("AM17", "Midden-Utrecht");
    static final LabourMarketRegion RIJNMOND = new LabourMarketRegion("AM26", "Rijnmond");
    static final Organisation UTRECHT = Organisation.gemeente("GM0344", "Utrecht", "Utrecht", UTRECHT_MIDDEN);
    static final Organisation ZEIST = Organisation.gemeente("GM0355", "Zeist", "Utrecht", UTRECHT_MIDDEN);
    static final Organisation ROTTERDAM = Organisation.gemeente("GM0599", "Rotterdam", "Zuid-Holland", RIJNMOND);
    static final Organisation DUO = Organisation.partner("DUO", "Dienst Uitvoering Onderwijs", OrganisationKind.UITVOERINGSORGANISATIE);

    static final QuestionDraft CHOICE = new QuestionDraft(QuestionKind.ENKELVOUDIGE_KEUZE, "Hoe organiseert u de brede intake?",
            List.of("Zelf", "Uitbesteed", "Gemengd"), null, null, null, true, null);
    static final QuestionDraft MULTIPLE = new QuestionDraft(QuestionKind.MEERVOUDIGE_KEUZE, "Welke leerroutes koopt u in?",
            List.of("B1-route", "Onderwijsroute", "Z-route"), null, null, null, false, null);
    static final QuestionDraft SCALE = new QuestionDraft(QuestionKind.SCHAAL, "Hoe tevreden bent u over de samenwerking met DUO?",
            List.of(), null, null, null, false, null);
    static final QuestionDraft NUMBER = new QuestionDraft(QuestionKind.GETAL, "Hoeveel inburgeraars startten in 2025?",
            List.of(), "inburgeraars", 0.0, 10_000.0, false, null);
    static final QuestionDraft YES_NO = new QuestionDraft(QuestionKind.JA_NEE, "Biedt u ontzorging aan alle statushouders?",
            List.of(), null, null, null, false, null);
    static final QuestionDraft OPEN = new QuestionDraft(QuestionKind.OPEN, "Wat is uw grootste knelpunt in de uitvoering?",
            List.of(), null, null, null, false, null);

    private static long nextId = 100;

    private MonitorFixtures() {
    }

    /** A draft round for all gemeenten with the six kinds of question, each with an id. */
    static MonitorRound round() {
        return round(TargetKind.ALLE_GEMEENTEN, List.of());
    }

    static MonitorRound round(TargetKind kind, List<String> codes) {
        MonitorRound round = new MonitorRound("Monitor inburgering 2026", "Jaarlijkse uitvraag", TODAY, TODAY.plusDays(30),
                kind, codes, null, NOW);
        round.replaceQuestions(List.of(CHOICE, MULTIPLE, SCALE, NUMBER, YES_NO, OPEN));
        identify(round);
        return round;
    }

    /** Gives the round and its questions ids, as persisting would. */
    static void identify(MonitorRound round) {
        setId(round, nextId++);
        round.getQuestions().forEach(q -> setId(q, nextId++));
    }

    static void setId(Object entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    static MonitorQuestion question(MonitorRound round, QuestionKind kind) {
        return round.getQuestions().stream().filter(q -> q.getKind() == kind).findFirst().orElseThrow();
    }
}
