package dev.asyncgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.asyncgen.processor.Compilations.compile;
import static dev.asyncgen.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Misuses of {@code @Async.Of} and of the attributes issue 4 added, each on the right line. */
class OfDiagnosticsTest {

  @Test
  void listingAClassIsAnErrorOnThatClassLiteral() {
    JavaFileObject holder =
        source(
            "p.Holder",
            "package p;",
            "@dev.asyncgen.Async.Of({",
            "    java.util.List.class,",
            "    java.util.ArrayList.class})",
            "class Holder {}");

    assertThat(compile(holder))
        .hadErrorContaining("[asyncgen:of-not-interface] @Async.Of lists java.util.ArrayList, which is a class; list interfaces only")
        .inFile(holder)
        .onLineContaining("ArrayList.class");
  }

  @Test
  void listingAnAnnotationTypeIsAnError() {
    JavaFileObject holder =
        source("p.Holder", "package p;", "@dev.asyncgen.Async.Of(Deprecated.class)", "class Holder {}");

    assertThat(compile(holder))
        .hadErrorContaining("[asyncgen:of-not-interface] @Async.Of lists java.lang.Deprecated, which is an annotation type")
        .inFile(holder)
        .onLineContaining("Deprecated.class");
  }

  @Test
  void listingAPrimitiveOrArrayTypeIsAnError() {
    JavaFileObject holder =
        source(
            "p.Holder",
            "package p;",
            "@dev.asyncgen.Async.Of({",
            "    int.class,",
            "    Runnable[].class})",
            "class Holder {}");

    Compilation compilation = compile(holder);

    assertThat(compilation)
        .hadErrorContaining("[asyncgen:of-not-interface] @Async.Of lists int, which is a primitive type")
        .inFile(holder)
        .onLineContaining("int.class");
    assertThat(compilation)
        .hadErrorContaining("[asyncgen:of-not-interface] @Async.Of lists java.lang.Runnable[], which is an array type")
        .inFile(holder)
        .onLineContaining("Runnable[].class");
  }

  @Test
  void listingNothingIsAnError() {
    JavaFileObject holder = source("p.Holder", "package p;", "@dev.asyncgen.Async.Of({})", "class Holder {}");

    assertThat(compile(holder))
        .hadErrorContaining("[asyncgen:of-empty]")
        .inFile(holder)
        .onLineContaining("Async.Of");
  }

  @Test
  void aNameForSeveralInterfacesIsAnErrorOnTheName() {
    JavaFileObject holder =
        source(
            "p.Holder",
            "package p;",
            "@dev.asyncgen.Async.Of(value = {Runnable.class, AutoCloseable.class},",
            "    name = \"Both\")",
            "class Holder {}");

    assertThat(compile(holder))
        .hadErrorContaining("[asyncgen:of-name-with-several] @Async.Of(name = \"Both\") names one facade, but 2 interfaces are listed")
        .inFile(holder)
        .onLineContaining("name = \"Both\"");
  }

  @Test
  void anInterfaceWhoseSignaturesTheFacadesPackageCannotNameIsAnErrorOnTheAnnotation() {
    JavaFileObject base =
        source("q.Base", "package q;", "public class Base {", "  protected static class Secret {}", "}");
    // Legal in q, which may see Base.Secret; a facade in p may not name it.
    JavaFileObject api =
        source("q.Api", "package q;", "public interface Api {", "  Base.Secret get();", "}");
    JavaFileObject holder =
        source("p.Holder", "package p;", "@dev.asyncgen.Async.Of(q.Api.class)", "class Holder {}");

    assertThat(compile(base, api, holder))
        .hadErrorContaining("[asyncgen:inaccessible-type] the method Api.get() uses the type q.Base.Secret, which the facade in package p cannot name because it is protected in another package")
        .inFile(holder)
        .onLineContaining("Async.Of");
  }

  @Test
  void aNestedInterfaceOfAPackagePrivateClassElsewhereIsAnError() {
    JavaFileObject outer =
        source(
            "q.Outer",
            "package q;",
            "class Outer {",
            "  public interface Api { String get(); }",
            "}");
    JavaFileObject holder =
        source(
            "q.Holder",
            "package q;",
            "@dev.asyncgen.Async.Of(Outer.Api.class)",
            "public class Holder {}");
    JavaFileObject elsewhere =
        source("p.Elsewhere", "package p;", "@dev.asyncgen.Async.Of(java.util.function.Supplier.class)", "class Elsewhere {}");

    // Outer.Api is reachable from q (its facade goes to q): no error there.
    assertThat(compile(outer, holder, elsewhere)).succeeded();
  }

  @Test
  void anInvalidTimeoutIsAnErrorOnTheAttribute() {
    JavaFileObject api =
        source(
            "p.Api",
            "package p;",
            "@dev.asyncgen.Async(",
            "    timeout = \"soon\")",
            "interface Api { String get(); }");

    assertThat(compile(api))
        .hadErrorContaining("[asyncgen:invalid-timeout] timeout = \"soon\" is not in a format asyncgen reads; write a whole number followed by ms, s, m or h, e.g. \"500ms\" or \"5s\", or an ISO-8601 duration such as \"PT5S\"")
        .inFile(api)
        .onLineContaining("soon");
  }

  @Test
  void aZeroTimeoutIsAnError() {
    JavaFileObject holder =
        source(
            "p.Holder",
            "package p;",
            "@dev.asyncgen.Async.Of(value = Runnable.class, timeout = \"0s\")",
            "class Holder {}");

    assertThat(compile(holder))
        .hadErrorContaining("[asyncgen:invalid-timeout] timeout = \"0s\"")
        .inFile(holder)
        .onLineContaining("0s");
  }

  @Test
  void theSameInterfaceListedTwiceInOnePackageIsOneFacade() {
    JavaFileObject first =
        source("p.First", "package p;", "@dev.asyncgen.Async.Of(Runnable.class)", "class First {}");
    JavaFileObject second =
        source("p.Second", "package p;", "@dev.asyncgen.Async.Of(Runnable.class)", "class Second {}");

    assertThat(compile(first, second)).succeededWithoutWarnings();
  }

  @Test
  void twoInterfacesWithTheSameSimpleNameCollide() {
    JavaFileObject holder =
        source(
            "p.Holder",
            "package p;",
            "@dev.asyncgen.Async.Of({javax.lang.model.element.Name.class, javax.naming.Name.class})",
            "class Holder {}");

    assertThat(compile(holder))
        .hadErrorContaining("[asyncgen:duplicate-facade] the facade p.NameAsync is generated twice, for javax.lang.model.element.Name and for javax.naming.Name")
        .inFile(holder)
        .onLineContaining("Async.Of");
  }

  @Test
  void twoListedInterfacesWithTheSameSimpleNameAreADuplicateFacade() {
    JavaFileObject holder =
        source(
            "p.Holder",
            "package p;",
            "@dev.asyncgen.Async.Of({java.util.Map.Entry.class})",
            "@dev.asyncgen.Async.Of(value = java.util.function.Supplier.class, name = \"Map_EntryAsync\")",
            "class Holder {}");

    assertThat(compile(holder))
        .hadErrorContaining("[asyncgen:duplicate-facade] the facade p.Map_EntryAsync is generated twice, for java.util.Map.Entry and for java.util.function.Supplier")
        .inFile(holder);
  }

  @Test
  void aFacadeForAnInterfaceThatIsAlsoAsyncIsADuplicate() {
    JavaFileObject api =
        source("p.Api", "package p;", "@dev.asyncgen.Async", "public interface Api { String get(); }");
    JavaFileObject holder =
        source("p.Holder", "package p;", "@dev.asyncgen.Async.Of(value = Runnable.class, name = \"ApiAsync\")", "class Holder {}");

    assertThat(compile(api, holder)).hadErrorContaining("[asyncgen:duplicate-facade]");
  }

  /**
   * A listed interface's method that takes the signature of the facade's own {@code of}: the user
   * cannot rename it, so the facade leaves it out, says so in a note on the class literal, and
   * compiles (under -Werror too) and works.
   */
  @Test
  void aMethodOfAListedInterfaceThatTakesAFacadeMembersSignatureIsLeftOutWithANote() throws Exception {
    JavaFileObject svc =
        source(
            "q.Svc",
            "package q;",
            "public interface Svc {",
            "  Svc of(Svc other);",
            "  void withOptions(java.util.function.UnaryOperator<String> change);",
            "  String name();",
            "}");
    JavaFileObject holder =
        source(
            "p.Holder",
            "package p;",
            "@dev.asyncgen.Async.Of(",
            "    q.Svc.class)",
            "class Holder {}");

    Compilation compilation = Compilations.compileStrictly(svc, holder);

    assertThat(compilation).succeeded();
    assertThat(compilation)
        .hadNoteContaining(
            "[asyncgen:method-left-out] the facade p.SvcAsync leaves out the method Svc.of(q.Svc),"
                + " which has the same signature as its own generated method of(q.Svc); call it on"
                + " the delegate")
        .inFile(holder)
        .onLineContaining("q.Svc.class");
    assertThat(compilation)
        .hadNoteContaining("leaves out the method Svc.withOptions(java.util.function.UnaryOperator<java.lang.String>), which has the same erasure as its own generated method withOptions(");
    String facade =
        Compilations.content(
            compilation.generatedFile(javax.tools.StandardLocation.SOURCE_OUTPUT, "p/SvcAsync.java").orElseThrow());
    org.junit.jupiter.api.Assertions.assertTrue(facade.contains("CompletableFuture<String> name()"), facade);
    org.junit.jupiter.api.Assertions.assertFalse(facade.contains("CompletableFuture<Svc> of("), facade);
  }
}
