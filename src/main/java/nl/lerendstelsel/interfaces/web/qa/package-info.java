/**
 * Vraag en antwoord and the kennisbank: public pages, asking, the editorial work.
 */
package nl.lerendstelsel.interfaces.web.qa;
