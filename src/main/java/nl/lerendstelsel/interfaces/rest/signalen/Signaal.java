package nl.lerendstelsel.interfaces.rest.signalen;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.lerendstelsel.application.signal.SignalQueries;
import nl.lerendstelsel.domain.model.signal.Signal;
import nl.lerendstelsel.domain.model.signal.SignalAction;

/**
 * A signal as the API shows it: the answer of most signal operations; {@code eigenaar} handles it at the ministry;
 * {@code berichten} (the clarification thread) only for coordinators, SZW and admins, absent for other readers.
 */
public record Signaal(String referentie, String titel, String probleemstelling, String analyse, String urgentie, String voorstel,
                      String voorstelToelichting, List<String> ookVoorstellen, String status, String auteur, String eigenaar, Instant aangemaakt, LocalDate ingediend,
                      LocalDate ontvangstUiterlijk, LocalDate antwoordUiterlijk, Instant ontvangen, Instant beantwoord, Instant gesloten,
                      boolean achterstallig, Bewijs bewijs, List<KnelpuntInSignaal> knelpunten, int afgeschermdeKnelpunten,
                      Antwoord antwoord, Opvolging opvolging, List<Tussenbericht> tussenberichten, List<Bericht> berichten,
                      List<String> mogelijkeStappen, long versie) {

    public static Signaal of(SignalQueries.View view) {
        Signal s = view.signal();
        return new Signaal(s.getReference(), s.getTitle(), s.getProblem(), s.getAnalysis(), s.getUrgency().name(), s.getProposal().name(),
                s.getProposalText(), s.getProposals().stream().skip(1).map(Enum::name).toList(),
                s.getStatus().name(), DisplayName.of(s.getAuthor()), DisplayName.of(s.getOwner()), s.getCreatedAt(), s.getSubmittedOn(),
                s.getAcknowledgeDue(), s.getAnswerDue(),
                s.getAcknowledgedAt(), s.getAnsweredAt(), s.getClosedAt(), view.overdue(), Bewijs.of(view.evidence()),
                view.knelpunten().stream().map(KnelpuntInSignaal::of).toList(), view.hiddenKnelpunten(), Antwoord.of(s),
                Opvolging.of(s, view.followUpOverdue()), s.getInterimAnswers().stream().map(Tussenbericht::of).toList(),
                view.mayReadThread() ? s.getMessages().stream().map(Bericht::of).toList() : null,
                view.actions().stream().map(SignalAction::name).toList(), s.getVersion());
    }
}
