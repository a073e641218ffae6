package nl.lerendstelsel.interfaces.web.bottleneck;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import nl.lerendstelsel.application.bottleneck.CommentService;
import nl.lerendstelsel.interfaces.web.Feedback;

/**
 * Commenting on a knelpunt (form {@code reageren}, offered when the rights allow it: {@code comment}) and following it
 * (form {@code volgen}, everyone signed in).
 */
@Named("bottleneckComments")
@RequestScoped
public class CommentForm {

    @Inject
    BottleneckDetailPage page;

    @Inject
    CommentService comments;

    @Inject
    Feedback feedback;

    private String text;

    public String comment() {
        return feedback.run(() -> comments.comment(page.getReference(), text, page.caller()), "comments.done", Map.of(),
                "reageren:reactie") ? page.shownAgain() : null;
    }

    /** Follows the knelpunt, or stops following it. */
    public String toggleFollow() {
        boolean follow = !page.isFollowing();
        return feedback.run(() -> comments.follow(page.getReference(), follow, page.caller()), null, Map.of(), null)
                ? page.shownAgain() : null;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
