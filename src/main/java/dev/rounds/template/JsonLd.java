package dev.rounds.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rounds.config.SiteConfig;
import dev.rounds.content.Entry;
import freemarker.core.TemplateHTMLOutputModel;

/**
 * schema.org data for search engines, matching what the page shows: {@code BlogPosting} for posts,
 * {@code SocialMediaPosting} for notes, {@code WebPage} for pages, {@code WebSite} for the home page.
 * Serialised with Jackson and made safe to sit inside a {@code <script>} element.
 */
final class JsonLd {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLd() {
    }

    static TemplateHTMLOutputModel website(SiteConfig config) {
        ObjectNode node = base("WebSite");
        node.put("name", config.title());
        node.put("url", config.baseUrl());
        if (!config.description().isBlank()) {
            node.put("description", config.description());
        }
        node.put("inLanguage", config.language());
        return script(node);
    }

    static TemplateHTMLOutputModel entry(SiteConfig config, Entry entry, Views.Entry view, String absoluteImage) {
        ObjectNode node = base(switch (entry.kind()) {
            case POST -> "BlogPosting";
            case NOTE -> "SocialMediaPosting";
            case PAGE -> "WebPage";
        });
        if (view.hasTitle()) {
            node.put(entry.kind() == dev.rounds.content.EntryKind.PAGE ? "name" : "headline", view.title());
        }
        node.put("url", view.permalink());
        node.put("mainEntityOfPage", view.permalink());
        node.put("inLanguage", config.language());
        if (view.description() != null && !view.description().isBlank()) {
            node.put("description", view.description());
        }
        if (view.date() != null) {
            node.put("datePublished", view.date().iso());
            node.put("dateModified", view.updated() != null ? view.updated().iso() : view.date().iso());
        }
        if (!view.authors().isEmpty()) {
            ArrayNode authors = node.putArray("author");
            for (Views.Author author : view.authors()) {
                authors.addObject().put("@type", "Person").put("name", author.name());
            }
        }
        if (absoluteImage != null) {
            ObjectNode image = node.putObject("image");
            image.put("@type", "ImageObject");
            image.put("url", absoluteImage);
            if (view.imageAlt() != null) {
                image.put("description", view.imageAlt());
            }
        }
        if (!view.tags().isEmpty()) {
            node.put("keywords", String.join(", ", view.tags().stream().map(Views.TagLink::name).toList()));
        }
        if (entry.kind() != dev.rounds.content.EntryKind.PAGE) {
            node.put("wordCount", view.wordCount());
        }
        ObjectNode publisher = node.putObject("isPartOf");
        publisher.put("@type", "WebSite");
        publisher.put("name", config.title());
        publisher.put("url", config.baseUrl());
        return script(node);
    }

    private static ObjectNode base(String type) {
        ObjectNode node = JSON.createObjectNode();
        node.put("@context", "https://schema.org");
        node.put("@type", type);
        return node;
    }

    private static TemplateHTMLOutputModel script(ObjectNode node) {
        try {
            // "</" and "<!--" would end or confuse the script element; JSON allows "\/" and "\u003c".
            String json = JSON.writeValueAsString(node).replace("</", "<\\/").replace("<!--", "\\u003c!--");
            return Views.markup("<script type=\"application/ld+json\">" + json + "</script>");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
