package dev.rounds.feed;

import java.io.ByteArrayOutputStream;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes {@code sitemap.xml} (sitemaps.org 0.9). */
public final class SitemapWriter {
    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /** One page: its absolute URL and when it last changed (null when unknown). */
    public record Url(String location, ZonedDateTime lastModified) {
    }

    private SitemapWriter() {
    }

    public static byte[] write(List<Url> urls) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + urls.size() * 120);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NAMESPACE);
            for (Url url : urls) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement("url");
                xml.writeStartElement("loc");
                xml.writeCharacters(url.location());
                xml.writeEndElement();
                if (url.lastModified() != null) {
                    xml.writeStartElement("lastmod");
                    xml.writeCharacters(url.lastModified().toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the sitemap", e);
        }
        return bytes.toByteArray();
    }
}
