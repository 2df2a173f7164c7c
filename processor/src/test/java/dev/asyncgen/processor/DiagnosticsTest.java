package dev.asyncgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.asyncgen.processor.Compilations.compile;
import static dev.asyncgen.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every misuse of {@code @Async} is a compile error on the right line, saying what to do. */
class DiagnosticsTest {

  @ParameterizedTest
  @CsvSource({
    "class, a class",
    "enum, an enum",
    "record, a record",
    "@interface, an annotation type",
  })
  void asyncOnAnythingButAnInterfaceIsAnError(String keyword, String description) {
    String body = keyword.equals("record") ? "record Thing(int x) {}" : keyword + " Thing {}";
    JavaFileObject thing = source("p.Thing", "package p;", "@dev.asyncgen.Async", body);

    Compilation compilation = compile(thing);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[asyncgen:not-interface] @Async applies to interfaces only, but p.Thing is " + description)
        .inFile(thing)
        .onLineContaining("@dev.asyncgen.Async");
  }

  @Test
  void privateNestedInterfaceIsAnError() {
    JavaFileObject outer =
        source(
            "p.Outer",
            "package p;",
            "class Outer {",
            "  @dev.asyncgen.Async",
            "  private interface Hidden { String get(); }",
            "}");

    Compilation compilation = compile(outer);

    assertThat(compilation)
        .hadErrorContaining("[asyncgen:private-interface]")
        .inFile(outer)
        .onLineContaining("@dev.asyncgen.Async");
    assertThat(compilation).hadErrorContaining("make it package-private or public");
  }

  @Test
  void interfaceNestedInAPrivateClassIsAnError() {
    JavaFileObject outer =
        source(
            "p.Outer",
            "package p;",
            "class Outer {",
            "  private static class Secret {",
            "    @dev.asyncgen.Async",
            "    interface Api { String get(); }",
            "  }",
            "}");

    assertThat(compile(outer))
        .hadErrorContaining("[asyncgen:private-interface] the facade of p.Outer.Secret.Api cannot reach it because the enclosing p.Outer.Secret is private")
        .inFile(outer)
        .onLineContaining("@dev.asyncgen.Async");
  }

  @Test
  void facadeNameTakenByAnExistingTypeIsAnError() {
    JavaFileObject api =
        source("p.Api", "package p;", "@dev.asyncgen.Async", "interface Api { String get(); }");
    JavaFileObject taken = source("p.ApiAsync", "package p;", "class ApiAsync {}");

    Compilation compilation = compile(api, taken);

    assertThat(compilation)
        .hadErrorContaining(
            "[asyncgen:name-clash] the facade of p.Api would be named ApiAsync, but a class p.ApiAsync already exists; choose another name with @Async(name = \"...\")")
        .inFile(api)
        .onLineContaining("@dev.asyncgen.Async");
  }

  @Test
  void implementationNameTakenByAnExistingTypeIsAnError() {
    JavaFileObject api =
        source("p.Api", "package p;", "@dev.asyncgen.Async(name = \"Remote\")", "interface Api { String get(); }");
    JavaFileObject taken = source("p.RemoteImpl", "package p;", "class RemoteImpl {}");

    assertThat(compile(api, taken))
        .hadErrorContaining("[asyncgen:name-clash] the facade of p.Api would be named Remote, but a class p.RemoteImpl already exists")
        .inFile(api)
        .onLineContaining("Remote");
  }

  /** The provider the registry lists is written too: its name is checked as the facade's is. */
  @Test
  void providerNameTakenByAnExistingTypeIsAnError() {
    JavaFileObject api =
        source("p.Api", "package p;", "@dev.asyncgen.Async(name = \"Payments\")", "interface Api { String get(); }");
    JavaFileObject taken = source("p.PaymentsProvider", "package p;", "class PaymentsProvider {}");

    Compilation compilation = compile(api, taken);

    assertThat(compilation)
        .hadErrorContaining("[asyncgen:name-clash] the facade of p.Api would be named Payments, but a class p.PaymentsProvider already exists")
        .inFile(api)
        .onLineContaining("Payments");
    assertThat(compilation).hadErrorCount(1); // not write-failed, and nothing half written
  }

  /** A user's own provider of the facade's provider name is no earlier output of the processor. */
  @Test
  void aHandWrittenProviderOfTheProvidersNameIsANameClash() {
    JavaFileObject api =
        source("p.Api", "package p;", "@dev.asyncgen.Async", "interface Api { String get(); }");
    JavaFileObject own =
        source("p.ApiAsyncProvider", "package p;",
            "abstract class ApiAsyncProvider implements dev.asyncgen.spi.FacadeProvider {}");

    assertThat(compile(api, own))
        .hadErrorContaining("[asyncgen:name-clash] the facade of p.Api would be named ApiAsync, but a class p.ApiAsyncProvider already exists")
        .inFile(api)
        .onLineContaining("@dev.asyncgen.Async");
  }

  /** The same gather names in another order are the same settings: no warning. */
  @Test
  void oneFacadeAskedForTwiceWithTheSameSettingsInAnotherOrderIsNoWarning() {
    Compilations.assertWarningFree(
        source("p.First", "package p;",
            "@dev.asyncgen.Async.Of(value = java.util.function.Function.class, gather = {\"apply\", \"andThen\"})",
            "class First {}"),
        source("p.Second", "package p;",
            "@dev.asyncgen.Async.Of(value = java.util.function.Function.class, gather = {\"andThen\", \"apply\"})",
            "class Second {}"));
  }

  @Test
  void invalidNameIsAnErrorOnTheAttribute() {
    JavaFileObject api =
        source(
            "p.Api",
            "package p;",
            "@dev.asyncgen.Async(",
            "    name = \"not a name\")",
            "interface Api { String get(); }");

    assertThat(compile(api))
        .hadErrorContaining("[asyncgen:invalid-name] @Async(name = \"not a name\") is not a valid Java type name; use a plain identifier such as ApiAsync")
        .inFile(api)
        .onLineContaining("not a name");
  }

  @Test
  void twoInterfacesAskingForTheSameFacadeNameIsAnError() {
    JavaFileObject first =
        source("p.First", "package p;", "@dev.asyncgen.Async(name = \"Same\")", "interface First { String a(); }");
    JavaFileObject second =
        source("p.Second", "package p;", "@dev.asyncgen.Async(name = \"Same\")", "interface Second { String b(); }");

    assertThat(compile(first, second))
        .hadErrorContaining("[asyncgen:duplicate-facade] the facade p.Same is generated twice, for p.First and for p.Second")
        .inFile(second)
        .onLineContaining("@dev.asyncgen.Async(name = \"Same\")");
  }

  @Test
  void methodClashingWithTheGeneratedFactoryIsAnErrorOnTheMethod() {
    JavaFileObject api =
        source(
            "p.Api",
            "package p;",
            "@dev.asyncgen.Async",
            "interface Api {",
            "  Api of(Api other);",
            "  String ok();",
            "}");

    assertThat(compile(api))
        .hadErrorContaining("[asyncgen:reserved-method] the method Api.of(p.Api) has the same signature as the generated method of(p.Api), which every facade of p.Api declares, whatever its name; rename the method")
        .inFile(api)
        .onLineContaining("Api of(Api other)");
  }

  /** Another facade name would not help: every facade of Svc has of(Svc). The message says so. */
  @Test
  void aRenamedFacadeClashesAllTheSame() {
    JavaFileObject svc =
        source(
            "p.Svc",
            "package p;",
            "@dev.asyncgen.Async(name = \"Other\")",
            "interface Svc {",
            "  String of(Svc s);",
            "}");

    assertThat(compile(svc))
        .hadErrorContaining(
            "[asyncgen:reserved-method] the method Svc.of(p.Svc) has the same signature as the"
                + " generated method of(p.Svc), which every facade of p.Svc declares, whatever its"
                + " name; rename the method")
        .inFile(svc)
        .onLineContaining("String of(Svc s)");
  }

  /** {@code withOptions(UnaryOperator<String>)} only erases like the facade's own: say so. */
  @Test
  void aClashOfErasuresIsCalledOne() {
    JavaFileObject api =
        source(
            "p.Api",
            "package p;",
            "@dev.asyncgen.Async",
            "interface Api {",
            "  void withOptions(java.util.function.UnaryOperator<String> change);",
            "}");

    assertThat(compile(api))
        .hadErrorContaining(
            "[asyncgen:reserved-method] the method Api.withOptions(java.util.function.UnaryOperator<java.lang.String>)"
                + " has the same erasure as the generated method"
                + " withOptions(java.util.function.UnaryOperator<dev.asyncgen.AsyncOptions>)")
        .inFile(api)
        .onLineContaining("void withOptions");
  }

  @Test
  void methodClashingWithWithOptionsIsAnError() {
    JavaFileObject api =
        source(
            "p.Api",
            "package p;",
            "import java.util.function.UnaryOperator;",
            "@dev.asyncgen.Async",
            "interface Api {",
            "  void withOptions(UnaryOperator<String> change);",
            "}");

    assertThat(compile(api))
        .hadErrorContaining("[asyncgen:reserved-method]")
        .inFile(api)
        .onLineContaining("void withOptions");
  }

  @Test
  void typeTheFacadeCannotNameIsAnErrorOnTheMethod() {
    JavaFileObject outer =
        source(
            "p.Outer",
            "package p;",
            "class Outer {",
            "  private static class Secret {}",
            "  @dev.asyncgen.Async",
            "  interface Api {",
            "    Secret get();",
            "  }",
            "}");

    assertThat(compile(outer))
        .hadErrorContaining("[asyncgen:inaccessible-type] the method Api.get() uses the type p.Outer.Secret, which the facade in package p cannot name because it is private")
        .inFile(outer)
        .onLineContaining("Secret get()");
  }

  @Test
  void typesThatNeverAppearAreReportedAfterTheLastRound() {
    // javac's own "cannot find symbol" comes too; ours names the interface and the missing types.
    JavaFileObject api =
        source(
            "p.Api",
            "package p;",
            "@dev.asyncgen.Async",
            "interface Api {",
            "  Missing get();",
            "}");

    Compilation compilation = compile(api);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("cannot find symbol");
    assertThat(compilation)
        .hadErrorContaining("[asyncgen:unresolved-type] p.Api refers to types that cannot be resolved (Missing)")
        .inFile(api)
        .onLineContaining("interface Api");
  }

  @Test
  void aBadNameIsReportedEvenWhileTypesAreMissing() {
    JavaFileObject api =
        source(
            "p.Api",
            "package p;",
            "@dev.asyncgen.Async(name = \"not a name\")",
            "interface Api { Missing get(); }");

    Compilation compilation = compile(api);

    assertThat(compilation)
        .hadErrorContaining("[asyncgen:invalid-name] @Async(name = \"not a name\")")
        .inFile(api)
        .onLineContaining("not a name");
    assertThat(compilation).hadErrorContaining("cannot find symbol");
  }

  @Test
  void everyProblemOfOneInterfaceIsReported() {
    JavaFileObject outer =
        source(
            "p.Outer",
            "package p;",
            "import java.util.function.UnaryOperator;",
            "class Outer {",
            "  private static class Secret {}",
            "  @dev.asyncgen.Async",
            "  interface Api {",
            "    Secret get();",
            "    void withOptions(UnaryOperator<String> change);",
            "  }",
            "}");

    Compilation compilation = compile(outer);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining("[asyncgen:inaccessible-type]").inFile(outer).onLineContaining("Secret get()");
    assertThat(compilation).hadErrorContaining("[asyncgen:reserved-method]").inFile(outer).onLineContaining("withOptions");
  }

  @Test
  void oneBadInterfaceDoesNotStopTheOthers() {
    JavaFileObject bad = source("p.Bad", "package p;", "@dev.asyncgen.Async", "class Bad {}");
    JavaFileObject good =
        source("p.Good", "package p;", "@dev.asyncgen.Async", "interface Good { String get(); }");

    JavaFileObject user = source("p.User", "package p;", "class User { GoodAsync good; }");

    Compilation compilation = compile(bad, good, user);

    // Had GoodAsync not been generated, javac would add "cannot find symbol" in User.
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[asyncgen:not-interface]").inFile(bad);
  }
}
