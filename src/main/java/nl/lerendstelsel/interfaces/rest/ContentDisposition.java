package nl.lerendstelsel.interfaces.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A {@code Content-Disposition: attachment} header value with an ASCII fallback and the UTF-8 name (RFC 6266). */
public final class ContentDisposition {

    private ContentDisposition() {
    }

    public static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        String utf8 = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
    }
}
