/**
 * The monitoring figures of the lerend stelsel: counts, trends and lead times of knelpunten and signals. The database
 * does the counting (grouped queries); these types turn the grouped rows into what people read: months, percentiles in
 * working days, tables.
 */
package nl.lerendstelsel.domain.model.statistics;
