package dev.asyncgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.asyncgen.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message the processor has, each triggered by the smallest misuse that earns it, and
 * compared whole, with the arguments the processor filled in. A new message without a case here
 * fails {@link #everyMessageHasACase()}.
 */
class DiagnosticsCatalogueTest {

  /**
   * An inaccessible class literal in {@code @Async.Of}, which javac rejects before any processor
   * sees it (the check stays for compilers that are more lenient); a type parameter bounded by a
   * type Java cannot name, which only a class file of another JVM language holds (scala-library
   * 2.13 has none).
   */
  private static final Set<Class<?>> UNTRIGGERABLE =
      Set.of(Diagnostics.OfInaccessible.class, Diagnostics.UnnameableBound.class);

  /** Messages that are warnings or notes: the compilation succeeds. */
  private static final Set<String> WARNINGS = Set.of("ForeignAsync", "DuplicateFacadeSettings");

  private static final Set<String> NOTES = Set.of("MethodLeftOut");

  /** How a case compiles: with the plain processor, or with one whose {@code Filer} fails. */
  private record Case(Processor processor, List<JavaFileObject> sources, String expected) {}

  private static final Map<Class<?>, Case> CASES = new LinkedHashMap<>();

  static {
    add(Diagnostics.NotInterface.class,
        "[asyncgen:not-interface] @Async applies to interfaces only, but p.Api is a class; annotate"
            + " the interface it implements, or list that interface in @Async.Of",
        api("@dev.asyncgen.Async class Api {}"));
    add(Diagnostics.PrivateInterface.class,
        "[asyncgen:private-interface] the facade of p.Api.X cannot reach it because it is private;"
            + " make it package-private or public",
        api("class Api { @dev.asyncgen.Async private interface X { void m(); } }"));
    add(Diagnostics.InvalidTimeout.class,
        "[asyncgen:invalid-timeout] timeout = \"1.5s\" is not in a format asyncgen reads; write a"
            + " whole number followed by ms, s, m or h, here \"1500ms\", or an ISO-8601 duration"
            + " such as \"PT1.5S\"",
        api("@dev.asyncgen.Async(timeout = \"1.5s\") interface Api {}"));
    add(Diagnostics.OfEmpty.class,
        "[asyncgen:of-empty] @Async.Of lists no interface; list at least one, e.g."
            + " @Async.Of(java.sql.Connection.class)",
        api("@dev.asyncgen.Async.Of({}) class Api {}"));
    add(Diagnostics.OfNameWithSeveral.class,
        "[asyncgen:of-name-with-several] @Async.Of(name = \"X\") names one facade, but 2 interfaces"
            + " are listed; give each its own @Async.Of(value = X.class, name = \"...\")",
        api("@dev.asyncgen.Async.Of(value = {Runnable.class, AutoCloseable.class}, name = \"X\") class Api {}"));
    add(Diagnostics.OfNotInterface.class,
        "[asyncgen:of-not-interface] @Async.Of lists java.lang.String, which is a class; list"
            + " interfaces only",
        api("@dev.asyncgen.Async.Of(String.class) class Api {}"));
    add(Diagnostics.InvalidName.class,
        "[asyncgen:invalid-name] @Async(name = \"1st\") is not a valid Java type name; use a plain"
            + " identifier such as ApiAsync",
        api("@dev.asyncgen.Async(name = \"1st\") interface Api {}"));
    add(Diagnostics.NameClash.class,
        "[asyncgen:name-clash] the facade of p.Api would be named ApiAsync, but a class p.ApiAsync"
            + " already exists; choose another name with @Async(name = \"...\")",
        api("@dev.asyncgen.Async interface Api {}"),
        source("p.ApiAsync", "package p;", "class ApiAsync {}"));
    add(Diagnostics.DuplicateFacade.class,
        "[asyncgen:duplicate-facade] the facade p.Same is generated twice, for p.Api and for"
            + " p.Other; give one of them another name with @Async(name = \"...\")",
        api("@dev.asyncgen.Async(name = \"Same\") interface Api {}"),
        source("p.Other", "package p;", "@dev.asyncgen.Async(name = \"Same\") interface Other {}"));
    add(Diagnostics.GatherUnknownMethod.class,
        "[asyncgen:gather-unknown-method] gather = \"get\" names no method with one parameter of"
            + " p.Api; list such methods by name, e.g. \"put\"",
        api("@dev.asyncgen.Async(gather = \"get\") interface Api { String get(); void put(String s); }"));
    add(Diagnostics.GatherUnavailable.class,
        "[asyncgen:gather-unavailable] gather = \"find\" asks for a helper that cannot be named"
            + " without a clash (another method takes its name, or a collection); call"
            + " Gather.map(args, arg -> facade.find(arg)) instead",
        api("@dev.asyncgen.Async(gather = \"find\") interface Api {"
            + " String find(javax.swing.text.Element e); String find(javax.lang.model.element.Element e); }"));
    add(Diagnostics.ReservedMethod.class,
        "[asyncgen:reserved-method] the method Api.of(p.Api) has the same signature as the"
            + " generated method of(p.Api), which every facade of p.Api declares, whatever its name;"
            + " rename the method",
        api("@dev.asyncgen.Async interface Api { void of(Api api); }"));
    add(Diagnostics.MethodLeftOut.class,
        "[asyncgen:method-left-out] the facade p.Api_XAsync leaves out the method X.of(p.Api.X),"
            + " which has the same signature as its own generated method of(p.Api.X); call it on"
            + " the delegate",
        api("@dev.asyncgen.Async.Of(Api.X.class) class Api { public interface X { void of(X x); void run(); } }"));
    add(Diagnostics.InaccessibleType.class,
        "[asyncgen:inaccessible-type] the method X.get() uses the type p.Api.S, which the facade in"
            + " package p cannot name because it is private; make the type accessible from that"
            + " package",
        api("class Api { private static class S {} @dev.asyncgen.Async interface X { S get(); } }"));
    add(Diagnostics.ForeignAsync.class,
        "[asyncgen:foreign-async] p.Api is annotated with"
            + " org.springframework.scheduling.annotation.Async, which asyncgen does not read, so no"
            + " ApiAsync is generated; to generate it, import dev.asyncgen.Async instead (or beside"
            + " it); if only org.springframework.scheduling.annotation.Async is meant, add"
            + " @SuppressWarnings(\"asyncgen:foreign-async\") to the interface",
        api("@org.springframework.scheduling.annotation.Async interface Api {}"));
    add(Diagnostics.DuplicateFacadeSettings.class,
        "[asyncgen:duplicate-facade-settings] p.CallableAsync is asked for again here with timeout"
            + " = \"PT5S\", gather = \"*\", but it was asked for first at p.Api with timeout = none,"
            + " gather = {}, and one facade is written, with the first's settings; ask for it once,"
            + " or with the same settings",
        api("@dev.asyncgen.Async.Of(java.util.concurrent.Callable.class) class Api {}"),
        source(
            "p.Other",
            "package p;",
            "@dev.asyncgen.Async.Of(value = java.util.concurrent.Callable.class, timeout = \"5s\","
                + " gather = \"*\")",
            "class Other {}"));
    add(Diagnostics.FacadeTooLarge.class,
        "[asyncgen:facade-too-large] the facade p.ApiAsync would have 22,000 methods and need up to"
            + " 66,151 constant-pool entries, more than the 65,535 a class file can hold; ask for"
            + " fewer gather helpers (gather = {}), or split the interface",
        api(LargeInterfaceTest.oneParameterMethods("@dev.asyncgen.Async interface Api", 11_000)));
    add(Diagnostics.UnresolvedType.class,
        "[asyncgen:unresolved-type] p.Api refers to types that cannot be resolved (Missing); fix the"
            + " missing types or imports, then compile again",
        api("@dev.asyncgen.Async interface Api { Missing get(); }"));
    add(Diagnostics.RuntimeMismatch.class,
        "[asyncgen:runtime-mismatch] the asyncgen runtime on the class path speaks generated-code"
            + " contract 2, but this processor writes code for contract 1; use asyncgen-runtime and"
            + " asyncgen-processor of the same version",
        api("@dev.asyncgen.Async interface Api {}"),
        source(
            "dev.asyncgen.internal.FacadeRuntime",
            "package dev.asyncgen.internal;",
            "public final class FacadeRuntime { public static final int CONTRACT_VERSION = 2; }"));
    add(Diagnostics.WriteFailed.class,
        WrappedProcessor.withFilerThrowing(() -> new IOException("disk full")),
        "[asyncgen:write-failed] could not write the facade p.ApiAsync (disk full); check that the"
            + " generated-sources folder is writable and that no other processor writes a type of"
            + " that name",
        api("@dev.asyncgen.Async interface Api {}"));
    add(Diagnostics.RegistryWriteFailed.class,
        WrappedProcessor.registryWithFilerThrowing(() -> new IOException("disk full")),
        "[asyncgen:registry-write-failed] could not write"
            + " META-INF/services/dev.asyncgen.spi.FacadeProvider (disk full), so frameworks will"
            + " not find this module's facades; check that no other processor writes that file",
        source(
            "p.ApiAsyncProvider",
            "package p;",
            "@dev.asyncgen.spi.FacadeProvider.Registered public class ApiAsyncProvider {}"));
    add(Diagnostics.InternalError.class,
        WrappedProcessor.withFilerThrowing(() -> new IllegalStateException("the wrapper broke")),
        "[asyncgen:internal-error] asyncgen failed while processing p.Api, which is a bug in"
            + " asyncgen; please report it with this trace:" + System.lineSeparator()
            + "java.lang.IllegalStateException: the wrapper broke",
        api("@dev.asyncgen.Async interface Api {}"));
  }

  private static void add(Class<?> message, String expected, JavaFileObject... sources) {
    add(message, new AsyncProcessor(), expected, sources);
  }

  private static void add(
      Class<?> message, Processor processor, String expected, JavaFileObject... sources) {
    CASES.put(message, new Case(processor, List.of(sources), expected));
  }

  private static JavaFileObject api(String declaration) {
    return source("p.Api", "package p;", declaration);
  }

  static Stream<Arguments> cases() {
    return CASES.entrySet().stream()
        .map(entry -> Arguments.of(entry.getKey().getSimpleName(), entry.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachMisuseFailsWithItsMessageInFull(String message, Case misuse) {
    Compilation compilation =
        Compiler.javac().withProcessors(misuse.processor()).compile(misuse.sources());

    boolean warning = WARNINGS.contains(message);
    boolean note = NOTES.contains(message);
    if (warning || note) {
      assertThat(compilation).succeeded();
    } else {
      assertThat(compilation).failed();
    }
    String tag = misuse.expected().substring(0, misuse.expected().indexOf(' '));
    List<String> tagged = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> error :
        warning ? compilation.warnings() : note ? compilation.notes() : compilation.errors()) {
      // javac indents the lines after the first of a message
      String text = error.getMessage(null).replaceAll("\\R\\s*", System.lineSeparator());
      if (text.startsWith(tag)) {
        tagged.add(text);
      }
    }
    assertThat(tagged).hasSize(1);
    if (message.equals("InternalError")) {
      // Then the rest of the stack trace: where in the processor it was thrown.
      assertThat(tagged.get(0)).startsWith(misuse.expected());
      assertThat(tagged.get(0)).contains("at dev.asyncgen.processor.codegen.FacadeWriter.write(");
    } else {
      assertThat(tagged.get(0)).isEqualTo(misuse.expected());
    }
  }

  @Test
  void everyMessageHasACase() {
    Set<Class<?>> missing = new HashSet<>(List.of(Diagnostics.Message.class.getPermittedSubclasses()));
    missing.removeAll(CASES.keySet());
    missing.removeAll(UNTRIGGERABLE);
    assertThat(missing).isEmpty();
  }

  @Test
  void everyMessageStartsWithItsTagAndSaysWhatToDo() {
    for (Map.Entry<Class<?>, Case> entry : CASES.entrySet()) {
      String tag = Diagnostics.tagOf(entry.getKey());
      assertThat(tag).matches("\\[asyncgen:[a-z-]+\\]");
      assertThat(entry.getValue().expected()).startsWith(tag + " ");
      assertThat(entry.getValue().expected()).containsMatch("; |\\. |please");
    }
  }
}
