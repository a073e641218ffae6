/**
 * Lerend Stelsel: the collaboration platform of the lerend stelsel inburgering.
 * <p>
 * Layered as in Eclipse Cargo Tracker: {@code domain.model} holds entities, value objects and repository
 * interfaces per aggregate; {@code application} holds the use-case services (every write goes through one,
 * in a transaction); {@code infrastructure} holds persistence, security and configuration; {@code interfaces}
 * holds the Faces web UI and the REST API.
 */
package nl.lerendstelsel;
