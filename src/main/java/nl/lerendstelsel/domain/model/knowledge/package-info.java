/**
 * The kennisbank: research, monitors, guides, analyses, infographics, news and tools from partners, managed by editors
 * as concept, published or archived items, with a link and/or a file.
 */
package nl.lerendstelsel.domain.model.knowledge;
