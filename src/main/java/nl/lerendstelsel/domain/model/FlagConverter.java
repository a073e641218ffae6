package nl.lerendstelsel.domain.model;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * A yes/no flag that queries filter on, stored as SMALLINT 0/1. EclipseLink binds a boolean query parameter as an
 * integer on Derby, which Derby refuses to compare with a BOOLEAN column; with a number column and this converter
 * (applied to the parameter too) the same query runs on Derby and PostgreSQL.
 */
@Converter
public class FlagConverter implements AttributeConverter<Boolean, Integer> {

    @Override
    public Integer convertToDatabaseColumn(Boolean flag) {
        return Boolean.TRUE.equals(flag) ? 1 : 0;
    }

    @Override
    public Boolean convertToEntityAttribute(Integer value) {
        return value != null && value != 0;
    }
}
