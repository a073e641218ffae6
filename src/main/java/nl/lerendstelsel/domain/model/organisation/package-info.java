/** Organisations (gemeenten and partners) and the arbeidsmarktregio's gemeenten belong to. */
package nl.lerendstelsel.domain.model.organisation;
