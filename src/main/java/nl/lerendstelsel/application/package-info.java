/**
 * Use-case services. Every write goes through one of these, in a container-managed transaction; the web
 * UI and the REST API call them and never write entities themselves.
 */
package nl.lerendstelsel.application;
