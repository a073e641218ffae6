/** The append-only audit log of state changes, moderation acts and access events. */
package nl.lerendstelsel.domain.model.audit;
