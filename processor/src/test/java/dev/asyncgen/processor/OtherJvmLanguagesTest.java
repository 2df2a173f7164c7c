package dev.asyncgen.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interfaces compiled from other JVM languages, as {@code @Async.Of} reads them from class files.
 * Kotlin names a method that takes an inline class with a hash ({@code plus-LRDsOJo} in {@code
 * kotlin.time.TimeMark}): no Java source can call it, so the facade leaves it out and keeps the
 * rest.
 */
class OtherJvmLanguagesTest {

  @TempDir Path classes;

  @Test
  void methodsJavaCannotNameAreLeftOut() throws IOException {
    writeInterface(classes.resolve("k/Clock.class"));

    Compilation compilation =
        Compiler.javac()
            .withProcessors(new AsyncProcessor())
            .withOptions(Compilations.STRICT)
            .withClasspath(Compilations.classPathWith(classes))
            .compile(
                Compilations.source(
                    "q.Holder",
                    "package q;",
                    "@dev.asyncgen.Async.Of(k.Clock.class)",
                    "final class Holder {}"));

    assertThat(compilation).succeededWithoutWarnings();
    String facade =
        Compilations.content(
            compilation
                .generatedFile(StandardLocation.SOURCE_OUTPUT, "q/ClockAsync.java")
                .orElseThrow());
    assertTrue(facade.contains("CompletableFuture<Long> now()"), facade);
    assertFalse(facade.contains("plus"), facade);
  }

  /**
   * {@code public interface k.Clock { long now(); Clock plus-LRDsOJo(long duration); }}, as
   * Kotlin would write it: a class file that javac cannot produce from any source.
   */
  private static void writeInterface(Path file) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(0xCAFEBABE);
    out.writeShort(0); // minor version
    out.writeShort(61); // Java 17
    String[] utf8 = {"k/Clock", "java/lang/Object", "now", "()J", "plus-LRDsOJo", "(J)Lk/Clock;"};
    out.writeShort(1 + utf8.length + 2); // constant pool count: the entries, then two classes
    for (String text : utf8) {
      out.writeByte(1); // CONSTANT_Utf8, entries 1 to 6
      out.writeUTF(text);
    }
    out.writeByte(7); // CONSTANT_Class k/Clock, entry 7
    out.writeShort(1);
    out.writeByte(7); // CONSTANT_Class java/lang/Object, entry 8
    out.writeShort(2);
    out.writeShort(0x0601); // public abstract interface
    out.writeShort(7); // this class
    out.writeShort(8); // super class
    out.writeShort(0); // interfaces
    out.writeShort(0); // fields
    out.writeShort(2); // methods
    for (int[] method : new int[][] {{3, 4}, {5, 6}}) {
      out.writeShort(0x0401); // public abstract
      out.writeShort(method[0]);
      out.writeShort(method[1]);
      out.writeShort(0); // attributes
    }
    out.writeShort(0); // attributes
    Files.createDirectories(file.getParent());
    Files.write(file, bytes.toByteArray());
  }
}
