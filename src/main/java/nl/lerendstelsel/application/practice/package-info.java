/** Praktijkvoorbeelden: writing and the editorial workflow ({@code PracticeService}), the catalogue and a practice as one may see it ({@code PracticeQueries}), and "ook bij ons toegepast" ({@code PracticeAdoptions}). */
package nl.lerendstelsel.application.practice;
