/** Praktijkvoorbeelden: practice examples, their publication workflow and "ook bij ons toegepast". */
package nl.lerendstelsel.domain.model.practice;
