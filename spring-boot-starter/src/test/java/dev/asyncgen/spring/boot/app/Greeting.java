package dev.asyncgen.spring.boot.app;

import java.util.Map;

/**
 * What a blocking call saw.
 *
 * @param text the greeting
 * @param thread the thread the call ran on
 * @param virtual whether that thread is virtual
 * @param mdc the SLF4J MDC there
 */
public record Greeting(String text, String thread, boolean virtual, Map<String, String> mdc) {}
