package dev.rounds.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PaginatorTest {
    private static List<Integer> items(int count) {
        return IntStream.rangeClosed(1, count).boxed().toList();
    }

    @Test
    void emptyListHasOneEmptyPage() {
        List<Paginator.Page<Integer>> pages = Paginator.paginate(List.of(), 10, "/");
        assertThat(pages).singleElement().satisfies(page -> {
            assertThat(page.items()).isEmpty();
            assertThat(page.number()).isEqualTo(1);
            assertThat(page.total()).isEqualTo(1);
            assertThat(page.url()).isEqualTo("/");
            assertThat(page.previousUrl()).isNull();
            assertThat(page.nextUrl()).isNull();
            assertThat(page.totalItems()).isZero();
        });
    }

    @Test
    void exactlyOneFullPage() {
        List<Paginator.Page<Integer>> pages = Paginator.paginate(items(5), 5, "/");
        assertThat(pages).singleElement().satisfies(page -> assertThat(page.items()).containsExactly(1, 2, 3, 4, 5));
    }

    @Test
    void splitsIntoPagesWithLinks() {
        List<Paginator.Page<Integer>> pages = Paginator.paginate(items(11), 5, "/notes/");
        assertThat(pages).hasSize(3);
        assertThat(pages).extracting(Paginator.Page::url).containsExactly("/notes/", "/notes/page/2/", "/notes/page/3/");
        assertThat(pages.get(0).items()).containsExactly(1, 2, 3, 4, 5);
        assertThat(pages.get(2).items()).containsExactly(11);
        assertThat(pages).extracting(Paginator.Page::previousUrl).containsExactly(null, "/notes/", "/notes/page/2/");
        assertThat(pages).extracting(Paginator.Page::nextUrl).containsExactly("/notes/page/2/", "/notes/page/3/", null);
        assertThat(pages).extracting(Paginator.Page::number).containsExactly(1, 2, 3);
        assertThat(pages).allSatisfy(page -> {
            assertThat(page.total()).isEqualTo(3);
            assertThat(page.totalItems()).isEqualTo(11);
        });
    }

    @Test
    void pageUrlOfTheFirstPageIsTheListsUrl() {
        assertThat(Paginator.pageUrl("/", 1)).isEqualTo("/");
        assertThat(Paginator.pageUrl("/", 2)).isEqualTo("/page/2/");
        assertThat(Paginator.pageUrl("/tags/copd/", 4)).isEqualTo("/tags/copd/page/4/");
    }

    @Test
    void onePerPage() {
        assertThat(Paginator.paginate(items(3), 1, "/")).extracting(page -> page.items().get(0)).containsExactly(1, 2, 3);
    }
}
