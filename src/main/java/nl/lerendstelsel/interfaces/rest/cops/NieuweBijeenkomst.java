package nl.lerendstelsel.interfaces.rest.cops;

import nl.lerendstelsel.domain.model.community.MeetingKind;
import nl.lerendstelsel.interfaces.rest.NotRequired;
import nl.lerendstelsel.interfaces.rest.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Request body for planning a meeting or changing one; {@code versie} when changing. {@code begin} and {@code einde} are
 * RFC 3339 date-times ({@code 2026-09-01T10:00:00+02:00}); without an offset they are read as Dutch local time, as
 * before API version 1.0.0 documented them ({@link nl.lerendstelsel.interfaces.rest.MeetingResource#input}).
 */
public record NieuweBijeenkomst(@OneOf(MeetingKind.class) String soort, String titel,
                                @Schema(format = "date-time", example = "2026-09-01T10:00:00+02:00") String begin,
                                @Schema(format = "date-time", example = "2026-09-01T12:00:00+02:00") String einde,
                                @NotRequired String plaats, @NotRequired String onlineLink, @NotRequired String agenda,
                                @NotRequired Long versie) {
}
