/**
 * Knelpunten ({@code Bottleneck} in code): problems from practice that travel through the three levels of
 * the lerend stelsel.
 *
 * <p>This package so far holds the workflow: {@link nl.lerendstelsel.domain.model.bottleneck.Level},
 * {@link nl.lerendstelsel.domain.model.bottleneck.Status}, the {@link nl.lerendstelsel.domain.model.bottleneck.Action}s
 * people and the system take, and {@link nl.lerendstelsel.domain.model.bottleneck.BottleneckWorkflow}, the one
 * table of allowed transitions and the one place that applies it.
 */
package nl.lerendstelsel.domain.model.bottleneck;
