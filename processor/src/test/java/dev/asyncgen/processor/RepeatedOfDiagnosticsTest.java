package dev.asyncgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.asyncgen.processor.Compilations.compile;
import static dev.asyncgen.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Two or more {@code @Async.Of} on one element: javac hands the processor their container, {@code
 * @Async.Of.List}, which no line of the source spells, so a message attached to one of the
 * repeated annotations must still land on the line of the offending value.
 */
class RepeatedOfDiagnosticsTest {

  @Test
  void anInvalidTimeoutInTheSecondOfIsAnErrorOnThatTimeout() {
    JavaFileObject holder =
        source(
            "p.Holder",
            "package p;",
            "@dev.asyncgen.Async.Of(Runnable.class)",
            "@dev.asyncgen.Async.Of(",
            "    value = java.util.function.Supplier.class,",
            "    timeout = \"soon\")",
            "class Holder {}");

    assertThat(compile(holder))
        .hadErrorContaining("[asyncgen:invalid-timeout] timeout = \"soon\"")
        .inFile(holder)
        .onLineContaining("timeout = \"soon\"");
  }

  @Test
  void aClassListedInTheFirstOfIsAnErrorOnThatClassLiteral() {
    JavaFileObject holder =
        source(
            "p.Holder",
            "package p;",
            "@dev.asyncgen.Async.Of({",
            "    java.util.List.class,",
            "    java.util.ArrayList.class})",
            "@dev.asyncgen.Async.Of(java.util.function.Supplier.class)",
            "class Holder {}");

    assertThat(compile(holder))
        .hadErrorContaining("[asyncgen:of-not-interface] @Async.Of lists java.util.ArrayList, which is a class")
        .inFile(holder)
        .onLineContaining("ArrayList.class");
  }

  @Test
  void aClassListedInTheThirdOfIsAnErrorOnThatClassLiteral() {
    JavaFileObject holder =
        source(
            "p.Holder",
            "package p;",
            "@dev.asyncgen.Async.Of(Runnable.class)",
            "@dev.asyncgen.Async.Of(java.util.function.Supplier.class)",
            "@dev.asyncgen.Async.Of(",
            "    java.lang.Thread.class)",
            "class Holder {}");

    assertThat(compile(holder))
        .hadErrorContaining("[asyncgen:of-not-interface] @Async.Of lists java.lang.Thread, which is a class")
        .inFile(holder)
        .onLineContaining("Thread.class");
  }

  @Test
  void aNameForSeveralInTheSecondOfIsAnErrorOnThatName() {
    JavaFileObject holder =
        source(
            "p.Holder",
            "package p;",
            "@dev.asyncgen.Async.Of(Runnable.class)",
            "@dev.asyncgen.Async.Of(value = {java.util.function.Supplier.class, AutoCloseable.class},",
            "    name = \"Both\")",
            "class Holder {}");

    assertThat(compile(holder))
        .hadErrorContaining("[asyncgen:of-name-with-several]")
        .inFile(holder)
        .onLineContaining("name = \"Both\"");
  }

  @Test
  void onAPackageTheErrorIsOnTheOffendingValueToo() {
    JavaFileObject packageInfo =
        source(
            "p.package-info",
            "@dev.asyncgen.Async.Of(Runnable.class)",
            "@dev.asyncgen.Async.Of(value = java.util.function.Supplier.class,",
            "    timeout = \"1d\")",
            "package p;");

    assertThat(compile(packageInfo))
        .hadErrorContaining("[asyncgen:invalid-timeout] timeout = \"1d\"")
        .inFile(packageInfo)
        .onLineContaining("timeout = \"1d\"");
  }

  @Test
  void aDuplicateFacadeInsideOfAdvisesNamingItInThatOf() {
    JavaFileObject holder =
        source(
            "p.Holder",
            "package p;",
            "@dev.asyncgen.Async.Of(javax.lang.model.element.Name.class)",
            "@dev.asyncgen.Async.Of(",
            "    javax.naming.Name.class)",
            "class Holder {}");

    Compilation compilation = compile(holder);

    assertThat(compilation)
        .hadErrorContaining(
            "[asyncgen:duplicate-facade] the facade p.NameAsync is generated twice, for"
                + " javax.lang.model.element.Name and for javax.naming.Name; give one of them another"
                + " name with @Async.Of(value = javax.naming.Name.class, name = \"...\")")
        .inFile(holder)
        .onLineContaining("javax.naming.Name.class");
  }

  @Test
  void aDuplicateFacadeBetweenAsyncAndOfAdvisesNamingItInTheOf() {
    JavaFileObject api =
        source("p.Api", "package p;", "@dev.asyncgen.Async", "public interface Api { String get(); }");
    JavaFileObject holder =
        source(
            "p.Holder",
            "package p;",
            "@dev.asyncgen.Async.Of(value = Runnable.class, name = \"ApiAsync\")",
            "class Holder {}");

    assertThat(compile(api, holder))
        .hadErrorContaining("give one of them another name with @Async.Of(value = java.lang.Runnable.class, name = \"...\")")
        .inFile(holder)
        .onLineContaining("name = \"ApiAsync\"");
  }
}
