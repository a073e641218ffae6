package nl.lerendstelsel.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** The test stack's MailDev inbox, read through its REST API: proof that e-mail really went out over SMTP. */
final class Mailbox {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** One received e-mail ({@code id} is MailDev's). */
    record Mail(String to, String subject, String text, String id) {
    }

    /** An attachment of a received e-mail: its content type as MailDev saw it and its text. */
    record Attachment(String contentType, String text) {
    }

    /** How long {@link #await} waits between two looks into the inbox. */
    private static final long POLL_MILLIS = 200;

    private Mailbox() {
    }

    static List<Mail> all() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(Stack.MAIL_URL + "/email")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        JsonArray mails = Json.createReader(new StringReader(response.body())).readArray();
        return mails.getValuesAs(JsonObject.class).stream().map(m -> new Mail(
                m.getJsonArray("to").getValuesAs(JsonObject.class).stream().map(t -> t.getString("address")).findFirst().orElse(""),
                m.getString("subject", ""), m.getString("text", ""), m.getString("id", ""))).toList();
    }

    /** The attachment of {@code mail} named {@code fileName}. */
    static Attachment attachment(Mail mail, String fileName) throws Exception {
        JsonObject email = Json.createReader(new StringReader(HTTP.send(HttpRequest.newBuilder(
                URI.create(Stack.MAIL_URL + "/email/" + mail.id())).GET().build(), HttpResponse.BodyHandlers.ofString()).body())).readObject();
        List<JsonObject> attachments = email.get("attachments") instanceof JsonArray array ? array.getValuesAs(JsonObject.class) : List.of();
        JsonObject found = attachments.stream().filter(a -> fileName.equals(a.getString("fileName", ""))).findFirst()
                .orElseThrow(() -> new AssertionError("No attachment " + fileName + " in the e-mail; it has " + attachments));
        String text = HTTP.send(HttpRequest.newBuilder(URI.create(Stack.MAIL_URL + "/email/" + mail.id() + "/attachment/"
                + found.getString("generatedFileName", fileName))).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        return new Attachment(found.getString("contentType", ""), text);
    }

    /**
     * Waits (up to a minute) for a mail that matches, looking every {@link #POLL_MILLIS} ms: the mail leaves as soon as
     * the change that queued it commits and is usually in MailDev well within a second, so a whole second between looks
     * was mostly spent waiting for nothing.
     */
    static Mail await(String to, Predicate<Mail> matching) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Mail> found = all().stream().filter(m -> m.to().equalsIgnoreCase(to)).filter(matching).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(POLL_MILLIS);
        }
        throw new AssertionError("No e-mail to " + to + " arrived within a minute; inbox has: "
                + all().stream().map(m -> m.to() + " " + m.subject()).toList());
    }
}
