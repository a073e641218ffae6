package nl.lerendstelsel.interfaces.rest;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/**
 * A stand-in for the OpenAPI model objects of the MicroProfile API (whose implementation is Payara's, not on the test
 * class path) for unit tests of the filter classes: a bean that keeps what its setters and fluent setters get and gives
 * it back from its getters.
 */
final class OpenApiModel {

    private OpenApiModel() {
    }

    static <T> T of(Class<T> type) {
        Map<String, Object> values = new HashMap<>();
        Object[] self = new Object[1];
        self[0] = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            String name = method.getName();
            int arguments = args == null ? 0 : args.length;
            if (name.equals("toString") && arguments == 0) {
                return type.getSimpleName() + values;
            }
            if (name.equals("equals") && arguments == 1) {
                return proxy == args[0];
            }
            if (name.equals("hashCode") && arguments == 0) {
                return System.identityHashCode(proxy);
            }
            if (arguments == 0 && (name.startsWith("get") || name.startsWith("is"))) {
                return values.get(name.substring(name.startsWith("get") ? 3 : 2).toLowerCase());
            }
            if (arguments == 1 && name.startsWith("set")) {
                values.put(name.substring(3).toLowerCase(), args[0]);
                return null;
            }
            if (arguments == 1 && method.getReturnType().isAssignableFrom(type)) {
                values.put(name.toLowerCase(), args[0]);
                return self[0];
            }
            throw new UnsupportedOperationException(type.getSimpleName() + "." + name);
        });
        return type.cast(self[0]);
    }
}
