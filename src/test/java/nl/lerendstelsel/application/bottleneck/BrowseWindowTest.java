package nl.lerendstelsel.application.bottleneck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.lerendstelsel.application.bottleneck.BottleneckQueries.Window;
import org.junit.jupiter.api.Test;

/** The bounded list of the knelpunten pages: which ids a page shows and what it says about the total. */
class BrowseWindowTest {

    @Test
    void aShortListIsCountedExactly() {
        assertEquals(new Window(0, 20, 45, 1, false), Window.of(45, 1000, 1, 20));
        assertEquals(new Window(40, 45, 45, 3, false), Window.of(45, 1000, 3, 20));
    }

    @Test
    void aListBeyondTheLimitSaysThereIsMore() {
        assertEquals(new Window(980, 1000, 1000, 50, true), Window.of(1001, 1000, 50, 20));
        assertEquals(new Window(0, 20, 1000, 1, true), Window.of(1001, 1000, 1, 20));
    }

    @Test
    void exactlyTheLimitIsNotMore() {
        assertEquals(new Window(980, 1000, 1000, 50, false), Window.of(1000, 1000, 50, 20));
    }

    @Test
    void aPageBeyondTheEndShowsTheLastPage() {
        assertEquals(new Window(980, 1000, 1000, 50, true), Window.of(1001, 1000, 80, 20));
        assertEquals(new Window(40, 45, 45, 3, false), Window.of(45, 1000, 7, 20));
    }

    @Test
    void anEmptyListHasOneEmptyPage() {
        assertEquals(new Window(0, 0, 0, 1, false), Window.of(0, 1000, 1, 20));
        assertEquals(new Window(0, 0, 0, 1, false), Window.of(0, 1000, -3, 20));
    }
}
