package nl.lerendstelsel.bench;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Dutch texts for what the benchmark users write: titles, descriptions, comments, support notes and search words from
 * the vocabulary of the Wet inburgering 2021. Random combinations, so similar-knelpunt suggestions and search have real
 * work to do; no numbers, names, addresses or dates, so the personal data guard accepts them.
 */
final class Texts {

    private static final List<String> SUBJECTS = List.of("De brede intake", "Het PIP", "De leerroute", "Het taalniveau B1",
            "De Z-route", "De onderwijsroute", "De module arbeidsmarkt en participatie", "Het participatieverklaringstraject",
            "De ontheffing", "De maatschappelijke begeleiding", "Het ontzorgen", "De kinderopvang tijdens de les",
            "Het inburgeringsexamen", "De verlenging van de inburgeringstermijn", "De warme overdracht van het azc",
            "De financiering van de taalschool", "De gegevensuitwisseling met DUO");
    private static final List<String> PROBLEMS = List.of("loopt vertraging op", "sluit niet aan", "wordt te laat gestart",
            "is onduidelijk voor inburgeraars", "kost meer tijd dan begroot", "botst met werk", "wordt verschillend uitgelegd",
            "vraagt om extra begeleiding", "heeft een te lange wachttijd", "ontbreekt in de regio");
    private static final List<String> CONTEXTS = List.of("bij statushouders met een baan", "in kleine gemeenten",
            "voor gezinsmigranten", "bij jongeren onder de achttien", "voor analfabete inburgeraars", "in de regio",
            "na verhuizing naar een andere gemeente", "bij parttime werkenden", "voor inburgeraars met een beperking",
            "tijdens de zomerperiode");
    private static final List<String> SENTENCES = List.of(
            "Wij zien dit bij meerdere inburgeraars tegelijk.",
            "De consulenten hebben geen duidelijk handvat om dit op te lossen.",
            "Overleg met de taalschool heeft nog niet tot een oplossing geleid.",
            "Het gevolg is dat de inburgeringstermijn onder druk komt te staan.",
            "Inburgeraars raken gedemotiveerd en haken soms af.",
            "De regelgeving laat ruimte voor verschillende interpretaties.",
            "Andere gemeenten in de regio herkennen dit beeld.",
            "Er is behoefte aan een landelijke lijn of een handreiking.",
            "De uitvoering kost daardoor veel extra tijd van de klantmanagers.",
            "Werkgevers geven aan dat de lestijden slecht te combineren zijn met werk.");
    private static final List<String> COMMENTS = List.of(
            "Dit herkennen wij ook; bij ons speelt hetzelfde sinds de zomer.",
            "Goed punt. Wij hebben dit tijdelijk opgelost met extra begeleiding.",
            "Is hier al contact over geweest met de taalscholen in de regio?",
            "Wij volgen dit, omdat het ook onze inburgeraars raakt.",
            "Een handreiking van Divosa zou hier helpen.");
    private static final List<String> SEARCHES = List.of("brede intake", "leerroute", "ontheffing", "taalniveau",
            "Z-route", "onderwijsroute", "participatieverklaring", "kinderopvang", "examen", "termijn", "ontzorgen",
            "maatschappelijke begeleiding", "DUO", "verlenging", "werk", "taalschool", "statushouders", "PIP");

    static final String ESCALATION_REASON = "Dit knelpunt speelt in meerdere gemeenten en vraagt om afstemming op schakelniveau.";

    private Texts() {
    }

    static String title() {
        return pick(SUBJECTS) + " " + pick(PROBLEMS) + " " + pick(CONTEXTS);
    }

    static String description() {
        StringBuilder text = new StringBuilder();
        int sentences = 2 + ThreadLocalRandom.current().nextInt(4);
        for (int i = 0; i < sentences; i++) {
            text.append(i == 0 ? "" : " ").append(pick(SENTENCES));
        }
        return text.toString();
    }

    static String comment() {
        return pick(COMMENTS);
    }

    static String search() {
        return pick(SEARCHES);
    }

    static <T> T pick(List<T> values) {
        return values.get(ThreadLocalRandom.current().nextInt(values.size()));
    }
}
