package nl.lerendstelsel.domain.model.qa;

/** Where a question someone asked stands with the editors. */
public enum QuestionStatus {
    NIEUW,
    BEANTWOORD,
    AFGEWEZEN
}
