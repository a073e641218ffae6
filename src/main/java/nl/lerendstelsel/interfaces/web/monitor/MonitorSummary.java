package nl.lerendstelsel.interfaces.web.monitor;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.util.stream.Collectors;
import nl.lerendstelsel.application.monitor.MonitorService;
import nl.lerendstelsel.domain.model.monitor.Answer;
import nl.lerendstelsel.domain.model.monitor.MonitorQuestion;
import nl.lerendstelsel.domain.model.monitor.QuestionKind;
import nl.lerendstelsel.domain.model.monitor.RoundResults;
import nl.lerendstelsel.domain.model.user.Role;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.Language;
import nl.lerendstelsel.interfaces.web.Messages;

/** Answers and figures of monitor rounds in one line each, in the reader's language (for tables). */
@Named("monitorSummary")
@RequestScoped
public class MonitorSummary {

    @Inject
    Language language;

    @Inject
    CurrentUser currentUser;

    /** An answer as read: the options chosen, the number with its unit, or the text; a dash when there is none. */
    public String answer(MonitorQuestion question, Answer answer) {
        if (answer == null || answer.isEmpty()) {
            return "–";
        }
        if (answer.number() != null) {
            return number(answer.number()) + (question.getUnit() == null ? "" : " " + question.getUnit());
        }
        if (answer.text() != null) {
            return answer.text();
        }
        return answer.choices().stream().map(c -> option(question, c)).collect(Collectors.joining(", "));
    }

    /** A question's figures in one line: options with their share, or mean and median; and how many answered. */
    public String figure(RoundResults.QuestionResult result) {
        if (result == null || result.answered() == 0) {
            return msg("monitor.figure.none");
        }
        MonitorQuestion question = result.question();
        String answered = Messages.format(FacesContext.getCurrentInstance(), "monitor.figure.answered", result.answered());
        if (question.getKind().isNumber()) {
            return Messages.format(FacesContext.getCurrentInstance(), "monitor.figure.meanMedian", number(result.mean()),
                    number(result.median())) + " (" + answered + ")";
        }
        if (question.getKind() == QuestionKind.OPEN) {
            return answered;
        }
        return result.options().stream().map(o -> option(question, o.option()) + " " + o.percent() + " %")
                .collect(Collectors.joining(", ")) + " (" + answered + ")";
    }

    /** A yes/no option in the reader's language; the other options as written. */
    public String option(MonitorQuestion question, String option) {
        return question.getKind() == QuestionKind.JA_NEE ? msg("monitor.answer." + option) : option;
    }

    /** Codes or options in their order (sorted when a set), with {@code separator} between them. */
    public String joined(java.util.Collection<String> values, String separator) {
        return values == null ? "" : (values instanceof java.util.Set ? values.stream().sorted() : values.stream())
                .collect(Collectors.joining(separator));
    }

    public String number(Double value) {
        if (value == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getNumberInstance(language.getLocale());
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    /** Whether the reader reports knelpunten (and so may turn an open answer into one). */
    public boolean isReporter() {
        return currentUser.caller().map(c -> c.has(Role.PROFESSIONAL) || c.has(Role.ADMIN)).orElse(false);
    }

    public boolean isManager() {
        return currentUser.caller().map(MonitorService::manages).orElse(false);
    }

    private static String msg(String key) {
        return Messages.get(FacesContext.getCurrentInstance(), key);
    }
}
