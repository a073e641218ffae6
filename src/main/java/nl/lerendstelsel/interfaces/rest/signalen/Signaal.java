package nl.lerendstelsel.interfaces.rest.signalen;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.lerendstelsel.application.signal.SignalQueries;
import nl.lerendstelsel.domain.model.signal.Proposal;
import nl.lerendstelsel.domain.model.signal.Signal;
import nl.lerendstelsel.domain.model.signal.SignalAction;
import nl.lerendstelsel.domain.model.signal.SignalStatus;
import nl.lerendstelsel.domain.model.signal.Urgency;
import nl.lerendstelsel.interfaces.rest.NotRequired;
import nl.lerendstelsel.interfaces.rest.OneOf;

/**
 * A signal as the API shows it: the answer of most signal operations; {@code eigenaar} handles it at the ministry;
 * {@code berichten} (the clarification thread) only for coordinators, SZW and admins, absent for other readers.
 */
public record Signaal(String referentie, String titel, String probleemstelling, String analyse,
                      @OneOf(Urgency.class) String urgentie, @OneOf(Proposal.class) String voorstel,
                      @NotRequired String voorstelToelichting, @OneOf(Proposal.class) List<String> ookVoorstellen,
                      @OneOf(SignalStatus.class) String status, String auteur, @NotRequired String eigenaar, Instant aangemaakt,
                      @NotRequired LocalDate ingediend, @NotRequired LocalDate ontvangstUiterlijk,
                      @NotRequired LocalDate antwoordUiterlijk, @NotRequired Instant ontvangen, @NotRequired Instant beantwoord,
                      @NotRequired Instant gesloten, boolean achterstallig, Bewijs bewijs, List<KnelpuntInSignaal> knelpunten,
                      int afgeschermdeKnelpunten, @NotRequired Antwoord antwoord, @NotRequired Opvolging opvolging,
                      List<Tussenbericht> tussenberichten, @NotRequired List<Bericht> berichten,
                      @OneOf(SignalAction.class) List<String> mogelijkeStappen, long versie) {

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
