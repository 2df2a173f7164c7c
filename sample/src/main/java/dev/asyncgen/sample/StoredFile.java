package dev.asyncgen.sample;

/**
 * A file as the database describes it.
 *
 * @param name the file's name
 * @param size its length in bytes
 * @param sha256 the SHA-256 of its content, in lower-case hex, as the database computed it
 */
public record StoredFile(String name, long size, String sha256) {}
