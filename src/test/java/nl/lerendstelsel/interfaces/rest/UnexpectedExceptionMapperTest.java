package nl.lerendstelsel.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

/** The incident line in the server log cannot be forged through the request path (ASVS V7.3.1). */
class UnexpectedExceptionMapperTest {

    @Test
    void anEncodedLineBreakInThePathStaysEncodedInTheLog() {
        UriInfo uri = (UriInfo) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getPath")) {
                        boolean decode = args == null || Boolean.TRUE.equals(args[0]);
                        return decode ? "knelpunten/x\nSEVERE: forged" : "knelpunten/x%0ASEVERE:%20forged";
                    }
                    throw new UnsupportedOperationException(method.getName());
                });

        assertEquals("Incident AB12CD34 on /knelpunten/x%0ASEVERE:%20forged",
                UnexpectedExceptionMapper.incidentLine("AB12CD34", uri));
    }
}
