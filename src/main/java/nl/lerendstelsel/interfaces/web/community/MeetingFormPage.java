package nl.lerendstelsel.interfaces.web.community;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDateTime;
import java.util.Map;
import nl.lerendstelsel.application.community.MeetingService;
import nl.lerendstelsel.domain.model.calendar.DutchTime;
import nl.lerendstelsel.domain.model.community.Meeting;
import nl.lerendstelsel.domain.model.community.MeetingKind;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.Feedback;

/** Planning a meeting in a CoP ({@code ?cop=}) or changing one ({@code ?id=}); times in Europe/Amsterdam. */
@Named("meetingForm")
@RequestScoped
public class MeetingFormPage {

    private static final Map<String, String> FIELDS = Map.of("soort", "bijeenkomst:soort", "titel", "bijeenkomst:titel",
            "begin", "bijeenkomst:begin", "einde", "bijeenkomst:einde", "plaats", "bijeenkomst:plaats",
            "onlineLink", "bijeenkomst:link", "agenda", "bijeenkomst:agenda");

    @Inject
    MeetingService service;

    @Inject
    CurrentUser currentUser;

    @Inject
    Feedback feedback;

    private Long cop;
    private Long id;
    private Long version;
    private boolean loaded;
    private MeetingKind kind = MeetingKind.BIJEENKOMST;
    private String title;
    private LocalDateTime start;
    private LocalDateTime end;
    private String location;
    private String onlineLink;
    private String agenda;

    /** Fills the form from the meeting being changed (once, on the first view). */
    public void load() {
        if (id != null && !loaded && !jakarta.faces.context.FacesContext.getCurrentInstance().isPostback()) {
            Meeting m = service.read(id, currentUser.caller().orElseThrow());
            cop = m.getCommunity().getId();
            version = m.getVersion();
            kind = m.getKind();
            title = m.getTitle();
            start = LocalDateTime.ofInstant(m.getStartsAt(), DutchTime.ZONE);
            end = LocalDateTime.ofInstant(m.getEndsAt(), DutchTime.ZONE);
            location = m.getLocation();
            onlineLink = m.getOnlineLink();
            agenda = m.getAgenda();
            loaded = true;
        }
    }

    public String save() {
        MeetingService.MeetingInput input = new MeetingService.MeetingInput(kind, title, start, end, location, onlineLink, agenda);
        Meeting[] saved = new Meeting[1];
        if (feedback.run(() -> saved[0] = id == null ? service.plan(cop, input, currentUser.caller().orElseThrow())
                : service.replan(id, input, version, currentUser.caller().orElseThrow()), null, FIELDS, null)) {
            return "/app/cops/bijeenkomst.xhtml?faces-redirect=true&id=" + saved[0].getId();
        }
        return null;
    }

    public MeetingKind[] getKinds() {
        return MeetingKind.values();
    }

    public Long getCop() {
        return cop;
    }

    public void setCop(Long cop) {
        this.cop = cop;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public void setKind(MeetingKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public void setStart(LocalDateTime start) {
        this.start = start;
    }

    public LocalDateTime getEnd() {
        return end;
    }

    public void setEnd(LocalDateTime end) {
        this.end = end;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public void setOnlineLink(String onlineLink) {
        this.onlineLink = onlineLink;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }
}
