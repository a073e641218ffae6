/** Themes of the Wet inburgering 2021 that knelpunten, communities and Q&A entries are filed under. */
package nl.lerendstelsel.domain.model.theme;
