package nl.lerendstelsel.application.bottleneck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.PersonalDataRejectedException;
import nl.lerendstelsel.application.Profiles;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckChanged;
import nl.lerendstelsel.domain.model.bottleneck.BottleneckRepository;
import nl.lerendstelsel.domain.model.bottleneck.Comment;
import nl.lerendstelsel.domain.model.privacy.PersonalDataGuard;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.UserProfile;

/**
 * Comments on knelpunten and following them. Professionals, handlers and admins comment; the ministry and editors
 * read. Commenting also follows the knelpunt, so the author hears of the answers. Everyone signed in may follow.
 */
@ApplicationScoped
public class CommentService {

    static final int MAX_LENGTH = 5_000;

    private final PersonalDataGuard guard = new PersonalDataGuard();

    @Inject
    BottleneckRepository bottlenecks;

    @Inject
    Profiles people;

    @Inject
    BottleneckQueries queries;

    @Inject
    BottleneckChangeRecorder recorder;

    @Inject
    Clock clock;

    /** A page of comments, oldest first. */
    public record Page(List<Comment> items, long total, int page, int pageSize) {
    }

    @Transactional
    public Comment comment(String reference, String text, Caller caller) {
        if (!BottleneckRights.mayComment(caller)) {
            throw new AccessDeniedException(Message.of("access.comment"));
        }
        Bottleneck bottleneck = queries.load(reference, caller);
        UserProfile author = people.of(caller);
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw InvalidInputException.of("tekst", Message.of("input.comment.empty"));
        }
        if (body.length() > MAX_LENGTH) {
            throw InvalidInputException.of("tekst", Message.of("input.maxLength", MAX_LENGTH));
        }
        var findings = guard.inspect(body);
        if (!findings.isEmpty()) {
            throw new PersonalDataRejectedException(Map.of("tekst", findings));
        }
        Comment comment = new Comment(bottleneck, author, body, clock.instant());
        bottlenecks.add(comment);
        bottlenecks.lockForUpdate(bottleneck); // concurrent comments of one person: one follower row (R4)
        bottlenecks.follow(bottleneck, author.getId(), clock.instant());
        recorder.audit(author, "KNELPUNT_REACTIE", reference, caller, null);
        recorder.announce(new BottleneckChanged(reference, BottleneckChanged.What.COMMENT, author.getId(),
                Message.of("notification.summary.comment", author.getDisplayName()), body, null));
        return comment;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page comments(String reference, int page, int pageSize, Caller caller) {
        Bottleneck bottleneck = queries.load(reference, caller);
        int size = Math.max(1, Math.min(pageSize, 100));
        int number = Math.max(1, page);
        return new Page(bottlenecks.comments(bottleneck, (number - 1) * size, size), bottlenecks.commentCount(bottleneck),
                number, size);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Comment> allComments(Bottleneck bottleneck) {
        return bottlenecks.comments(bottleneck, 0, Integer.MAX_VALUE);
    }

    @Transactional
    public void follow(String reference, boolean follow, Caller caller) {
        Bottleneck bottleneck = queries.load(reference, caller);
        UserProfile person = people.of(caller);
        if (follow) {
            bottlenecks.lockForUpdate(bottleneck);
            bottlenecks.follow(bottleneck, person.getId(), clock.instant());
        } else {
            bottlenecks.unfollow(bottleneck, person.getId());
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isFollowing(String reference, Caller caller) {
        return isFollowing(queries.load(reference, caller), caller);
    }

    /** Whether the caller follows this knelpunt, which the caller has already been allowed to see. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isFollowing(Bottleneck bottleneck, Caller caller) {
        Long person = queries.viewer(caller).profileId();
        return person != null && bottlenecks.isFollowing(bottleneck, person);
    }

}
