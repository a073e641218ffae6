package nl.lerendstelsel.interfaces.web;

import java.io.Serializable;

/**
 * The title and description a form writes — of a knelpunt (reported, edited, or one part of a split) or of a CoP outcome
 * (recorded or edited) — bound as the form's {@code title} and {@code description}.
 */
public class TitleFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String description;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
