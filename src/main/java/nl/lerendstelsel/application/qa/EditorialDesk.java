package nl.lerendstelsel.application.qa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.Profiles;
import nl.lerendstelsel.application.administration.AuditLog;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.domain.model.user.UserProfile;

/** Who may do editorial work on the Q&amp;A base (editors and admins), and the audit record of what they did. */
@ApplicationScoped
class EditorialDesk {

    @Inject
    Profiles people;

    @Inject
    AuditLog auditLog;

    UserProfile requireEditor(Caller caller) {
        if (!caller.has(Role.EDITOR) && !caller.has(Role.ADMIN)) {
            throw new AccessDeniedException(Message.of("access.qa.editorsOnly"));
        }
        return people.of(caller);
    }

    void audit(UserProfile actor, String action, String type, Long id, Caller caller) {
        audit(actor, action, type, id, caller, null);
    }

    /** The same with details (a reason, the organisation an approver signed for). */
    void audit(UserProfile actor, String action, String type, Long id, Caller caller, String details) {
        auditLog.success(actor, action, type, id, caller, details);
    }
}
