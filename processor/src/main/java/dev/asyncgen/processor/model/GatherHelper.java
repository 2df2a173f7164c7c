package dev.asyncgen.processor.model;

/**
 * A facade method {@code gatherM(Collection<? extends P> args)} that calls {@code m(P)} once per
 * element, all at once, and gathers the results in order.
 *
 * @param name e.g. {@code gatherDownload}
 * @param method the one-parameter facade method it calls
 */
public record GatherHelper(String name, MethodDescriptor method) {}
