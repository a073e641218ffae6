package nl.lerendstelsel.domain.model.privacy;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text as the guard reads it, with the way back to the text as written: NFKC (fullwidth and other compatibility
 * digits and letters become plain ones), every other Unicode decimal digit as its ASCII digit, invisible characters
 * (zero-width spaces and joiners, soft hyphens, direction marks, …) left out, HTML tags left out (inline ones) or read as
 * a line break (blocks), a few character references and percent-encoded bytes (links) decoded, e-mail addresses written as {@code naam [at] domein
 * [punt] nl} read as {@code naam@domein.nl}, and a BSN keyword glued to its number ({@code BSN123456782}) read apart.
 *
 * <p>Every character of the result knows the region of the original text it comes from, so that findings are
 * reported where the author wrote them. Single passes over the text only; the cost grows linearly with its length.
 */
final class GuardText {

    /** Inline elements, left out entirely: a number split by {@code <b>…</b>} is one number. Other tags read as a line break. */
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em",
            "font", "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt",
            "u", "var", "wbr");

    private static final Set<String> WRITTEN_SIGNS = Set.of("at", "apenstaartje", "dot", "punt");

    private static final Pattern TAG = Pattern.compile("<!--.{0,2000}?-->|<\\s*/?\\s*([a-zA-Z][a-zA-Z0-9]{0,20})(?:[\\s/][^<>]{0,1000})?>",
            Pattern.DOTALL);
    /** Percent-encoded bytes as in links: {@code jan%40example.org}, {@code %31%32%33…}. */
    private static final Pattern PERCENT_ENCODED = Pattern.compile("(?:%[0-9A-Fa-f]{2})+");
    private static final Pattern ENTITY = Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(nbsp|amp|lt|gt|quot|apos|commat|period));");

    /** [at], (at), {at}, &lt;at&gt;, [apenstaartje], ( @ ): with any spaces around; the brackets make it deliberate. */
    private static final Pattern BRACKETED_AT = Pattern.compile(
            "\\s{0,3}+[\\[({<]\\s{0,3}+(?:at|apenstaartje|@)\\s{0,3}+[\\])}>]\\s{0,3}+", Pattern.CASE_INSENSITIVE);
    private static final Pattern BRACKETED_DOT = Pattern.compile(
            "\\s{0,3}+[\\[({<]\\s{0,3}+(?:dot|punt|\\.)\\s{0,3}+[\\])}>]\\s{0,3}+", Pattern.CASE_INSENSITIVE);
    /** naam at domein punt nl, naam apenstaartje domein dot nl: the words only when the whole address is written so. */
    private static final Pattern WORDED_EMAIL = Pattern.compile(
            "(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}][\\p{L}\\p{N}._%+\\-]{0,63}(\\s{1,3}+(?:at|apenstaartje)\\s{1,3}+)[\\p{L}\\p{N}][\\p{L}\\p{N}\\-]{0,62}"
            + "(?:(\\s{1,3}+(?:dot|punt)\\s{1,3}+)[\\p{L}\\p{N}][\\p{L}\\p{N}\\-]{0,62}){1,4}(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORDED_DOT = Pattern.compile("\\s{1,3}(?:dot|punt)\\s{1,3}", Pattern.CASE_INSENSITIVE);
    /** BSN123456782, bsnnr.123456782, sofinummer123456782: the keyword glued to the digits. */
    private static final Pattern GLUED_BSN_KEYWORD = Pattern.compile(
            "(?<!\\p{L})(?:bsn|sofi|burgerservicenummer|sofinummer)(?:[\\-.]?(?:nr|nummer)\\.?)?(?=\\d)", Pattern.CASE_INSENSITIVE);
    /** A line break (with the spaces around it) between two digits: a number split across lines. */
    private static final Pattern BREAK_IN_NUMBER = Pattern.compile("(?<=\\d[\\-.]?)[ \\t]{0,3}+(?:\\r\\n|\\r|\\n)[ \\t]{0,3}+(?=\\d)");

    final String text;
    private final int[] from;
    private final int[] to;

    private GuardText(String text, int[] from, int[] to) {
        this.text = text;
        this.from = from;
        this.to = to;
    }

    static GuardText of(String original) {
        GuardText read = identity(original);
        if (original.indexOf('%') >= 0) {
            read = read.replace(PERCENT_ENCODED, m -> URLDecoder.decode(m.group(), StandardCharsets.UTF_8));
        }
        GuardText normalised = read.characters();
        if (normalised.text.indexOf('<') >= 0) {
            normalised = normalised.tags();
        }
        if (normalised.text.indexOf('&') >= 0) {
            normalised = normalised.replace(ENTITY, GuardText::entity);
        }
        normalised = normalised.replace(BRACKETED_AT, m -> "@")
                .replace(BRACKETED_DOT, m -> ".")
                .emails()
                .replace(GLUED_BSN_KEYWORD, m -> m.group() + " ");
        return normalised;
    }

    /** This text with line breaks inside numbers left out ({@code 1234\n56782}): read for numbers only. */
    GuardText joinedNumbers() {
        return replace(BREAK_IN_NUMBER, m -> "");
    }

    /** Whether this text differs from the original, that is, whether anything was read differently. */
    boolean changed(String original) {
        return !text.equals(original);
    }

    /** Where the character at {@code index} starts in the original text. */
    int originalStart(int index) {
        return from[index];
    }

    /** Where the region ending (exclusively) at {@code end} ends in the original text. */
    int originalEnd(int end) {
        return to[end - 1];
    }

    // ------------------------------------------------------------------------------------------------------ passes

    private static GuardText identity(String text) {
        int[] from = new int[text.length()];
        int[] to = new int[text.length()];
        for (int i = 0; i < from.length; i++) {
            from[i] = i;
            to[i] = i + 1;
        }
        return new GuardText(text, from, to);
    }

    /** Per code point: invisibles out, NFKC, decimal digits as ASCII, line and paragraph separators as line breaks. */
    private GuardText characters() {
        Builder out = new Builder(text.length());
        boolean same = true;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp < 0x80) {
                out.add((char) cp, this, i, next);
            } else if (invisible(cp)) {
                same = false;
            } else if (Character.getType(cp) == Character.LINE_SEPARATOR || Character.getType(cp) == Character.PARAGRAPH_SEPARATOR) {
                out.add('\n', this, i, next);
                same = false;
            } else if (Character.isDigit(cp)) {
                out.add((char) ('0' + Character.digit(cp, 10)), this, i, next);
                same = false;
            } else {
                String original = text.substring(i, next);
                String compatible = Normalizer.normalize(original, Normalizer.Form.NFKC);
                same &= compatible.equals(original);
                for (int k = 0; k < compatible.length(); k++) {
                    char c = compatible.charAt(k);
                    out.add(Character.isDigit(c) && c >= 0x80 ? (char) ('0' + Character.digit(c, 10)) : c, this, i, next);
                }
            }
            i = next;
        }
        return same ? this : out.build();
    }

    /** Characters that show nothing: format characters (Cf), variation selectors, combining grapheme joiner, fillers. */
    private static boolean invisible(int cp) {
        return Character.getType(cp) == Character.FORMAT || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF)
                || cp == 0x034F || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 || cp == 0x2800;
    }

    /** Tags out; {@code <at>} and {@code <punt>} are no tags but a written @ and dot, read further on. */
    private GuardText tags() {
        return replace(TAG, m -> {
            String name = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            if (WRITTEN_SIGNS.contains(name)) {
                return m.group();
            }
            return m.group(1) != null && !INLINE.contains(name) ? "\n" : "";
        });
    }

    private static String entity(Matcher m) {
        try {
            if (m.group(1) != null || m.group(2) != null) {
                int cp = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
                if (!Character.isValidCodePoint(cp) || invisible(cp)) {
                    return "";
                }
                int value = Character.isDigit(cp) ? '0' + Character.digit(cp, 10) : cp;
                return Normalizer.normalize(new String(Character.toChars(value)), Normalizer.Form.NFKC);
            }
        } catch (NumberFormatException e) {
            return m.group();
        }
        return switch (m.group(3)) {
            case "nbsp" -> " ";
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "commat" -> "@";
            default -> ".";
        };
    }

    private GuardText emails() {
        return replace(WORDED_EMAIL, m -> {
            String address = m.group();
            int at = m.start(1) - m.start();
            String local = address.substring(0, at);
            String domain = address.substring(m.end(1) - m.start());
            return local + "@" + WORDED_DOT.matcher(domain).replaceAll(".");
        });
    }

    private interface Replacement {
        String of(Matcher match);
    }

    /**
     * Every match of {@code pattern} replaced; the characters of a replacement come from the whole match (an empty one
     * simply drops it).
     */
    private GuardText replace(Pattern pattern, Replacement replacement) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return this;
        }
        Builder out = new Builder(text.length());
        int done = 0;
        do {
            for (int i = done; i < m.start(); i++) {
                out.add(text.charAt(i), this, i, i + 1);
            }
            String replaced = replacement.of(m);
            if (m.end() > m.start()) {
                for (int k = 0; k < replaced.length(); k++) {
                    out.add(replaced.charAt(k), this, m.start(), m.end());
                }
            } else if (!replaced.isEmpty()) {
                int anchor = Math.min(m.start(), text.length() - 1);
                for (int k = 0; k < replaced.length(); k++) {
                    out.add(replaced.charAt(k), this, anchor, anchor + 1);
                }
            }
            done = m.end();
        } while (m.find());
        for (int i = done; i < text.length(); i++) {
            out.add(text.charAt(i), this, i, i + 1);
        }
        return out.build();
    }

    private static final class Builder {
        private final StringBuilder text;
        private int[] from;
        private int[] to;

        Builder(int capacity) {
            text = new StringBuilder(capacity);
            from = new int[Math.max(16, capacity)];
            to = new int[from.length];
        }

        /** Adds {@code c}, made from the characters [start, end) of {@code source}. */
        void add(char c, GuardText source, int start, int end) {
            int n = text.length();
            if (n == from.length) {
                from = Arrays.copyOf(from, n * 2);
                to = Arrays.copyOf(to, n * 2);
            }
            text.append(c);
            from[n] = source.from[start];
            to[n] = source.to[end - 1];
        }

        GuardText build() {
            int n = text.length();
            return new GuardText(text.toString(), Arrays.copyOf(from, n), Arrays.copyOf(to, n));
        }
    }
}
