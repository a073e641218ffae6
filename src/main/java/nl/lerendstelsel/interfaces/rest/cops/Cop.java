package nl.lerendstelsel.interfaces.rest.cops;

import java.util.List;

/** A CoP as the caller sees it, with their own standing ({@code mijnStatus}: null, AANGEVRAAGD, ACTIEF, …). */
public record Cop(long id, String naam, String omschrijving, String lidmaatschap, boolean landelijk, List<String> themas,
                  List<String> regios, long leden, String mijnStatus, String mijnRol, boolean facilitator, long versie) {
}
