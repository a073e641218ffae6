/** The pages of the praktijkvoorbeelden: the public catalogue and detail page, the writers' form and list, the editors' queue. */
package nl.lerendstelsel.interfaces.web.practice;
