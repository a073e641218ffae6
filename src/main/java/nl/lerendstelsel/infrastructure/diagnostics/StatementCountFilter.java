package nl.lerendstelsel.infrastructure.diagnostics;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * With {@code lerendstelsel.diagnostics.statement-count=true} (environment:
 * {@code LERENDSTELSEL_DIAGNOSTICS_STATEMENT_COUNT=true}) every response carries {@value #HEADER}: the number of SQL
 * statements the request sent to the database on its own thread. A page streams its HTML while it renders, so
 * the response is held back until the count is known; that costs memory per request, which is why it is off in
 * normal operation. The test suite switches it on to prove that a page's statements do not grow with its rows (P5).
 */
@WebFilter(filterName = "StatementCountFilter", urlPatterns = "/*")
public class StatementCountFilter extends HttpFilter {

    public static final String HEADER = "X-SQL-Statements";
    static final String SETTING = "lerendstelsel.diagnostics.statement-count";

    private boolean enabled;

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        enabled = ConfigProvider.getConfig().getOptionalValue(SETTING, Boolean.class).orElse(false);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!enabled || request.getDispatcherType() != jakarta.servlet.DispatcherType.REQUEST) {
            chain.doFilter(request, response);
            return;
        }
        HeldBackResponse held = new HeldBackResponse(response);
        StatementCounter.start();
        int statements;
        try {
            chain.doFilter(request, held);
        } finally {
            statements = StatementCounter.stop();
        }
        if (!response.isCommitted()) {
            response.setHeader(HEADER, Integer.toString(statements));
        }
        held.release();
    }

    /** Keeps the body in memory until {@link #release()}; redirects and errors pass straight through. */
    private static final class HeldBackResponse extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private ServletOutputStream stream;
        private PrintWriter writer;

        HeldBackResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (writer != null) {
                throw new IllegalStateException("getWriter() was already called");
            }
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        body.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        body.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("held-back responses are written synchronously");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (stream != null) {
                throw new IllegalStateException("getOutputStream() was already called");
            }
            if (writer == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(body, charset));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void setContentLength(int len) {
            // the real length is set on release
        }

        @Override
        public void setContentLengthLong(long len) {
            // the real length is set on release
        }

        @Override
        public void resetBuffer() {
            body.reset();
            super.resetBuffer();
        }

        @Override
        public void reset() {
            body.reset();
            super.reset();
        }

        void release() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (body.size() > 0 && !getResponse().isCommitted()) {
                getResponse().setContentLengthLong(body.size());
            }
            if (body.size() > 0) {
                body.writeTo(getResponse().getOutputStream());
            }
        }
    }
}
