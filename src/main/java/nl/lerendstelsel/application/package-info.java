/**
 * Use cases, grouped by feature: {@code bottleneck} (knelpunten), {@code community} (CoPs, meetings, discussions),
 * {@code qa} (vraag en antwoord, kennisbank), {@code signal} (signalen to SZW), {@code work} (Mijn werk, reminders),
 * {@code notification}, {@code statistics}, {@code search} and {@code administration} (beheer); {@code job} holds the
 * timed background jobs and {@code port} the interfaces that infrastructure implements for application. Every write goes
 * through a service here, in a container-managed transaction; the web UI and the REST API call them and never write
 * entities themselves. This root package holds only what every feature shares: the {@link nl.lerendstelsel.application.Caller},
 * the refusals ({@link nl.lerendstelsel.application.Refusal} and its kinds), {@link nl.lerendstelsel.application.FieldErrors}
 * and the per-request look-ups.
 */
package nl.lerendstelsel.application;
