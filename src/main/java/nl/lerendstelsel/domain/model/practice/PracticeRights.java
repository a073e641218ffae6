package nl.lerendstelsel.domain.model.practice;

/**
 * What a person may do with one practice example. Anyone reads a published one; its author and the editors read it in
 * every stage. Its author changes it (a change makes it a concept again), submits a concept or a withdrawn one for
 * review and withdraws it; an editor who did not write it publishes a submitted one; an editor sends a submitted or
 * published one back to concept, or withdraws it. A professional or facilitator of another organisation than the
 * practice's own marks a published one as "ook bij ons toegepast", once per organisation, and takes that back.
 */
public record PracticeRights(boolean read, boolean edit, boolean submit, boolean publish, boolean sendBack, boolean withdraw,
                             boolean adopt, boolean unadopt) {

    /** Nothing: for whoever may not read it. */
    public static final PracticeRights NONE = new PracticeRights(false, false, false, false, false, false, false, false);

    /**
     * @param stage    the practice's publication stage
     * @param author   the person is its author
     * @param editor   the person is an editor (or an admin)
     * @param adopter  the person may mark adoptions: a professional or facilitator of an organisation other than the
     *                 practice's own
     * @param adopted  the person's organisation marked it already
     */
    public static PracticeRights of(PublicationStage stage, boolean author, boolean editor, boolean adopter, boolean adopted) {
        boolean published = stage == PublicationStage.GEPUBLICEERD;
        if (!published && !author && !editor) {
            return NONE;
        }
        boolean open = stage == PublicationStage.CONCEPT || stage == PublicationStage.INGETROKKEN;
        return new PracticeRights(true, author, author && open, editor && !author && stage == PublicationStage.TER_REVIEW,
                editor && (stage == PublicationStage.TER_REVIEW || published), (author || editor) && stage != PublicationStage.INGETROKKEN,
                published && adopter && !adopted, adopter && adopted);
    }

    /** Whether the person may take any publication step (a reason for a page to show the steps' forms). */
    public boolean anyStep() {
        return submit || publish || sendBack || withdraw;
    }
}
