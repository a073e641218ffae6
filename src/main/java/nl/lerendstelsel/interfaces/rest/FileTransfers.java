package nl.lerendstelsel.interfaces.rest;

import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.domain.model.text.Message;

/** Files through the API: the upload of one file (multipart, field {@code bestand}) and the download of a stored one. */
final class FileTransfers {

    /** The multipart form field that carries an uploaded file. */
    static final String FIELD = "bestand";

    private FileTransfers() {
    }

    /**
     * The content of the uploaded {@code file}, refused when none came; read up to one byte more than {@code maxBytes},
     * so that the service sees a file that is too large without the whole of it being read.
     */
    static byte[] upload(EntityPart file, long maxBytes) throws IOException {
        if (file == null) {
            throw InvalidInputException.of(FIELD, Message.of("input.attachment.missing"));
        }
        try (InputStream in = file.getContent()) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
    }

    /** A stored file as a download: its recognised media type, its name, and no sniffing of another type. */
    static Response download(byte[] content, String mediaType, String fileName) {
        return Response.ok(content, mediaType)
                .header("Content-Disposition", ContentDisposition.attachment(fileName))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
