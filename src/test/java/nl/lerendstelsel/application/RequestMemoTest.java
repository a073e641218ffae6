package nl.lerendstelsel.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.spi.Context;
import jakarta.enterprise.inject.spi.BeanManager;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RequestMemoTest {

    private final AtomicInteger reads = new AtomicInteger();

    /** A memo whose request context is active or not, as a container would say. */
    private static RequestMemo memo(Boolean active) {
        RequestMemo memo = new RequestMemo();
        Context context = (Context) Proxy.newProxyInstance(RequestMemoTest.class.getClassLoader(), new Class<?>[] {Context.class},
                (proxy, method, args) -> method.getName().equals("isActive") ? active : null);
        memo.beans = (BeanManager) Proxy.newProxyInstance(RequestMemoTest.class.getClassLoader(), new Class<?>[] {BeanManager.class},
                (proxy, method, args) -> {
                    if (!method.getName().equals("getContext")) {
                        throw new UnsupportedOperationException(method.getName());
                    }
                    if (active == null) {
                        throw new ContextNotActiveException("no request");
                    }
                    return context;
                });
        memo.store = new RequestMemo.Store();
        return memo;
    }

    private String read() {
        return "answer " + reads.incrementAndGet();
    }

    @Test
    void withinARequestEachKeyIsWorkedOutOnce() {
        RequestMemo memo = memo(true);
        assertEquals("answer 1", memo.get("viewer:professional", this::read));
        assertEquals("answer 1", memo.get("viewer:professional", this::read));
        assertEquals("answer 2", memo.get("viewer:coordinator", this::read), "another key is another answer");
        assertEquals(2, reads.get());
    }

    @Test
    void forgettingMakesTheNextCallWorkItOutAgain() {
        RequestMemo memo = memo(true);
        memo.get("viewer:admin", this::read);
        memo.forget();
        assertEquals("answer 2", memo.get("viewer:admin", this::read));
    }

    @Test
    void outsideARequestNothingIsRemembered() {
        for (Boolean outside : new Boolean[] {false, null}) {
            reads.set(0);
            RequestMemo memo = memo(outside);
            memo.get("viewer:system", this::read);
            memo.forget();
            assertEquals("answer 2", memo.get("viewer:system", this::read), "context " + outside);
        }
    }
}
