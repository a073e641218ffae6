package nl.lerendstelsel.interfaces.rest.cops;

import nl.lerendstelsel.interfaces.rest.NotRequired;

/** Request body for a switch (pinned, locked): true or absent is on, false is off. */
public record Aan(@NotRequired Boolean aan) {

    public boolean on() {
        return aan == null || aan;
    }
}
