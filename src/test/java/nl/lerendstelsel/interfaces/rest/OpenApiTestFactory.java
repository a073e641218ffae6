package nl.lerendstelsel.interfaces.rest;

import org.eclipse.microprofile.openapi.models.Constructible;
import org.eclipse.microprofile.openapi.spi.OASFactoryResolver;

/**
 * {@code OASFactory} in unit tests, where Payara's implementation is not on the class path: it makes {@link OpenApiModel}s
 * (registered in {@code META-INF/services} of the test resources only).
 */
public class OpenApiTestFactory extends OASFactoryResolver {

    @Override
    public <T extends Constructible> T createObject(Class<T> type) {
        return OpenApiModel.of(type);
    }
}
