package nl.lerendstelsel.interfaces.rest.cops;

/** Request body for a switch (pinned, locked): true or absent is on, false is off. */
public record Aan(Boolean aan) {

    public boolean on() {
        return aan == null || aan;
    }
}
