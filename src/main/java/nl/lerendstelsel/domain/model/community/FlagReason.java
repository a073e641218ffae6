package nl.lerendstelsel.domain.model.community;

/** Why a member flags a post. */
public enum FlagReason {
    SPAM,
    ONGEPAST,
    PERSOONSGEGEVENS,
    ANDERS
}
