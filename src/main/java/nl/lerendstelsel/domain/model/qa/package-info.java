/**
 * Vraag &amp; antwoord: entries with immutable published versions signed off by the named partners (Divosa, VNG,
 * SZW), law references as readable citations, usefulness feedback, and questions people ask.
 */
package nl.lerendstelsel.domain.model.qa;
