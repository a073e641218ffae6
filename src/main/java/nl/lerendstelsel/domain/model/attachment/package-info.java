/** Files attached to knelpunten: kinds recognised by content, metadata and bytes stored apart. */
package nl.lerendstelsel.domain.model.attachment;
