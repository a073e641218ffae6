/** Settings an admin may change while the platform runs: what they are, their limits, and how they are checked. */
package nl.lerendstelsel.domain.model.settings;
