/**
 * Vraag en antwoord (questions, answers, the editorial sign-off of the partners) and the kennisbank.
 */
package nl.lerendstelsel.application.qa;
