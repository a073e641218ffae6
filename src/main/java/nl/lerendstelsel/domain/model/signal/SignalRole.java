package nl.lerendstelsel.domain.model.signal;

/** Who acts on a signal: the coordinator side (schakelniveau) or the ministry (stelselniveau). */
public enum SignalRole {
    COORDINATOR,
    MINISTRY
}
