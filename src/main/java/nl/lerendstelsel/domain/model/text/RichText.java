package nl.lerendstelsel.domain.model.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Safe rich text: people write plain text with a small Markdown-like markup, stored as they typed it (so the
 * personal-data guard reads exactly what they wrote), and shown as HTML built here. Safe by construction: the text
 * is HTML-escaped first, and only then are the few known patterns turned into tags, so no tag or attribute from the
 * input ever reaches the page.
 *
 * <ul>
 *   <li>A blank line separates paragraphs; a single line break stays a line break.</li>
 *   <li>Lines starting with {@code - } or {@code * } form a bulleted list, lines starting with {@code 1. } a numbered
 *       one.</li>
 *   <li>{@code **bold**}, {@code *italic*}, and links {@code [text](https://…)}; only {@code http}, {@code https} and
 *       {@code mailto} links, always with {@code rel="nofollow noopener"}.</li>
 * </ul>
 */
public final class RichText {

    private static final Pattern BULLET = Pattern.compile("^\\s*[-*]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d{1,3}[.)]\\s+(.*)$");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]\\n]{1,200})]\\(((?:https?://|mailto:)[^\\s()]{1,2000})\\)");
    private static final Pattern BOLD = Pattern.compile("\\*\\*([^*\\n]+?)\\*\\*");
    private static final Pattern ITALIC = Pattern.compile("(?<![*\\w])\\*([^*\\n]+?)\\*(?![*\\w])");

    private RichText() {
    }

    /** The HTML for a text; empty for {@code null}. */
    public static String toHtml(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        for (String block : text.replace("\r\n", "\n").replace('\r', '\n').strip().split("\\n\\s*\\n")) {
            List<String> lines = block.lines().toList();
            if (lines.stream().allMatch(l -> BULLET.matcher(l).matches())) {
                list(html, "ul", lines, BULLET);
            } else if (lines.stream().allMatch(l -> NUMBERED.matcher(l).matches())) {
                list(html, "ol", lines, NUMBERED);
            } else {
                List<String> rendered = new ArrayList<>();
                lines.forEach(l -> rendered.add(inline(l.strip())));
                html.append("<p>").append(String.join("<br>", rendered)).append("</p>");
            }
        }
        return html.toString();
    }

    private static void list(StringBuilder html, String tag, List<String> lines, Pattern item) {
        html.append('<').append(tag).append('>');
        for (String line : lines) {
            Matcher m = item.matcher(line);
            if (m.matches()) {
                html.append("<li>").append(inline(m.group(1).strip())).append("</li>");
            }
        }
        html.append("</").append(tag).append('>');
    }

    private static String inline(String line) {
        String escaped = escape(line);
        escaped = LINK.matcher(escaped).replaceAll(m -> Matcher.quoteReplacement(
                "<a href=\"" + m.group(2) + "\" rel=\"nofollow noopener\">" + m.group(1) + "</a>"));
        escaped = BOLD.matcher(escaped).replaceAll("<strong>$1</strong>");
        return ITALIC.matcher(escaped).replaceAll("<em>$1</em>");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
