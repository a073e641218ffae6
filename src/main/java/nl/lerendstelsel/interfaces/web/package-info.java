/**
 * The Faces web interface: backing beans ({@code @Named}, CDI scopes, pure getters, setup in
 * {@code @PostConstruct}) for the pages under {@code src/main/webapp}. Beans read through application
 * services and never write entities themselves.
 */
package nl.lerendstelsel.interfaces.web;
