package dev.asyncgen.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.asyncgen.processor.model.FacadeDescriptor;
import dev.asyncgen.processor.model.MethodDescriptor;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.util.Types;
import javax.tools.JavaFileObject;

/**
 * Writes a facade: the interface {@code FooAsync} ({@link InterfaceWriter}) and its
 * implementation {@code FooAsyncImpl} ({@link ImplementationWriter}). Codegen is the one package
 * that touches JavaPoet, which resolves every import.
 */
public final class FacadeWriter {

  static final String PROCESSOR = "dev.asyncgen.processor.AsyncProcessor";

  private static final ClassName GENERATED =
      ClassName.get("javax.annotation.processing", "Generated");

  private final InterfaceWriter interfaces;
  private final ImplementationWriter implementations;

  public FacadeWriter(Types types) {
    this.interfaces = new InterfaceWriter(new Javadocs(types));
    this.implementations = new ImplementationWriter();
  }

  /**
   * Writes both files of {@code facade} through {@code filer}, each rendered whole first and then
   * written at once: JavaPoet writing straight to the {@code Filer}'s writer encodes a few
   * characters at a time.
   */
  public void write(FacadeDescriptor facade, Filer filer) throws IOException {
    for (JavaFile file : files(facade)) {
      String name = file.packageName().isEmpty()
          ? file.typeSpec().name()
          : file.packageName() + "." + file.typeSpec().name();
      String text = file.toString();
      JavaFileObject source = filer.createSourceFile(name, facade.request().annotated());
      try (Writer writer = source.openWriter()) {
        writer.write(text);
      } catch (IOException e) {
        source.delete(); // half a file would only add javac's errors to ours
        throw e;
      }
    }
  }

  /** The facade interface's file, then its implementation's (or, split, its implementation's parts'). */
  public List<JavaFile> files(FacadeDescriptor facade) {
    List<JavaFile> files = new ArrayList<>();
    files.add(file(interfaces.write(facade), facade));
    for (TypeSpec implementation : implementations.write(facade)) {
      files.add(file(implementation, facade));
    }
    return files;
  }

  /**
   * java.lang goes unimported, as people write it, except for names that a type in the package
   * shadows: those JavaPoet spells out in full. So are names that a type variable of the facade
   * takes: JavaPoet avoids them in code, but not in the annotations of the very declaration that
   * introduces the variable, where javac already resolves it, e.g. {@code @Override} on a method
   * {@code <Override> ...}, or {@code @Generated} on a facade of {@code Api<Generated>}.
   */
  private static JavaFile file(TypeSpec type, FacadeDescriptor facade) {
    Set<String> qualified = new TreeSet<>(facade.shadowedJavaLangNames());
    for (TypeVariable variable : facade.typeVariables()) {
      qualified.add(variable.asElement().getSimpleName().toString());
    }
    for (MethodDescriptor method : facade.methods()) {
      TypeNames names = TypeNames.renaming(method.typeVariableNames());
      for (TypeVariable variable : method.typeVariables()) {
        qualified.add(names.declaration(variable).name());
      }
    }
    TypeSpec spec = type.toBuilder().alwaysQualify(qualified.toArray(new String[0])).build();
    return JavaFile.builder(facade.request().packageName(), spec).skipJavaLangImports(true).build();
  }

  /** {@code @Generated}, and the interface's {@code @Deprecated} and suppressed warnings. */
  static List<AnnotationSpec> typeAnnotations(FacadeDescriptor facade) {
    List<AnnotationSpec> annotations = new ArrayList<>();
    if (facade.marksGenerated()) {
      annotations.add(AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build());
    }
    facade.deprecated().ifPresent(deprecated -> annotations.add(AnnotationSpec.get(deprecated)));
    Signatures.suppressWarnings(facade.suppressedWarnings()).ifPresent(annotations::add);
    return annotations;
  }
}
