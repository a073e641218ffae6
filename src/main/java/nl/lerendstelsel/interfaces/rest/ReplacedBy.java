package nl.lerendstelsel.interfaces.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a deprecated query parameter of a {@code @BeanParam} class: the parameter that replaces it. {@link OpenApiPaging}
 * marks the parameter {@code deprecated: true} in the document and names the new one (ADR: an old name keeps working
 * until the next major version).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ReplacedBy {

    /** The name of the query parameter to use instead. */
    String value();
}
