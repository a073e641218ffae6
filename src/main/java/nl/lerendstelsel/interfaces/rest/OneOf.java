package nl.lerendstelsel.interfaces.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The values a string member of an API record (or a query parameter) takes: those of a domain enum, as the API writes
 * them (the enum's {@code code()} where it has one, such as {@code Level}'s {@code UITVOERING}, else its name). On a list
 * of strings, the values of its items. {@link OpenApiDocumentFilter} documents them as the schema's {@code enum}, so that
 * the values come from the enum and never from a list kept by hand.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
public @interface OneOf {

    /** The domain enum whose values the member takes. */
    Class<? extends Enum<?>> value();
}
