package nl.lerendstelsel.domain.model.monitor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What the submitted answers to a round's questions add up to, per question: how many answered it, per option (scale
 * points 1–5 included) the count and the share of those who answered, the mean and median of numbers and scales, and
 * the open answers as written (without who wrote them).
 */
public final class RoundResults {

    private RoundResults() {
    }

    /** An option (or scale point) and how many chose it; {@code share} of those who answered the question, 0–1. */
    public record OptionCount(String option, long count, double share) {

        /** The share as a whole percentage, rounded half up. */
        public long percent() {
            return Math.round(share * 100);
        }
    }

    /** The figures of one question. */
    public record QuestionResult(MonitorQuestion question, long answered, List<OptionCount> options, Double mean,
                                 Double median, List<String> texts) {
    }

    /** The figures of each question, in order, over the responses given (only submitted ones count). */
    public static List<QuestionResult> of(List<MonitorQuestion> questions, List<MonitorResponse> responses) {
        List<MonitorResponse> submitted = responses.stream().filter(MonitorResponse::isSubmitted).toList();
        return questions.stream().map(q -> of(q, submitted.stream().map(r -> r.answerTo(q)).toList())).toList();
    }

    /** The figures of one question over these answers (empty ones do not count). */
    public static QuestionResult of(MonitorQuestion question, List<Answer> given) {
        List<Answer> answers = given.stream().filter(Objects::nonNull).filter(a -> !a.isEmpty()).toList();
        long answered = answers.size();
        List<OptionCount> options = new ArrayList<>();
        List<String> points = question.getKind() == QuestionKind.SCHAAL ? List.of("1", "2", "3", "4", "5") : question.getOptions();
        for (String option : points) {
            long count = question.getKind() == QuestionKind.SCHAAL
                    ? answers.stream().filter(a -> a.number() != null && a.number().longValue() == Long.parseLong(option)).count()
                    : answers.stream().filter(a -> a.choices().contains(option)).count();
            options.add(new OptionCount(option, count, answered == 0 ? 0 : (double) count / answered));
        }
        List<Double> numbers = answers.stream().map(Answer::number).filter(Objects::nonNull).sorted(Comparator.naturalOrder()).toList();
        Double mean = numbers.isEmpty() ? null : numbers.stream().mapToDouble(Double::doubleValue).sum() / numbers.size();
        Double median = numbers.isEmpty() ? null : numbers.size() % 2 == 1 ? numbers.get(numbers.size() / 2)
                : (numbers.get(numbers.size() / 2 - 1) + numbers.get(numbers.size() / 2)) / 2;
        List<String> texts = answers.stream().map(Answer::text).filter(Objects::nonNull).toList();
        return new QuestionResult(question, answered, List.copyOf(options), mean, median, texts);
    }

    /** How many of those asked answered: overall, or of a region or province ({@code key}, {@code name}). */
    public record ResponseRate(String key, String name, long asked, long answered) {

        /** Answered as a whole percentage of asked, rounded half up; 0 when nobody was asked. */
        public long percent() {
            return asked == 0 ? 0 : Math.round(100.0 * answered / asked);
        }
    }
}
