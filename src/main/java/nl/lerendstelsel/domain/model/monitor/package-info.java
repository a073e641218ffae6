/**
 * Monitor rounds (uitvraag, issue 29): a coordinator asks gemeenten or partner organisations a set of questions once a
 * period; each organisation answers once ({@link nl.lerendstelsel.domain.model.monitor.MonitorResponse}); the results
 * are counted per question ({@link nl.lerendstelsel.domain.model.monitor.RoundResults}).
 */
package nl.lerendstelsel.domain.model.monitor;
