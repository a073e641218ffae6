/** The regulations of the Wet inburgering 2021 and references to their articles, cited by answers, knelpunten and signals. */
package nl.lerendstelsel.domain.model.law;
