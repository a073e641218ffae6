package nl.lerendstelsel.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.lerendstelsel.application.BottleneckService;

/** The list of knelpunten, one page per request ({@code ?pagina=N}), most recently changed first. */
@Named("bottleneckList")
@RequestScoped
public class BottleneckListPage {

    static final int PAGE_SIZE = 20;

    @Inject
    BottleneckService service;

    private int page = 1;
    private BottleneckService.Page result;

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public BottleneckService.Page getResult() {
        if (result == null) {
            result = service.list(page, PAGE_SIZE);
        }
        return result;
    }

    public long getPageCount() {
        return Math.max(1, (getResult().total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public boolean isHasPrevious() {
        return getResult().page() > 1;
    }

    public boolean isHasNext() {
        return getResult().page() < getPageCount();
    }
}
