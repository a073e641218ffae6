package nl.lerendstelsel.application.bottleneck;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.lerendstelsel.application.AccessDeniedException;
import nl.lerendstelsel.application.Caller;
import nl.lerendstelsel.application.InvalidInputException;
import nl.lerendstelsel.application.NotFoundException;
import nl.lerendstelsel.application.PersonalDataRejectedException;
import nl.lerendstelsel.application.Profiles;
import nl.lerendstelsel.application.administration.SettingsService;
import nl.lerendstelsel.domain.model.attachment.Attachment;
import nl.lerendstelsel.domain.model.attachment.AttachmentKind;
import nl.lerendstelsel.domain.model.attachment.AttachmentRepository;
import nl.lerendstelsel.domain.model.attachment.Danger;
import nl.lerendstelsel.domain.model.attachment.DocumentText;
import nl.lerendstelsel.domain.model.bottleneck.Bottleneck;
import nl.lerendstelsel.domain.model.privacy.PersonalDataGuard;
import nl.lerendstelsel.domain.model.settings.Setting;
import nl.lerendstelsel.domain.model.text.Message;
import nl.lerendstelsel.domain.model.user.UserProfile;

/**
 * Files on knelpunten. The kind is decided from the content ({@link AttachmentKind}); programs, installers, macros and
 * active content are refused by content ({@link Danger}); size and number are limited; the file name is cleaned and,
 * with the file's text ({@link DocumentText}), passes the personal-data guard. The reporter adds while the knelpunt is open, as do
 * the handlers of its current level and admins; the uploader removes their own file while it is open, admins always.
 * Whoever may read the knelpunt may download its files.
 */
@ApplicationScoped
public class AttachmentService {

    private final PersonalDataGuard guard = new PersonalDataGuard();

    @Inject
    AttachmentRepository attachments;

    @Inject
    BottleneckQueries queries;

    @Inject
    Profiles people;

    @Inject
    BottleneckChangeRecorder recorder;

    @Inject
    Clock clock;

    @Inject
    SettingsService settings;

    /** The largest file accepted, in bytes, as the settings say now. */
    public long maxBytes() {
        return settings.current().get(Setting.UPLOAD_MAX_BYTES);
    }

    /** A size for people: whole megabytes, or kilobytes below one megabyte. */
    static String readableSize(long bytes) {
        return bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB"
                : bytes >= 1024 * 1024 ? String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024)).replace('.', ',')
                : (bytes + 1023) / 1024 + " kB";
    }

    /**
     * A file to download: what it is, its bytes and the generated name to serve it under ({@code KP-2026-00042-bijlage-7.pdf}:
     * the extension of the detected kind; the name the person gave it is a label only).
     */
    public record Download(Attachment attachment, byte[] content, String fileName) {
    }

    @Transactional
    public Attachment add(String reference, String fileName, byte[] content, Caller caller) {
        Bottleneck bottleneck = queries.load(reference, caller);
        UserProfile person = people.of(caller);
        if (!queries.rights(bottleneck, caller).attach()) {
            throw new AccessDeniedException(Message.of("access.attachment.add"));
        }
        int maxCount = settings.current().days(Setting.UPLOAD_MAX_COUNT);
        if (content != null && content.length > 0 && content.length <= maxBytes() && attachments.count(bottleneck) >= maxCount) {
            throw InvalidInputException.of("bestand", Message.of("input.attachment.tooMany", String.valueOf(maxCount)));
        }
        CheckedFile file = check(fileName, content);
        String name = file.name();
        AttachmentKind kind = file.kind();
        Attachment attachment = new Attachment(bottleneck, name, kind, content.length, file.sha256(), person, clock.instant());
        attachments.add(attachment, content);
        recorder.audit(person, "BIJLAGE_TOEGEVOEGD", reference, caller, kind + ", " + content.length + " bytes");
        return attachment;
    }

    /** A file that passed the checks every upload gets: its cleaned name, the kind recognised from its content, its SHA-256. */
    public record CheckedFile(String name, AttachmentKind kind, String sha256) {
    }

    /**
     * The checks every uploaded file gets, here and in the kennisbank: not empty, within the size limit of the settings,
     * no {@link Danger}, one of the {@link AttachmentKind}s by content, a cleaned name and a text without personal data
     * (a file whose text cannot be read is refused, as it cannot be checked). Refusals are keyed to the
     * field {@code bestand} (or {@code bestandsnaam} for the name).
     */
    public CheckedFile check(String fileName, byte[] content) {
        String name = cleanName(fileName);
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("bestand", Message.of("input.attachment.empty"));
        }
        long maxBytes = maxBytes();
        if (content.length > maxBytes) {
            throw InvalidInputException.of("bestand", Message.of("input.attachment.tooLarge", readableSize(maxBytes)));
        }
        var findings = guard.inspect(name);
        if (!findings.isEmpty()) {
            throw new PersonalDataRejectedException(Map.of("bestandsnaam", findings));
        }
        Optional<Danger> danger = Danger.in(content);
        if (danger.isPresent()) {
            throw InvalidInputException.of("bestand", Message.of("input.attachment.refused", name, danger.get().label()));
        }
        AttachmentKind kind = AttachmentKind.detect(content)
                .orElseThrow(() -> InvalidInputException.of("bestand", Message.of("input.attachment.kind")));
        String text = DocumentText.of(kind, content)
                .orElseThrow(() -> InvalidInputException.of("bestand", Message.of("input.attachment.unreadable", name)));
        var inFile = guard.inspect(text);
        if (!inFile.isEmpty()) {
            throw new PersonalDataRejectedException(Map.of("bestand", inFile.stream().map(f -> f.inFile(name)).toList()));
        }
        return new CheckedFile(name, kind, sha256(content));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Attachment> list(String reference, Caller caller) {
        return list(queries.load(reference, caller));
    }

    /** The files of a knelpunt the caller has already been allowed to see. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Attachment> list(Bottleneck visible) {
        return attachments.of(visible);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Download download(String reference, long id, Caller caller) {
        Attachment attachment = own(reference, id, caller);
        byte[] content = attachments.content(attachment);
        String stem = attachment.getBottleneck().getReference() + "-bijlage-" + attachment.getId();
        return new Download(attachment, content, attachment.getKind().safeName(stem, content));
    }

    @Transactional
    public void remove(String reference, long id, Caller caller) {
        Attachment attachment = own(reference, id, caller);
        UserProfile person = people.of(caller);
        if (!queries.rights(attachment.getBottleneck(), caller).mayRemove(attachment)) {
            throw new AccessDeniedException(Message.of("access.attachment.remove"));
        }
        attachments.remove(attachment);
        recorder.audit(person, "BIJLAGE_VERWIJDERD", reference, caller, attachment.getFileName());
    }

    private Attachment own(String reference, long id, Caller caller) {
        Bottleneck bottleneck = queries.load(reference, caller);
        return attachments.find(id).filter(a -> a.getBottleneck().getId().equals(bottleneck.getId()))
                .orElseThrow(() -> new NotFoundException(Message.of("notFound.attachment", String.valueOf(id))));
    }

    /** Only the last path segment, no control or quote characters, at most 200 characters. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "bijlage";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
