package nl.lerendstelsel.domain.model.bottleneck;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import nl.lerendstelsel.domain.model.text.Labelled;

/**
 * Which inburgeraars a knelpunt concerns (doelgroep), as the Wet inburgering 2021 distinguishes them: statushouders
 * (asylum permit holders and their nareizigers), gezinsmigranten, the other inburgeringsplichtigen (such as
 * oudkomers with a duty that still runs), and vrijwillige inburgeraars (EU citizens and others without a duty). A
 * knelpunt may concern several (the seeds: the gemeente "ondersteunt statushouders en gezinsmigranten"), or say none.
 */
public enum TargetGroup implements Labelled {
    STATUSHOUDERS,
    GEZINSMIGRANTEN,
    OVERIGE_INBURGERINGSPLICHTIGEN,
    VRIJWILLIGE_INBURGERAARS;

    @Override
    public String labelKey() {
        return "bottleneck.targetGroup." + name();
    }

    /** The value of a code as the API and the URL write it ({@code statushouders}, case-insensitive). */
    public static Optional<TargetGroup> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(g -> g.name().equals(wanted)).findFirst();
    }

    /** The code the API and the URL use: the name in lower case, {@code overige-inburgeringsplichtigen}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
