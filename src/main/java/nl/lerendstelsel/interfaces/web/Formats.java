package nl.lerendstelsel.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.lerendstelsel.domain.model.calendar.DutchTime;

/** Dates and times as people read them: in the Europe/Amsterdam zone, written the way the reader's language does. */
@Named("formats")
@RequestScoped
public class Formats {

    @Inject
    Language language;

    public String dateTime(Instant moment) {
        return moment == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(language.getLocale()).withZone(DutchTime.ZONE).format(moment);
    }

    /** A calendar day (a due day), e.g. "4 dec 2026". */
    public String day(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.getLocale()).format(day);
    }

    /** A file size as people read it: "840 bytes", "12 kB", "3,4 MB". */
    public String bytes(long size) {
        if (size < 1024) {
            return size + " bytes";
        }
        if (size < 1024 * 1024) {
            return Math.round(size / 1024.0) + " kB";
        }
        return String.format(language.getLocale(), "%.1f MB", size / (1024.0 * 1024.0));
    }

    public String date(Instant moment) {
        return moment == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(language.getLocale()).withZone(DutchTime.ZONE).format(moment);
    }
}
