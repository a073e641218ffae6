package nl.lerendstelsel.infrastructure.security;

import jakarta.servlet.http.HttpServletRequest;

/** The origin of a request for the audit log: the client address as the server sees it. */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
