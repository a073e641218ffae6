package nl.lerendstelsel.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import nl.lerendstelsel.domain.model.RuleException;
import nl.lerendstelsel.domain.model.settings.Setting;
import nl.lerendstelsel.domain.model.text.Message;

/**
 * A size limit on every request body of the API, before the body is read: a JSON (or any other non-multipart) body of
 * at most {@value #MAX_JSON_BYTES} bytes, a multipart upload of at most the largest file the settings allow plus
 * {@value #MULTIPART_OVERHEAD} bytes. A declared {@code Content-Length} above the limit is refused at once; a body sent
 * in chunks is read up to the limit and refused when it goes on. Refused with 413 as a problem detail.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestSizeFilter implements ContainerRequestFilter {

    /** The largest JSON body: far above the longest text any field takes, far below what hurts the server. */
    static final int MAX_JSON_BYTES = 1024 * 1024;
    /** Room for the multipart headers and boundaries around the file. */
    static final long MULTIPART_OVERHEAD = 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!request.hasEntity()) {
            return;
        }
        MediaType type = request.getMediaType();
        boolean multipart = type != null && type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE);
        long limit = multipart ? Setting.UPLOAD_MAX_BYTES.max() + MULTIPART_OVERHEAD : MAX_JSON_BYTES;
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            try {
                if (Long.parseLong(declared.strip()) > limit) {
                    refuse(request, limit);
                }
                return;
            } catch (NumberFormatException e) {
                // not a number: read it as a chunked body
            }
        }
        if (multipart) {
            request.setEntityStream(new Bounded(request.getEntityStream(), limit));
            return;
        }
        byte[] body = request.getEntityStream().readNBytes(MAX_JSON_BYTES + 1);
        if (body.length > MAX_JSON_BYTES) {
            refuse(request, limit);
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    private static void refuse(ContainerRequestContext request, long limit) {
        request.abortWith(Problem.response(413, RuleException.bothLanguages(Message.of("problem.requestTooLarge", String.valueOf(limit))),
                request.getUriInfo().getRequestUri().getRawPath(), null));
    }

    /** A stream that fails once more than {@code limit} bytes were read from it: a chunked upload cannot grow without end. */
    static final class Bounded extends InputStream {
        private final InputStream in;
        private long left;

        Bounded(InputStream in, long limit) {
            this.in = in;
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0 && --left < 0) {
                throw new IOException("request body larger than allowed");
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0 && (left -= n) < 0) {
                throw new IOException("request body larger than allowed");
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
