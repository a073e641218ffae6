package nl.lerendstelsel.interfaces.web.monitor;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.application.monitor.MonitorService;
import nl.lerendstelsel.domain.model.monitor.MonitorQuestion;
import nl.lerendstelsel.domain.model.monitor.MonitorRound;
import nl.lerendstelsel.domain.model.monitor.QuestionDraft;
import nl.lerendstelsel.domain.model.monitor.QuestionKind;
import nl.lerendstelsel.domain.model.monitor.TargetKind;
import nl.lerendstelsel.interfaces.security.CurrentUser;
import nl.lerendstelsel.interfaces.web.Feedback;
import nl.lerendstelsel.interfaces.web.NotFound;

/**
 * Drafting a monitor round (new, or {@code ?id=} a draft): title, introduction, period, whom it asks, and its questions,
 * which are added, removed and moved up or down in the form, or taken over from an earlier round (so its results compare
 * with that round's). Saving keeps the draft; the round's page opens it.
 */
@Named("monitorForm")
@ViewScoped
public class MonitorRoundFormPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MonitorService service;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient Feedback feedback;

    private Long id;
    private String title;
    private String introduction;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private TargetKind targetKind = TargetKind.ALLE_GEMEENTEN;
    private List<String> regions = new ArrayList<>();
    private List<String> provinces = new ArrayList<>();
    private List<String> partners = new ArrayList<>();
    private final List<QuestionRow> questions = new ArrayList<>();
    private Long previousRoundId;
    private Long copyFrom;
    private boolean loaded;

    /** A question as the form holds it: the options one per line, the bounds as typed. */
    public static final class QuestionRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private QuestionKind kind = QuestionKind.ENKELVOUDIGE_KEUZE;
        private String text;
        private String options;
        private String unit;
        private Double min;
        private Double max;
        private boolean required;
        private Long copiedFrom;

        static QuestionRow of(QuestionDraft draft) {
            QuestionRow row = new QuestionRow();
            row.kind = draft.kind();
            row.text = draft.text();
            row.options = String.join("\n", draft.options());
            row.unit = draft.unit();
            row.min = draft.min();
            row.max = draft.max();
            row.required = draft.required();
            row.copiedFrom = draft.copiedFrom();
            return row;
        }

        QuestionDraft draft() {
            return new QuestionDraft(kind, text, options == null ? List.of() : Arrays.asList(options.split("\\R")), unit,
                    min, max, required, copiedFrom);
        }

        public QuestionKind getKind() {
            return kind;
        }

        public void setKind(QuestionKind kind) {
            this.kind = kind;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getOptions() {
            return options;
        }

        public void setOptions(String options) {
            this.options = options;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        public Double getMin() {
            return min;
        }

        public void setMin(Double min) {
            this.min = min;
        }

        public Double getMax() {
            return max;
        }

        public void setMax(Double max) {
            this.max = max;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }

        public boolean isCopied() {
            return copiedFrom != null;
        }
    }

    private Caller caller() {
        return currentUser.caller().orElseThrow();
    }

    /** {@code <f:viewAction>}: fill the form from the draft, or start a new one; 404 for an unknown round. */
    public void load() throws IOException {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id == null) {
            opensOn = service.today();
            closesOn = opensOn.plusWeeks(6);
            questions.add(new QuestionRow());
            return;
        }
        MonitorRound round;
        try {
            round = service.roundWithQuestions(id, caller());
        } catch (NotFoundException e) {
            NotFound.answer("Onbekende monitorronde");
            return;
        }
        title = round.getTitle();
        introduction = round.getIntroduction();
        opensOn = round.getOpensOn();
        closesOn = round.getClosesOn();
        targetKind = round.getTargetKind();
        List<String> codes = new ArrayList<>(round.getTargetCodes());
        switch (targetKind) {
            case REGIOS -> regions = codes;
            case PROVINCIES -> provinces = codes;
            case PARTNERS -> partners = codes;
            case ALLE_GEMEENTEN -> { }
        }
        previousRoundId = round.getPreviousRoundId();
        round.getQuestions().forEach(q -> questions.add(QuestionRow.of(new QuestionDraft(q.getKind(), q.getText(),
                q.getOptions(), q.getUnit(), q.getMin(), q.getMax(), q.isRequired(), q.getCopiedFrom()))));
    }

    public void addQuestion() {
        questions.add(new QuestionRow());
    }

    public void removeQuestion(int index) {
        if (index >= 0 && index < questions.size()) {
            questions.remove(index);
        }
    }

    public void moveUp(int index) {
        if (index > 0 && index < questions.size()) {
            questions.add(index - 1, questions.remove(index));
        }
    }

    public void moveDown(int index) {
        if (index >= 0 && index < questions.size() - 1) {
            questions.add(index + 1, questions.remove(index));
        }
    }

    /** Replaces the questions in the form by those of the chosen earlier round, to compare with it. */
    public void copyQuestions() {
        if (copyFrom == null) {
            return;
        }
        feedback.run(() -> {
            MonitorRound earlier = service.roundWithQuestions(copyFrom, caller());
            questions.clear();
            earlier.getQuestions().forEach(q -> questions.add(QuestionRow.of(q.copy())));
            previousRoundId = earlier.getId();
        }, "monitor.form.copied", Map.of(), null);
    }

    public String save() {
        Long[] saved = {id};
        Map<String, String> fields = new HashMap<>(Map.of("titel", "ronde:titel", "inleiding", "ronde:inleiding",
                "opent", "ronde:opent", "sluit", "ronde:sluit", "doelgroep", "ronde:doelgroep"));
        for (int i = 0; i < questions.size(); i++) {
            for (String part : List.of("soort", "tekst", "opties", "grenzen", "eenheid")) {
                fields.put("vraag-" + (i + 1) + "-" + part, "ronde:vragen:" + i + ":" + (part.equals("grenzen") ? "min" : part));
            }
        }
        boolean ok = feedback.run(() -> {
            MonitorService.RoundInput input = new MonitorService.RoundInput(title, introduction, opensOn, closesOn, targetKind,
                    targetCodes(), questions.stream().map(QuestionRow::draft).toList(),
                    questions.stream().anyMatch(QuestionRow::isCopied) ? previousRoundId : null);
            saved[0] = id == null ? service.draft(input, caller()).getId() : service.update(id, input, caller()).getId();
        }, null, fields, null);
        return ok ? "/app/monitor/ronde.xhtml?faces-redirect=true&id=" + saved[0] : null;
    }

    private List<String> targetCodes() {
        return switch (targetKind == null ? TargetKind.ALLE_GEMEENTEN : targetKind) {
            case REGIOS -> regions;
            case PROVINCIES -> provinces;
            case PARTNERS -> partners;
            case ALLE_GEMEENTEN -> List.of();
        };
    }

    /** The rounds whose questions can be taken over: all but this one, newest first. */
    public List<MonitorRound> getEarlierRounds() {
        return service.rounds(caller()).stream().filter(r -> !r.getId().equals(id)).toList();
    }

    public List<QuestionKind> getKinds() {
        return List.of(QuestionKind.values());
    }

    public List<TargetKind> getTargetKinds() {
        return List.of(TargetKind.values());
    }

    /** The provinces of the gemeenten, in order. */
    public List<String> getProvinceNames() {
        return service.provinces();
    }

    public int getOptionsMax() {
        return MonitorQuestion.OPTIONS_MAX;
    }

    public List<QuestionRow> getQuestions() {
        return questions;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getIntroduction() {
        return introduction;
    }

    public void setIntroduction(String introduction) {
        this.introduction = introduction;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public TargetKind getTargetKind() {
        return targetKind;
    }

    public void setTargetKind(TargetKind targetKind) {
        this.targetKind = targetKind;
    }

    public List<String> getRegions() {
        return regions;
    }

    public void setRegions(List<String> regions) {
        this.regions = regions;
    }

    public List<String> getProvinces() {
        return provinces;
    }

    public void setProvinces(List<String> provinces) {
        this.provinces = provinces;
    }

    public List<String> getPartners() {
        return partners;
    }

    public void setPartners(List<String> partners) {
        this.partners = partners;
    }

    public Long getCopyFrom() {
        return copyFrom;
    }

    public void setCopyFrom(Long copyFrom) {
        this.copyFrom = copyFrom;
    }

    public Long getPreviousRoundId() {
        return previousRoundId;
    }
}
