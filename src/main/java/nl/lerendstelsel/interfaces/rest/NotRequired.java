package nl.lerendstelsel.interfaces.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A member of an API record that is not {@code required} in the OpenAPI document. The one rule
 * ({@link OpenApiSchemaConstraints}): every member of a record is required, unless it carries this annotation. So it
 * marks, in an answer, a member that can be null (JSON-B then leaves it out), and in a request body a member without
 * which the server still accepts the request.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface NotRequired {
}
