package dev.rounds.template;

import static org.assertj.core.api.Assertions.assertThat;

import freemarker.cache.StringTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Templates see the records of {@code Views} through {@code ViewObjectWrapper} exactly as through FreeMarker's own wrapper. */
class ViewObjectWrapperTest {
    private static final String TEMPLATE = """
            <#list pager.items as e>${e.title}|${e.title()}|${e.readingTime}|${e.hasTitle?c}|${e.summary}|\
            <#if e.updated??>${e.updated.display}<#else>no update</#if>|<#if e.date?is_hash>${e.date.iso}</#if>|\
            <#list e.tags as t>${t.name}=${t.url}<#sep>,</#list>|${e.params.mood!"-"}|\
            ${e.previous?has_content?c}|${e.image!"no image"}|${e.date?is_string?c}|${e.date?keys?size}
            </#list>${pager.number}/${pager.total} ${pager.first?c}
            ${site.url("/notes/")} ${site.url("https://x.example/")} ${site.title} ${site.menu?size} <#list site.authors as key, a>${key}:${a.name}</#list>
            """;

    @Test
    void recordsRenderAsWithTheDefaultWrapper() throws Exception {
        Map<String, Object> model = Map.of("site", site(), "pager", pager());
        String fast = render(new ViewObjectWrapper(), model);
        assertThat(fast).isEqualTo(render(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build(), model));
        assertThat(fast).startsWith("Feet &amp; shoes|Feet &amp; shoes|4|true|<p>Check them.</p>|no update|2026-03-01T09:00:00Z|"
                + "feet=/blog/tags/feet/,care=/blog/tags/care/|calm|false|no image|true|9\n");
        assertThat(fast).contains("/blog/notes/ https://x.example/ Clinic 1 amara:Amara Okafor");
    }

    @Test
    void theSameSiteIsReadOnEveryPage() throws Exception {
        ViewObjectWrapper wrapper = new ViewObjectWrapper();
        Views.Site site = site();
        assertThat(wrapper.wrap(site)).isSameAs(wrapper.wrap(site));
        assertThat(wrapper.wrap(pager())).isNotSameAs(wrapper.wrap(pager()));
    }

    private static String render(ObjectWrapper wrapper, Map<String, Object> model) throws Exception {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        StringTemplateLoader loader = new StringTemplateLoader();
        loader.putTemplate("t.ftlh", TEMPLATE);
        configuration.setTemplateLoader(loader);
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setObjectWrapper(wrapper);
        Template template = configuration.getTemplate("t.ftlh");
        StringWriter out = new StringWriter();
        template.process(model, out);
        return out.toString();
    }

    private static Views.Site site() {
        Views.Author amara = new Views.Author("amara", "Amara Okafor", "Consultant", null, null, null, null, List.of(), null, null,
                "/blog/authors/amara/", Map.of());
        return new Views.Site("Clinic", "", "en-gb", "https://x.example/blog/", "/blog/", List.of(new Views.Link("About", "/blog/about/")),
                amara, Map.of("amara", amara), Map.of(), Map.of(), "Rounds", List.of(), "/blog/subscribe/", "Not advice.", "999", null,
                null, "/blog/disclaimer/", true);
    }

    private static Views.Pager pager() {
        Views.Date date = new Views.Date("2026-03-01T09:00:00Z", "1 March 2026", "09:00", "2026");
        Views.Entry entry = new Views.Entry("post", "Feet & shoes", true, "/blog/2026/03/feet/", "https://x.example/blog/2026/03/feet/",
                date, null, Views.markup("<p>Check them.</p>"), Views.markup("<p>Body</p>"), "Check them.", 4, 800,
                List.of(new Views.TagLink("feet", "feet", "/blog/tags/feet/"), new Views.TagLink("care", "care", "/blog/tags/care/")),
                List.of(), null, null, false, null, List.of(), null, null, Map.of("mood", "calm"), null, false, List.of(), false, false,
                null, null, List.of());
        return new Views.Pager(List.of(entry, entry), 1, 3, true, false, null, "/blog/page/2/", 25);
    }
}
