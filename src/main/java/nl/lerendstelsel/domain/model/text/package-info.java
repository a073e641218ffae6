/** Text that people write on the platform, and how it is shown safely. */
package nl.lerendstelsel.domain.model.text;
