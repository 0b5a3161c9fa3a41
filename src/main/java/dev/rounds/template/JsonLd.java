package dev.rounds.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rounds.config.SiteConfig;
import dev.rounds.content.Entry;
import dev.rounds.content.EntryKind;
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
        boolean medicalPage = entry.kind() == EntryKind.PAGE && (view.review() != null || !view.references().isEmpty());
        ObjectNode node = base(switch (entry.kind()) {
            case POST -> "BlogPosting";
            case NOTE -> "SocialMediaPosting";
            case PAGE -> medicalPage ? "MedicalWebPage" : "WebPage";
        });
        if (view.hasTitle()) {
            node.put(entry.kind() == EntryKind.PAGE ? "name" : "headline", view.title());
        }
        node.put("url", view.permalink());
        if (entry.kind() == EntryKind.POST) {
            // The post is the main thing on a web page about health: that page carries what the
            // reader sees of its review and sources.
            ObjectNode page = node.putObject("mainEntityOfPage");
            page.put("@type", "MedicalWebPage");
            page.put("@id", view.permalink());
            page.put("url", view.permalink());
            medical(config, page, view);
        } else {
            node.put("mainEntityOfPage", view.permalink());
            if (medicalPage) {
                medical(config, node, view);
            }
        }
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
                authors.add(person(config, author.name(), author.profession(), author.registration(), author.pageUrl()));
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
        if (entry.kind() != EntryKind.PAGE) {
            node.put("wordCount", view.wordCount());
        }
        ObjectNode publisher = node.putObject("isPartOf");
        publisher.put("@type", "WebSite");
        publisher.put("name", config.title());
        publisher.put("url", config.baseUrl());
        return script(node);
    }

    /** {@code lastReviewed}, {@code reviewedBy} and {@code citation}, as far as the page shows them. */
    private static void medical(SiteConfig config, ObjectNode page, Views.Entry view) {
        Views.Review review = view.review();
        if (review != null && review.reviewed() != null) {
            page.put("lastReviewed", review.reviewed().iso().substring(0, 10));
        }
        if (review != null && review.reviewed() != null && review.reviewedBy() != null) {
            Views.Reviewer reviewer = review.reviewedBy();
            page.set("reviewedBy", person(config, reviewer.name(), reviewer.profession(), reviewer.registration(), reviewer.url()));
        }
        if (!view.references().isEmpty()) {
            ArrayNode citations = page.putArray("citation");
            for (Views.Reference ref : view.references()) {
                ObjectNode citation = citations.addObject();
                boolean article = ref.journal() != null || ref.doi() != null || ref.pmid() != null;
                citation.put("@type", article ? "ScholarlyArticle" : "WebPage");
                if (ref.title() != null) {
                    citation.put("name", ref.title());
                }
                if (ref.authors() != null) {
                    citation.put("creditText", ref.authors());
                }
                if (ref.year() != null && ref.year().matches("[0-9]{4}")) {
                    citation.put("datePublished", ref.year());
                }
                if (ref.journal() != null) {
                    citation.putObject("isPartOf").put("@type", "Periodical").put("name", ref.journal());
                }
                if (ref.publisher() != null) {
                    citation.putObject("publisher").put("@type", "Organization").put("name", ref.publisher());
                }
                String url = ref.doiUrl() != null ? ref.doiUrl() : ref.url() != null ? ref.url() : ref.pubmedUrl();
                citation.put("url", url);
                ArrayNode sameAs = JSON.createArrayNode();
                for (String other : new String[] {ref.url(), ref.pubmedUrl()}) {
                    if (other != null && !other.equals(url)) {
                        sameAs.add(other);
                    }
                }
                if (!sameAs.isEmpty()) {
                    citation.set("sameAs", sameAs);
                }
                if (ref.doi() != null) {
                    citation.set("identifier", propertyValue("DOI", ref.doi()));
                }
            }
        }
    }

    /** A person as the byline or review box shows them: name, profession, registration, and their page on the site. */
    private static ObjectNode person(SiteConfig config, String name, String profession, Views.Registration registration,
                                     String pageUrl) {
        ObjectNode person = JSON.createObjectNode();
        person.put("@type", "Person");
        person.put("name", name);
        if (profession != null) {
            person.put("jobTitle", profession);
        }
        if (pageUrl != null) {
            person.put("url", config.origin() + pageUrl);
        }
        if (registration != null) {
            person.set("identifier", propertyValue(registration.regulator(), registration.number()));
        }
        return person;
    }

    private static ObjectNode propertyValue(String property, String value) {
        ObjectNode node = JSON.createObjectNode();
        node.put("@type", "PropertyValue");
        node.put("propertyID", property);
        node.put("value", value);
        return node;
    }

    /** An author's page: a {@code ProfilePage} whose main entity is the author, with their registration. */
    static TemplateHTMLOutputModel profile(SiteConfig config, Views.Author author, String absoluteImage) {
        ObjectNode node = base("ProfilePage");
        String permalink = config.origin() + author.pageUrl();
        node.put("url", permalink);
        node.put("name", author.name());
        node.put("inLanguage", config.language());
        ObjectNode person = node.putObject("mainEntity");
        person.put("@type", "Person");
        person.put("@id", permalink + "#person");
        person.put("name", author.name());
        if (author.profession() != null) {
            person.put("jobTitle", author.profession());
        }
        if (author.bio() != null) {
            person.put("description", author.bio());
        }
        if (absoluteImage != null) {
            person.put("image", absoluteImage);
        }
        ArrayNode sameAs = JSON.createArrayNode();
        if (author.url() != null) {
            sameAs.add(author.url().startsWith("/") ? config.origin() + author.url() : author.url());
        }
        author.links().forEach(sameAs::add);
        Views.Registration registration = author.registration();
        if (registration != null) {
            person.set("identifier", propertyValue(registration.regulator(), registration.number()));
            ObjectNode credential = person.putObject("hasCredential");
            credential.put("@type", "EducationalOccupationalCredential");
            credential.put("credentialCategory", "Professional registration");
            credential.put("name", "Registered with the " + registration.regulatorName());
            credential.put("identifier", registration.number());
            ObjectNode regulator = credential.putObject("recognizedBy");
            regulator.put("@type", "Organization");
            regulator.put("name", registration.regulatorName());
            if (!registration.regulator().equals(registration.regulatorName())) {
                regulator.put("alternateName", registration.regulator());
            }
            if (registration.registerUrl() != null) {
                credential.put("url", registration.registerUrl());
            }
        }
        if (!sameAs.isEmpty()) {
            person.set("sameAs", sameAs);
        }
        ObjectNode site = node.putObject("isPartOf");
        site.put("@type", "WebSite");
        site.put("name", config.title());
        site.put("url", config.baseUrl());
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
