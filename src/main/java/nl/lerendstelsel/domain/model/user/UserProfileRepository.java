package nl.lerendstelsel.domain.model.user;

import java.util.List;
import java.util.Optional;

public interface UserProfileRepository {

    Optional<UserProfile> findBySubject(String subject);

    Optional<UserProfile> findById(Long id);

    /** The profiles with these ids, in one read (those that exist; in no particular order). */
    List<UserProfile> findAllById(java.util.Collection<Long> ids);

    /** The person with this user name (names are unique in the realm); the most recently seen one if reused. */
    Optional<UserProfile> findByUsername(String username);

    /** Everyone who had this role at their last sign-in, by display name. */
    List<UserProfile> withRole(Role role);

    /**
     * At most {@code max} people who had this role at their last sign-in, by display name, whose name, user name or
     * organisation contains {@code text} (any case; empty: all); only those among {@code among} unless that is null.
     */
    List<UserProfile> withRoleMatching(Role role, String text, java.util.Collection<Long> among, int max);

    void add(UserProfile profile);

    /**
     * One page of the people directory by display name: people whose name, user name, e-mail or organisation contains
     * {@code text} (any case; empty: everyone). The neutral "Voormalig deelnemer" is no person and never listed.
     */
    List<UserProfile> directory(String text, int first, int max);

    long countDirectory(String text);

    /** The subjects of everyone whose access an admin withdrew. */
    List<String> inactiveSubjects();

    /**
     * The ids of everyone who had this role at their last sign-in and looks after the arbeidsmarktregio
     * {@code regionCode}: those whose regions hold it and those who look after the whole country (no regions). With
     * {@code regionCode} null (a gemeente without a region) only the latter. Whether access was withdrawn is not checked.
     */
    List<Long> handlerIds(Role role, String regionCode);
}
