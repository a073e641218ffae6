package nl.lerendstelsel.application;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.domain.model.privacy.Finding;

/**
 * Free text contained personal data; nothing was stored. Carries, per field, what was found and where
 * (masked: the values themselves are never kept, shown or logged). API: 422.
 */
public class PersonalDataRejectedException extends RuntimeException {

    private final Map<String, List<Finding>> findings;

    public PersonalDataRejectedException(Map<String, List<Finding>> findings) {
        super("Persoonsgegevens gevonden in / personal data found in: " + findings.keySet());
        this.findings = Collections.unmodifiableMap(new LinkedHashMap<>(findings));
    }

    public Map<String, List<Finding>> findings() {
        return findings;
    }
}
