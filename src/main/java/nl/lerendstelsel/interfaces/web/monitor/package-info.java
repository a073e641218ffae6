/** The pages of monitor rounds (issue 29): the list, the draft form, filling in, the results. */
package nl.lerendstelsel.interfaces.web.monitor;
