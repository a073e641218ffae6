package nl.lerendstelsel.interfaces.rest.cops;

/** Request body for flagging a post: the reason (SPAM, ONGEPAST, PERSOONSGEGEVENS or ANDERS) and a note. */
public record NieuweMelding(String reden, String toelichting) {
}
