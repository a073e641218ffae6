package nl.lerendstelsel.domain.model.theme;

import java.util.List;
import java.util.Optional;

public interface ThemeRepository {

    /** All themes in their display order; retired themes only when asked for. */
    List<Theme> all(boolean includeRetired);

    Optional<Theme> find(String code);

    void add(Theme theme);
}
