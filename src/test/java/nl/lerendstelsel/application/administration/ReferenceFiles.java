package nl.lerendstelsel.application.administration;

import java.util.List;
import java.util.Map;

/** The shipped reference files (gemeenten, regions, partners, themes) for test-scope tools, read as the application reads them. */
public final class ReferenceFiles {

    private ReferenceFiles() {
    }

    /** Rows of {@code referentiedata/<name>} (e.g. {@code gemeenten.csv}) as column → value. */
    public static List<Map<String, String>> read(String name) {
        return SemicolonSeparatedResource.read(ReferenceDataLoader.BASE + name);
    }
}
