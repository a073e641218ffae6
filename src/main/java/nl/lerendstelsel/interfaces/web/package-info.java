/**
 * The Faces web interface: backing beans ({@code @Named}, CDI scopes, pure getters, setup in
 * {@code @PostConstruct}) for the pages under {@code src/main/webapp}, grouped by feature like the use cases they call
 * ({@code bottleneck}, {@code community}, {@code qa}, {@code signal}, {@code statistics}, {@code administration},
 * {@code personal} for Mijn werk, notifications and the profile). This root package holds the Faces glue every page
 * shares: language, messages, feedback, navigation, downloads, the CSP nonce and error handling. Beans read through
 * application services and never write entities themselves.
 */
package nl.lerendstelsel.interfaces.web;
