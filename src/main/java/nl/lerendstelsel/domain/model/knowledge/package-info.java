/** The kennisbank: research, guides, news and monitors from partners, managed by editors. */
package nl.lerendstelsel.domain.model.knowledge;
