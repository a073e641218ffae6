package nl.lerendstelsel.application.administration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.lerendstelsel.domain.model.organisation.LabourMarketRegion;
import nl.lerendstelsel.domain.model.organisation.Organisation;
import nl.lerendstelsel.domain.model.organisation.OrganisationKind;
import nl.lerendstelsel.domain.model.organisation.OrganisationRepository;
import nl.lerendstelsel.domain.model.theme.Theme;
import nl.lerendstelsel.domain.model.theme.ThemeRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which reads of {@link ReferenceDataService} come from its cache, and what drops it. */
class ReferenceDataServiceTest {

    private final Map<String, Integer> queries = new ConcurrentHashMap<>();
    private final List<Theme> themeRows = new ArrayList<>();
    private Object transaction;
    private ReferenceDataService service;

    @BeforeEach
    void setUp() {
        LabourMarketRegion region = new LabourMarketRegion("AM01", "Regio");
        themeRows.add(new Theme("taal", "Taal", "Language", null, null, 10));
        service = new ReferenceDataService();
        service.themes = new ThemeRepository() {
            @Override
            public List<Theme> all(boolean includeRetired) {
                queries.merge("themes" + includeRetired, 1, Integer::sum);
                return new ArrayList<>(themeRows);
            }

            @Override
            public Optional<Theme> find(String code) {
                return Optional.empty();
            }

            @Override
            public void add(Theme theme) {
            }
        };
        service.organisations = new OrganisationRepository() {
            @Override
            public Optional<Organisation> find(String code) {
                return Optional.empty();
            }

            @Override
            public List<Organisation> gemeenten(String regionCode, boolean includeRetired) {
                queries.merge("gemeenten" + regionCode + includeRetired, 1, Integer::sum);
                return new ArrayList<>(List.of(Organisation.gemeente("GM0344", "Utrecht", "Utrecht", region)));
            }

            @Override
            public List<Organisation> partners(boolean includeRetired) {
                queries.merge("partners" + includeRetired, 1, Integer::sum);
                return new ArrayList<>(List.of(Organisation.partner("DIVOSA", "Divosa", OrganisationKind.KOEPELORGANISATIE)));
            }

            @Override
            public List<LabourMarketRegion> regions() {
                queries.merge("regions", 1, Integer::sum);
                return new ArrayList<>(List.of(region));
            }

            @Override
            public Optional<LabourMarketRegion> findRegion(String code) {
                return Optional.empty();
            }

            @Override
            public void add(LabourMarketRegion region) {
            }

            @Override
            public void add(Organisation organisation) {
            }
        };
        service.transactions = new FakeTransactions();
    }

    private int count(String query) {
        return queries.getOrDefault(query, 0);
    }

    @Test
    void theListsEveryPageShowsAreReadOnceAndShared() {
        List<Theme> first = service.themes();
        assertSame(first, service.themes());
        assertSame(service.regions(), service.regions());
        assertSame(service.gemeenten(null), service.gemeenten(null));
        assertSame(service.partners(), service.partners());
        assertEquals(1, count("themesfalse"));
        assertEquals(1, count("regions"));
        assertEquals(1, count("gemeentennullfalse"));
        assertEquals(1, count("partnersfalse"));
        assertThrows(UnsupportedOperationException.class, () -> first.add(first.get(0)), "shared, so nobody may change it");
    }

    @Test
    void aChangeOnThisNodeDropsEveryListOnceItsTransactionHasEnded() {
        service.themes();
        service.regions();
        service.gemeenten(null);
        service.partners();
        themeRows.add(new Theme("werk", "Werk", "Work", null, null, 20));
        service.afterChange(new ReferenceDataService.Changed());
        assertEquals(2, service.themes().size(), "the new theme shows at once");
        assertEquals(2, count("themesfalse"));
        service.regions();
        service.gemeenten(null);
        service.partners();
        assertEquals(2, count("regions"));
        assertEquals(2, count("gemeentennullfalse"));
        assertEquals(2, count("partnersfalse"));
    }

    @Test
    void insideATransactionTheDatabaseIsAskedSoTheTransactionSeesItsOwnChanges() {
        service.themes();
        transaction = new Object();
        themeRows.add(new Theme("werk", "Werk", "Work", null, null, 20));
        assertEquals(2, service.themes().size());
        assertEquals(2, service.themes().size());
        assertEquals(3, count("themesfalse"), "every read in the transaction asks the database");
        transaction = null;
        assertEquals(1, service.themes().size(), "and the uncommitted read was not kept: the cache still holds its own");
    }

    @Test
    void listsOfOneRegionAndListsWithRetiredRowsAreNotCached() {
        service.gemeenten("AM01");
        service.gemeenten("AM01");
        service.themesIncludingRetired();
        service.themesIncludingRetired();
        assertEquals(2, count("gemeentenAM01false"));
        assertEquals(2, count("themestrue"));
    }

    /** Only the transaction key matters to the service. */
    private final class FakeTransactions implements TransactionSynchronizationRegistry {
        @Override
        public Object getTransactionKey() {
            return transaction;
        }

        @Override
        public void putResource(Object key, Object value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object getResource(Object key) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int getTransactionStatus() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setRollbackOnly() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean getRollbackOnly() {
            throw new UnsupportedOperationException();
        }
    }
}
