package nl.lerendstelsel.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.ConcurrentChangeException;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.application.NotPossibleException;
import nl.lerendstelsel.application.PersonalDataRejectedException;
import nl.lerendstelsel.domain.model.RuleException;
import nl.lerendstelsel.domain.model.bottleneck.WorkflowException;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.interfaces.security.AccessDenials;
import nl.lerendstelsel.interfaces.security.CurrentUser;

/** The application's exceptions as problem details: which status, and which extra members tell the client what to fix. */
final class ApplicationExceptionMappers {

    private ApplicationExceptionMappers() {
    }

    /**
     * What every mapper needs: the request, to name the instance of the problem, and the current user and the audit
     * of refusals, for the mappers that answer 403.
     */
    abstract static class ProblemMapper<E extends Throwable> implements ExceptionMapper<E> {
        @Context
        UriInfo uri;

        @Context
        HttpServletRequest request;

        @Inject
        CurrentUser currentUser;

        @Inject
        AccessDenials denials;

        Response problem(int status, String detail, JsonObjectBuilder extra) {
            return Problem.response(status, detail, uri.getRequestUri().getPath(), extra);
        }

        /** A refused API call in the audit log: who, which operation (method and path), from where. */
        void recordRefusal() {
            String actor;
            try {
                actor = currentUser.user().map(u -> u.username()).orElse(null);
            } catch (RuntimeException e) {
                actor = null;
            }
            denials.record(request, actor, "API", request.getRequestURI().substring(request.getContextPath().length()));
        }
    }

    @Provider
    public static class AccessDenied extends ProblemMapper<AccessDeniedException> {
        @Override
        public Response toResponse(AccessDeniedException e) {
            recordRefusal();
            return problem(403, e.getMessage(), null);
        }
    }

    /**
     * A body that is not JSON, or JSON of the wrong shape (an array for an object, text for a number): the client's
     * mistake, so 400 with what to fix. Anything else that goes wrong while reading a body is unexpected (500).
     */
    @Provider
    public static class UnreadableBody extends ProblemMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof JsonbException || cause instanceof JsonException) {
                    return problem(400, RuleException.bothLanguages(Message.of("problem.unreadableBody")), null);
                }
            }
            return new UnexpectedExceptionMapper().toResponse(e, uri);
        }
    }

    @Provider
    public static class NotFound extends ProblemMapper<NotFoundException> {
        @Override
        public Response toResponse(NotFoundException e) {
            return problem(404, e.getMessage(), null);
        }
    }

    /**
     * 409 for a lost optimistic-lock race that a service did not turn into a {@link ConcurrentChangeException} itself
     * (a safety net: the change was rolled back, nothing was lost).
     */
    @Provider
    public static class OptimisticLock extends ProblemMapper<OptimisticLockException> {
        @Override
        public Response toResponse(OptimisticLockException e) {
            return problem(409, RuleException.bothLanguages(Message.of("problem.optimisticLock")), null);
        }
    }

    /** 409: not possible in the current state (a rule beyond the workflow table). */
    @Provider
    public static class NotPossible extends ProblemMapper<NotPossibleException> {
        @Override
        public Response toResponse(NotPossibleException e) {
            return problem(409, e.getMessage(), null);
        }
    }

    /** 400 with {@code invalidParams}: one entry per offending field (API Design Rules). */
    @Provider
    public static class InvalidInput extends ProblemMapper<InvalidInputException> {
        @Override
        public Response toResponse(InvalidInputException e) {
            JsonArrayBuilder params = Json.createArrayBuilder();
            e.reasons().forEach((field, reason) -> params.add(Json.createObjectBuilder().add("name", field)
                    .add("reason", RuleException.bothLanguages(reason))));
            return problem(400, RuleException.bothLanguages(Message.of("problem.invalidInput")),
                    Json.createObjectBuilder().add("invalidParams", params));
        }
    }

    /** 422: what the personal-data guard found, per field and position, masked. */
    @Provider
    public static class PersonalData extends ProblemMapper<PersonalDataRejectedException> {
        @Override
        public Response toResponse(PersonalDataRejectedException e) {
            JsonArrayBuilder found = Json.createArrayBuilder();
            e.findings().forEach((field, findings) -> findings.forEach(f -> {
                var finding = Json.createObjectBuilder()
                        .add("veld", field)
                        .add("soort", f.kind().name())
                        .add("omschrijving", f.kind().description(Message.DUTCH))
                        .add("positie", f.start())
                        .add("lengte", f.end() - f.start())
                        .add("weergave", f.masked());
                if (f.file() != null) {
                    finding.add("bestand", f.file()).add("melding", RuleException.bothLanguages(f.reason()));
                }
                found.add(finding);
            }));
            return problem(422, RuleException.bothLanguages(Message.of("problem.personalData")),
                    Json.createObjectBuilder().add("bevindingen", found));
        }
    }

    /** 409 with the current version, so the client can reload and decide again. */
    @Provider
    public static class Conflict extends ProblemMapper<ConcurrentChangeException> {
        @Override
        public Response toResponse(ConcurrentChangeException e) {
            return problem(409, RuleException.bothLanguages(Message.of("problem.concurrentChange")),
                    Json.createObjectBuilder().add("referentie", e.reference()).add("huidigeVersie", e.currentVersion()));
        }
    }

    /** A workflow step that is not possible now (409), not the caller's to take (403) or lacks its text (400). */
    @Provider
    public static class Workflow extends ProblemMapper<WorkflowException> {
        @Override
        public Response toResponse(WorkflowException e) {
            int status = switch (e.reason()) {
                case NOT_ALLOWED -> 409;
                case NOT_PERMITTED_FOR_ACTOR -> 403;
                case REASON_REQUIRED, FEEDBACK_REQUIRED -> 400;
            };
            if (status == 403) {
                recordRefusal();
            }
            return problem(status, e.dutchMessage() + " / " + e.englishMessage(),
                    Json.createObjectBuilder().add("reden", e.reason().name()));
        }
    }
}
