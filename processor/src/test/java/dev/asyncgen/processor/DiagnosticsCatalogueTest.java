package dev.asyncgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.asyncgen.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every message the processor has, each triggered by the smallest misuse that earns it. A new
 * diagnostic without a case here fails {@link #everyDiagnosticHasACase()}.
 */
class DiagnosticsCatalogueTest {

  /**
   * Bugs and I/O failures, which no source can trigger on purpose (FacadeRegistryTest triggers
   * the registry's with a second processor); and an inaccessible class literal in {@code
   * @Async.Of}, which javac rejects before any processor sees it (the check stays for compilers
   * that are more lenient).
   */
  private static final Set<Diagnostics> UNTRIGGERABLE =
      EnumSet.of(
          Diagnostics.INTERNAL_ERROR,
          Diagnostics.WRITE_FAILED,
          Diagnostics.REGISTRY_WRITE_FAILED,
          Diagnostics.OF_INACCESSIBLE);

  private static final Map<Diagnostics, List<JavaFileObject>> CASES = new LinkedHashMap<>();

  static {
    add(Diagnostics.NOT_INTERFACE, api("@dev.asyncgen.Async class Api {}"));
    add(Diagnostics.PRIVATE_INTERFACE, api("class Api { @dev.asyncgen.Async private interface X { void m(); } }"));
    add(Diagnostics.LOCAL_INTERFACE, api("class Api { void m() { @dev.asyncgen.Async interface X {} } }"));
    add(Diagnostics.INVALID_TIMEOUT, api("@dev.asyncgen.Async(timeout = \"-1s\") interface Api {}"));
    add(Diagnostics.OF_EMPTY, api("@dev.asyncgen.Async.Of({}) class Api {}"));
    add(Diagnostics.OF_NAME_WITH_SEVERAL,
        api("@dev.asyncgen.Async.Of(value = {Runnable.class, AutoCloseable.class}, name = \"X\") class Api {}"));
    add(Diagnostics.OF_NOT_INTERFACE, api("@dev.asyncgen.Async.Of(String.class) class Api {}"));
    add(Diagnostics.INVALID_NAME, api("@dev.asyncgen.Async(name = \"1st\") interface Api {}"));
    add(Diagnostics.NAME_CLASH,
        api("@dev.asyncgen.Async interface Api {}"), source("p.ApiAsync", "package p;", "class ApiAsync {}"));
    add(Diagnostics.DUPLICATE_FACADE,
        api("@dev.asyncgen.Async(name = \"Same\") interface Api {}"),
        source("p.Other", "package p;", "@dev.asyncgen.Async(name = \"Same\") interface Other {}"));
    add(Diagnostics.RESERVED_METHOD, api("@dev.asyncgen.Async interface Api { void of(Api api); }"));
    add(Diagnostics.INACCESSIBLE_TYPE,
        api("class Api { private static class S {} @dev.asyncgen.Async interface X { S get(); } }"));
    add(Diagnostics.UNRESOLVED_TYPE, api("@dev.asyncgen.Async interface Api { Missing get(); }"));
  }

  private static void add(Diagnostics diagnostic, JavaFileObject... sources) {
    CASES.put(diagnostic, List.of(sources));
  }

  private static JavaFileObject api(String declaration) {
    return source("p.Api", "package p;", declaration);
  }

  static Stream<Arguments> cases() {
    return CASES.entrySet().stream().map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void eachMisuseFailsWithItsTaggedMessage(Diagnostics diagnostic, List<JavaFileObject> sources) {
    Compilation compilation = Compilations.compile(sources.toArray(new JavaFileObject[0]));

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining(diagnostic.tag() + " ");
  }

  @Test
  void everyDiagnosticHasACase() {
    Set<Diagnostics> missing = EnumSet.allOf(Diagnostics.class);
    missing.removeAll(CASES.keySet());
    missing.removeAll(UNTRIGGERABLE);
    assertThat(missing).isEmpty();
  }

  @Test
  void everyMessageStartsWithItsTagAndSaysWhatToDo() {
    for (Diagnostics diagnostic : Diagnostics.values()) {
      assertThat(diagnostic.tag()).matches("\\[asyncgen:[a-z-]+\\]");
      String message = diagnostic.format(2, 2, 2, 2, 2, 2, 2, 2); // numbers fit %s and %d alike
      assertThat(message).startsWith(diagnostic.tag() + " ");
      assertThat(message).containsMatch("; |\\. |please");
    }
  }
}
