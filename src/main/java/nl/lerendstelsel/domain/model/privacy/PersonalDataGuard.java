package nl.lerendstelsel.domain.model.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.lerendstelsel.domain.model.privacy.Finding.Kind;

/**
 * Checks free text for personal data before it is stored: BSNs (with the 11-proef), e-mail addresses, telephone
 * numbers, V-numbers and dates of birth. It reports what it found and where, never the values themselves, and it logs
 * nothing. Stateless and thread-safe; all patterns are compiled once and every detector makes a single pass over the
 * text, so the cost grows linearly with its length.
 *
 * <p>The text is first read as people read it ({@link GuardText}): fullwidth and other Unicode digits as digits,
 * invisible characters and HTML tags left out, {@code naam [at] domein [punt] nl} as an address, {@code BSN123456782}
 * as a keyword and a number; a number split across lines is read once more joined. Findings point into the text as
 * written.
 *
 * <p>Where candidates overlap, each region is reported once: the longest candidate wins, and of equally long ones the
 * most specific kind (V-number, BSN, date of birth, e-mail, telephone number, in that order).
 */
public final class PersonalDataGuard {

    /** Characters between the keyword "V-nummer" (and its variants) and the number itself. */
    static final int V_NUMBER_KEYWORD_DISTANCE = 20;
    /** Characters between a date and a word such as "geboren", before or after the date. */
    static final int BIRTH_KEYWORD_DISTANCE = 30;

    private static final String SPACES = " \\u00A0\\u202F";
    private static final String DASHES = "\\-\\u2010\\u2011\\u2012\\u2013\\u2212";
    private static final String GROUP_SEPARATOR = "[" + SPACES + "." + DASHES + "]";

    /**
     * Nine digits as 123456782, 1234 56 782, 123.456.782, 123-456-782, …, or eight digits (leading zero dropped). Further
     * checks in {@link #findBsns}: the 11-proef, and not glued to letters, to a longer number or to a currency.
     */
    private static final Pattern BSN_CANDIDATE = Pattern.compile("(?<!\\d)(?:"
            + "\\d{4}(" + GROUP_SEPARATOR + ")\\d{2}\\1\\d{3}"
            + "|\\d{3}(" + GROUP_SEPARATOR + ")\\d{3}\\2\\d{3}"
            + "|\\d{9}|\\d{8})(?!\\d)");

    /** Uppercase IBAN-shaped tokens, compact or in groups of four; BSN-, phone- and V-number candidates inside are ignored. */
    private static final Pattern IBAN = Pattern.compile(
            "(?<![\\p{L}\\p{N}])[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![\\p{L}\\p{N}])");

    /**
     * An e-mail address candidate: local part, @, domain. Character classes with possessive quantifiers only, so that
     * long runs such as a.a.a.a… cannot make the matcher backtrack or recurse; the structure (no empty labels, a
     * top-level domain of letters) is checked in {@link #findEmails}.
     */
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\p{N}_%+.\\-])[\\p{L}\\p{N}_%+\\-][\\p{L}\\p{N}_%+.\\-]*+@[\\p{L}\\p{N}][\\p{L}\\p{N}.\\-]*+");

    private static final Pattern V_NUMBER_PREFIXED = Pattern.compile("(?<![\\p{L}\\p{N}])[Vv][.\\-]?(\\d{10})(?!\\d)");
    private static final Pattern V_NUMBER_KEYWORD = Pattern.compile(
            "(?<!\\p{L})(?=[vV])(?:v[.\\-\\s]?(?:nummers?|nrs?)|vreemdelingen[\\-\\s]?(?:nummers?|nrs?))(?!\\p{L})\\.?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TEN_DIGITS = Pattern.compile("(?<!\\d)\\d{10}(?!\\d)");

    private static final String DAY = "(?:0?[1-9]|[12]\\d|3[01])";
    private static final String MONTH = "(?:0?[1-9]|1[0-2])";
    private static final String YEAR = "(?:19|20)\\d{2}";
    private static final String MONTH_NAME = "(?:jan(?:uari|uary)?|feb(?:ruari|ruary)?|maart|mrt|mar(?:ch)?|apr(?:il)?|mei|may"
            + "|jun[ie]?|jul[iy]?|aug(?:ustus|ust)?|sep(?:t(?:ember)?)?|o[kc]t(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?!\\p{L})\\.?";
    private static final String WHITE = "[" + SPACES + "]+";
    /** A four-digit year, or '90 with an apostrophe. */
    private static final String WRITTEN_YEAR = "(?:" + YEAR + "|['\u2019]\\d{2})";

    /** Any date: 12-3-1990, 12/03/90, 12.03.1990, 1990-03-12, 12 maart 1990, 3 jan. 1985, 3 jan '85, March 12, 1990. */
    private static final Pattern DATE = Pattern.compile("(?=[\\dJFMASONDjfmasond])(?:"
            + "(?<!\\d|\\d[\\-./])" + DAY + "(?<sep>[\\-./])" + MONTH + "\\k<sep>(?:19|20)?\\d{2}(?!\\d|[\\-./]\\d)"
            + "|(?<!\\d|\\d[\\-./])" + YEAR + "-" + MONTH + "-" + DAY + "(?!\\d|[\\-./]\\d)"
            + "|(?<!\\d)" + DAY + "(?:e|ste|st|nd|rd|th)?" + WHITE + "(?:of" + WHITE + ")?" + MONTH_NAME + ",?" + WHITE + WRITTEN_YEAR + "(?!\\d)"
            + "|(?<!\\p{L})" + MONTH_NAME + WHITE + DAY + "(?:st|nd|rd|th)?,?" + WHITE + WRITTEN_YEAR + "(?!\\d))",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern BIRTH_KEYWORD = Pattern.compile("(?<!\\p{L})(?=[gbdGBD])(?:geboortedatum|geboortedag|geb\\.?\\s?dat(?:um|\\.)?"
            + "|geboren|geb\\.?|born|birth\\s?(?:date|day)|date\\s+of\\s+birth|d\\.o\\.b\\.?|dob)(?!\\p{L})",
            Pattern.CASE_INSENSITIVE);

    private static final int MAX_DOMAIN_LENGTH = 253;
    private static final int MAX_PHONE_GROUPS = 8;
    private static final int MAX_PHONE_GROUP_DIGITS = 15;

    /** The personal data in {@code text}, sorted by position; empty if there is none or the text is null or blank. */
    public List<Finding> inspect(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        GuardText read = GuardText.of(text);
        GuardText joined = read.joinedNumbers();
        if (!read.changed(text) && joined == read) {
            return inspectAsWritten(text);
        }
        List<Finding> found = new ArrayList<>();
        for (Finding f : inspectAsWritten(read.text)) {
            found.add(inOriginal(read, f));
        }
        if (joined != read) {
            // joined across lines, only nine-digit BSNs count: eight digits are too often two years on two lines
            for (Finding f : inspectAsWritten(joined.text)) {
                boolean number = f.kind() == Kind.PHONE || f.kind() == Kind.V_NUMBER
                        || (f.kind() == Kind.BSN && f.masked().length() == 9);
                if (number) {
                    found.add(inOriginal(joined, f));
                }
            }
        }
        return resolve(found);
    }

    /** {@code f}, found in {@code read}, at its place in the text as written. */
    private static Finding inOriginal(GuardText read, Finding f) {
        return new Finding(f.kind(), read.originalStart(f.start()), read.originalEnd(f.end()), f.masked());
    }

    /** The findings in {@code text} taken literally (after {@link GuardText} has read it). */
    private static List<Finding> inspectAsWritten(String text) {
        List<Region> ibans = regions(IBAN, text);
        List<Region> dates = regions(DATE, text);
        List<Finding> candidates = new ArrayList<>();
        findBsns(text, ibans, candidates);
        findEmails(text, candidates);
        findPhones(text, ibans, dates, candidates);
        findVNumbers(text, ibans, candidates);
        findDatesOfBirth(text, dates, candidates);
        return resolve(candidates);
    }

    /** Whether {@code text} holds no personal data that this guard recognises. */
    public boolean isClean(String text) {
        return inspect(text).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------- BSN

    private static void findBsns(String text, List<Region> ibans, List<Finding> out) {
        Matcher m = BSN_CANDIDATE.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            String digits = digitsOf(text, start, end);
            if (!Bsn.passesElevenTest(digits)) {
                continue;
            }
            String separator = m.group(1) != null ? m.group(1) : m.group(2);
            boolean spaceGrouped = separator != null && isSpace(separator.charAt(0));
            if (gluedToWord(text, start, end) || gluedToNumber(text, start, end, spaceGrouped) || nextToCurrency(text, start, end)
                    || overlapsAny(ibans, start, end)) {
                continue;
            }
            out.add(new Finding(Kind.BSN, start, end, maskDigits("", digits)));
        }
    }

    /** Codes such as the CBS buurtcode BU03440312 or the VAT number NL123456782B01: letters directly against the digits. */
    private static boolean gluedToWord(String text, int start, int end) {
        return (start > 0 && Character.isLetter(text.charAt(start - 1))) || (end < text.length() && Character.isLetter(text.charAt(end)));
    }

    /**
     * Whether the candidate is only part of a longer number: 1.123.456.782, 2026-12345678, 123456782,5, or for numbers
     * grouped with spaces also 12 123 456 782.
     */
    private static boolean gluedToNumber(String text, int start, int end, boolean spaceGrouped) {
        if (start >= 2 && isDigit(text.charAt(start - 2))) {
            char before = text.charAt(start - 1);
            if (isJoiner(before) || (spaceGrouped && isSpace(before))) {
                return true;
            }
        }
        if (end + 1 < text.length()) {
            char after = text.charAt(end);
            char next = text.charAt(end + 1);
            if (isDigit(next) && (isJoiner(after) || (spaceGrouped && isSpace(after)))) {
                return true;
            }
            if (after == ',' && (next == '-' || next == '=')) {
                return true;
            }
        }
        return false;
    }

    /** Amounts: € 111.222.333, EUR 111222333, 111.222.333 euro. */
    private static boolean nextToCurrency(String text, int start, int end) {
        int p = start;
        for (int spaces = 0; p > 0 && spaces < 2 && isSpace(text.charAt(p - 1)); spaces++) {
            p--;
        }
        if (p > 0) {
            char c = text.charAt(p - 1);
            if (c == '€' || c == '$' || c == '£' || endsWithWord(text, p, "eur") || endsWithWord(text, p, "euro")) {
                return true;
            }
        }
        int q = end;
        for (int spaces = 0; q < text.length() && spaces < 2 && isSpace(text.charAt(q)); spaces++) {
            q++;
        }
        return q < text.length() && (text.charAt(q) == '€' || startsWithWord(text, q, "eur") || startsWithWord(text, q, "euro"));
    }

    // ---------------------------------------------------------------------------------------------------- e-mail

    private static void findEmails(String text, List<Finding> out) {
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            int at = text.indexOf('@', m.start());
            String local = text.substring(m.start(), at);
            int end = m.end();
            while (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-') {
                end--;
            }
            String domain = text.substring(at + 1, end);
            while (!isDomain(domain) && domain.length() <= MAX_DOMAIN_LENGTH) {
                int cut = Math.max(domain.lastIndexOf('.'), domain.lastIndexOf('-'));
                if (cut <= 0) {
                    break;
                }
                domain = domain.substring(0, cut);
            }
            end = at + 1 + domain.length();
            if (local.endsWith(".") || local.contains("..") || !isDomain(domain)) {
                continue;
            }
            String masked = local.substring(0, Character.charCount(local.codePointAt(0))) + "***@" + domain;
            out.add(new Finding(Kind.EMAIL, m.start(), end, masked));
        }
    }

    /** At least two labels, none empty, none starting with a dash, the last one two to 63 letters. */
    private static boolean isDomain(String domain) {
        int lastDot = domain.lastIndexOf('.');
        if (lastDot < 0 || domain.length() > MAX_DOMAIN_LENGTH || domain.contains("..") || domain.contains(".-")) {
            return false;
        }
        int tld = domain.length() - lastDot - 1;
        if (tld < 2 || tld > 63) {
            return false;
        }
        for (int i = lastDot + 1; i < domain.length(); i++) {
            if (!Character.isLetter(domain.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------------------------------------------- telephone

    /** A run of digits inside a telephone candidate; {@code end} includes a closing parenthesis. */
    private record Group(int end, String digits, boolean parenthesised, char separatorBefore) {
    }

    private static void findPhones(String text, List<Region> ibans, List<Region> dates, List<Finding> out) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            boolean startChar = c == '0'
                    || (c == '+' && i + 1 < n && isDigit(text.charAt(i + 1)))
                    || (c == '(' && i + 2 < n && text.charAt(i + 1) == '+' && isDigit(text.charAt(i + 2)))
                    || (c == '(' && i + 2 < n && text.charAt(i + 1) == '0' && isDigit(text.charAt(i + 2)));
            if (startChar && mayStartNumber(text, i)) {
                Finding phone = phoneAt(text, i);
                if (phone != null && !overlapsAny(ibans, phone.start(), phone.end()) && !overlapsAny(dates, phone.start(), phone.end())) {
                    out.add(phone);
                    i = phone.end();
                    continue;
                }
            }
            i++;
        }
    }

    /** Not inside a word, a number or a reference such as KP-2026-00042. */
    private static boolean mayStartNumber(String text, int i) {
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        if (Character.isLetterOrDigit(before) || before == '+' || before == '_' || before == '@') {
            return false;
        }
        return !(isJoiner(before) && i >= 2 && isDigit(text.charAt(i - 2)));
    }

    private static Finding phoneAt(String text, int start) {
        List<Group> groups = scanGroups(text, start);
        if (groups.isEmpty()) {
            return null;
        }
        boolean plus = text.charAt(start) == '+' || text.startsWith("(+", start);
        boolean international = plus || groups.get(0).digits().startsWith("00");
        return international ? internationalPhone(text, start, groups, plus) : nationalPhone(text, start, groups);
    }

    /**
     * Digit groups from {@code start}, separated by at most one space, dash, dot or slash (with at most one space on
     * either side), and possibly in parentheses: 06-1234 5678, 06/12345678, +31 (0)20 123 4567, (0591) 123456, (+31) 6….
     */
    private static List<Group> scanGroups(String text, int start) {
        int n = text.length();
        List<Group> groups = new ArrayList<>(4);
        int p = text.charAt(start) == '+' ? start + 1 : start;
        char separator = 0;
        while (groups.size() < MAX_PHONE_GROUPS) {
            boolean parenthesised = p < n && text.charAt(p) == '(';
            int digitsStart = parenthesised ? p + 1 : p;
            if (parenthesised && groups.isEmpty() && digitsStart < n && text.charAt(digitsStart) == '+') {
                digitsStart++;
            }
            int q = digitsStart;
            while (q < n && isDigit(text.charAt(q))) {
                q++;
            }
            int length = q - digitsStart;
            if (length == 0 || length > MAX_PHONE_GROUP_DIGITS) {
                break;
            }
            if (parenthesised) {
                if (q < n && text.charAt(q) == ')') {
                    q++;
                } else {
                    break;
                }
            }
            groups.add(new Group(q, text.substring(digitsStart, q - (parenthesised ? 1 : 0)), parenthesised, separator));
            int r = q;
            separator = 0;
            if (r < n && isSpace(text.charAt(r))) {
                r++;
                separator = ' ';
            }
            if (r < n && (isDash(text.charAt(r)) || text.charAt(r) == '.' || text.charAt(r) == '/')) {
                separator = isDash(text.charAt(r)) ? '-' : text.charAt(r);
                r++;
                if (r < n && isSpace(text.charAt(r))) {
                    r++;
                }
            }
            boolean more = r < n && (isDigit(text.charAt(r)) || (text.charAt(r) == '(' && r + 1 < n && isDigit(text.charAt(r + 1))));
            if (!more) {
                break;
            }
            p = r;
        }
        return groups;
    }

    /** 0 followed by nine digits; a separate first group is an area code (010, 0591) or 06. */
    private static Finding nationalPhone(String text, int start, List<Group> groups) {
        String first = groups.get(0).digits();
        if (first.length() < 2 || first.charAt(1) == '0' || (first.length() == 2 && !first.equals("06"))) {
            return null;
        }
        StringBuilder digits = new StringBuilder();
        for (Group group : groups) {
            digits.append(group.digits());
            if (digits.length() == 10) {
                return phoneFinding(text, start, group.end(), maskDigits("", digits.toString()));
            }
            if (digits.length() > 10) {
                return null;
            }
        }
        return null;
    }

    /**
     * +31 or 0031 followed by nine digits (a trunk zero, written (0) or not, is skipped), or any other country code with
     * 8 to 15 digits in all (then not written with dots or slashes, which are more likely amounts or dates).
     */
    private static Finding internationalPhone(String text, int start, List<Group> groups, boolean plus) {
        StringBuilder all = new StringBuilder();
        int longestEnd = -1;
        String longest = null;
        boolean dotted = false;
        for (int k = 0; k < groups.size(); k++) {
            Group group = groups.get(k);
            boolean trunkZero = k > 0 && group.parenthesised() && group.digits().equals("0");
            if (!trunkZero) {
                all.append(group.digits());
            }
            dotted |= group.separatorBefore() == '.' || group.separatorBefore() == '/';
            String number = plus ? all.toString() : all.length() > 2 ? all.substring(2) : "";
            if (number.isEmpty()) {
                continue;
            }
            if (number.charAt(0) == '0') {
                return null;
            }
            if (number.startsWith("31")) {
                String national = number.substring(2);
                if (national.startsWith("0")) {
                    national = national.substring(1);
                }
                if (national.length() == 9 && national.charAt(0) != '0') {
                    return phoneFinding(text, start, group.end(), maskDigits("+", number));
                }
                if (national.length() > 9) {
                    return null;
                }
            } else if (!dotted && number.length() >= 8 && number.length() <= 15) {
                longestEnd = group.end();
                longest = number;
            } else if (number.length() > 15) {
                break;
            }
        }
        return longest == null ? null : phoneFinding(text, start, longestEnd, maskDigits("+", longest));
    }

    private static Finding phoneFinding(String text, int start, int end, String masked) {
        if (end < text.length() && Character.isLetter(text.charAt(end))) {
            return null;
        }
        return new Finding(Kind.PHONE, start, end, masked);
    }

    // ---------------------------------------------------------------------------------------------------- V-number

    private static void findVNumbers(String text, List<Region> ibans, List<Finding> out) {
        Matcher prefixed = V_NUMBER_PREFIXED.matcher(text);
        while (prefixed.find()) {
            if (!overlapsAny(ibans, prefixed.start(), prefixed.end())) {
                out.add(new Finding(Kind.V_NUMBER, prefixed.start(), prefixed.end(), maskDigits("V", prefixed.group(1))));
            }
        }
        List<Region> keywords = regions(V_NUMBER_KEYWORD, text);
        if (keywords.isEmpty()) {
            return;
        }
        Matcher number = TEN_DIGITS.matcher(text);
        while (number.find()) {
            int start = number.start();
            int end = number.end();
            if (keywordBefore(text, keywords, start, V_NUMBER_KEYWORD_DISTANCE) && !gluedToNumber(text, start, end, false)
                    && !overlapsAny(ibans, start, end)) {
                out.add(new Finding(Kind.V_NUMBER, start, end, maskDigits("", number.group())));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------- date of birth

    private static void findDatesOfBirth(String text, List<Region> dates, List<Finding> out) {
        if (dates.isEmpty()) {
            return;
        }
        List<Region> keywords = regions(BIRTH_KEYWORD, text);
        for (Region date : dates) {
            if (keywordBefore(text, keywords, date.start(), BIRTH_KEYWORD_DISTANCE)
                    || keywordAfter(text, keywords, date.end(), BIRTH_KEYWORD_DISTANCE)) {
                out.add(new Finding(Kind.DATE_OF_BIRTH, date.start(), date.end(), maskAll(text, date.start(), date.end())));
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------- resolution

    private static int specificity(Kind kind) {
        return switch (kind) {
            case V_NUMBER -> 0;
            case BSN -> 1;
            case DATE_OF_BIRTH -> 2;
            case EMAIL -> 3;
            case PHONE -> 4;
        };
    }

    /** Longest first, then most specific; a candidate overlapping one already accepted is dropped. */
    private static List<Finding> resolve(List<Finding> candidates) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        candidates.sort(Comparator.comparingInt(Finding::length).reversed()
                .thenComparingInt(f -> specificity(f.kind()))
                .thenComparingInt(Finding::start));
        TreeMap<Integer, Finding> accepted = new TreeMap<>();
        for (Finding candidate : candidates) {
            Map.Entry<Integer, Finding> before = accepted.lowerEntry(candidate.end());
            if (before == null || before.getValue().end() <= candidate.start()) {
                accepted.put(candidate.start(), candidate);
            }
        }
        return List.copyOf(accepted.values());
    }

    // ---------------------------------------------------------------------------------------------------- regions

    private record Region(int start, int end) {
    }

    /** All matches of {@code pattern}, sorted and non-overlapping. */
    private static List<Region> regions(Pattern pattern, String text) {
        List<Region> regions = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            regions.add(new Region(m.start(), m.end()));
        }
        return regions;
    }

    /** Whether [start, end) overlaps one of the sorted, non-overlapping {@code regions}. */
    private static boolean overlapsAny(List<Region> regions, int start, int end) {
        int index = firstEndingAfter(regions, start);
        return index < regions.size() && regions.get(index).start() < end;
    }

    /**
     * Whether a keyword ends at most {@code distance} characters before {@code position}, in the same sentence: no line
     * break and no sentence end (a full stop, question or exclamation mark, space, capital) in between.
     */
    private static boolean keywordBefore(String text, List<Region> keywords, int position, int distance) {
        for (int i = firstEndingAfter(keywords, position - distance - 1); i < keywords.size() && keywords.get(i).end() <= position; i++) {
            if (!sentenceBreak(text, keywords.get(i).end(), position)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a keyword starts at most {@code distance} characters after {@code position}, in the same sentence. */
    private static boolean keywordAfter(String text, List<Region> keywords, int position, int distance) {
        for (int i = firstEndingAfter(keywords, position); i < keywords.size() && keywords.get(i).start() <= position + distance; i++) {
            if (keywords.get(i).start() >= position && !sentenceBreak(text, position, keywords.get(i).start())) {
                return true;
            }
        }
        return false;
    }

    /** Whether [from, to) holds a line break or a sentence end such as ". C" (the capital may be the first character after). */
    private static boolean sentenceBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return true;
            }
            if ((c == '.' || c == '!' || c == '?') && i + 1 < to && Character.isWhitespace(text.charAt(i + 1))) {
                int j = i + 1;
                while (j < to && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                if (j <= to && j < text.length() && Character.isUpperCase(text.charAt(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Index of the first region whose end lies after {@code position}; the size if there is none. */
    private static int firstEndingAfter(List<Region> regions, int position) {
        int low = 0;
        int high = regions.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (regions.get(mid).end() <= position) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    // ---------------------------------------------------------------------------------------------------- masking

    /** The first two and last two digits, the rest as stars: 12*****82. Only used for at least eight digits. */
    private static String maskDigits(String prefix, String digits) {
        return prefix + digits.substring(0, 2) + "*".repeat(digits.length() - 4) + digits.substring(digits.length() - 2);
    }

    /** Every letter and digit as a star, the separators kept: **-**-****, ** ***** ****. */
    private static String maskAll(String text, int start, int end) {
        StringBuilder masked = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            masked.append(Character.isLetterOrDigit(c) ? '*' : c);
        }
        return masked.toString();
    }

    // ---------------------------------------------------------------------------------------------------- characters

    private static String digitsOf(String text, int start, int end) {
        StringBuilder digits = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F';
    }

    private static boolean isDash(char c) {
        return c == '-' || (c >= '\u2010' && c <= '\u2013') || c == '\u2212';
    }

    /** Characters that join digits into one number or reference: 1.234, 0,5, 2026-00042, 2024/2025. */
    private static boolean isJoiner(char c) {
        return c == '.' || c == ',' || c == '/' || isDash(c);
    }

    private static boolean endsWithWord(String text, int end, String word) {
        int start = end - word.length();
        return start >= 0 && text.regionMatches(true, start, word, 0, word.length())
                && (start == 0 || !Character.isLetter(text.charAt(start - 1)));
    }

    private static boolean startsWithWord(String text, int start, String word) {
        int end = start + word.length();
        return end <= text.length() && text.regionMatches(true, start, word, 0, word.length())
                && (end == text.length() || !Character.isLetter(text.charAt(end)));
    }
}
