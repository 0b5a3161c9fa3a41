package dev.rounds.content;

/** A tag as written on an entry, and its slug; tags with equal slugs are one tag. */
public record Tag(String name, String slug) {
}
