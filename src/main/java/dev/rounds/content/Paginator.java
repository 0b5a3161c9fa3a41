package dev.rounds.content;

import java.util.ArrayList;
import java.util.List;

/** Splits a list into pages with their URLs: {@code first} for page 1, {@code first + "page/N/"} after. */
public final class Paginator {
    private Paginator() {
    }

    /** One page of a list. {@code number} is 1-based; URLs are paths from the site root. */
    public record Page<T>(List<T> items, int number, int total, String url, String previousUrl, String nextUrl,
                          int totalItems) {
    }

    /** Always at least one page, so that an empty list still has its first page. */
    public static <T> List<Page<T>> paginate(List<T> items, int perPage, String firstUrl) {
        int total = Math.max(1, (items.size() + perPage - 1) / perPage);
        List<Page<T>> pages = new ArrayList<>(total);
        for (int number = 1; number <= total; number++) {
            List<T> slice = items.subList(Math.min(items.size(), (number - 1) * perPage), Math.min(items.size(), number * perPage));
            pages.add(new Page<>(slice, number, total, pageUrl(firstUrl, number),
                    number > 1 ? pageUrl(firstUrl, number - 1) : null,
                    number < total ? pageUrl(firstUrl, number + 1) : null,
                    items.size()));
        }
        return pages;
    }

    public static String pageUrl(String firstUrl, int number) {
        return number == 1 ? firstUrl : firstUrl + "page/" + number + "/";
    }
}
