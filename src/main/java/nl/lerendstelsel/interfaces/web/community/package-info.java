/**
 * Communities of Practice: the directory, a CoP, its meetings, outcomes, discussions and moderation.
 */
package nl.lerendstelsel.interfaces.web.community;
