package dev.asyncgen.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.asyncgen.processor.model.FacadeDescriptor;
import dev.asyncgen.processor.model.FacadeMembers;
import dev.asyncgen.processor.model.FacadeRequest;
import java.io.IOException;
import java.util.Collections;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Modifier;

/**
 * Writes a facade's {@code dev.asyncgen.spi.FacadeProvider}, {@code DownloaderAsyncProvider}
 * beside {@code DownloaderAsync}, through which frameworks (the Spring Boot starter) build the
 * facade without reflection. Marked {@code @FacadeProvider.Registered}, so that {@link
 * dev.asyncgen.processor.FacadeRegistryProcessor} lists it for {@link java.util.ServiceLoader}.
 *
 * <p>One file per facade, from the facade's own originating element, as Gradle's isolating mode
 * wants; only the list of providers is aggregated, by that other processor.
 */
public final class ProviderWriter {

  static final ClassName FACADE_PROVIDER = ClassName.get("dev.asyncgen.spi", "FacadeProvider");
  static final ClassName REGISTERED = FACADE_PROVIDER.nestedClass("Registered");
  private static final ClassName ASYNC_OPTIONS = ClassName.get("dev.asyncgen", "AsyncOptions");
  private static final ClassName UNARY_OPERATOR =
      ClassName.get("java.util.function", "UnaryOperator");
  private static final TypeName ANY_CLASS =
      ParameterizedTypeName.get(ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class));

  public void write(FacadeDescriptor facade, Filer filer) throws IOException {
    file(facade).writeTo(filer);
  }

  JavaFile file(FacadeDescriptor facade) {
    FacadeRequest request = facade.request();
    ClassName facadeName = ClassName.get(request.packageName(), request.facadeName());
    ClassName syncName = ClassName.get(request.syncInterface());
    TypeSpec provider =
        TypeSpec.classBuilder(request.providerName())
            .addOriginatingElement(request.annotated())
            .addJavadoc(
                "Builds {@link $T} facades for frameworks, which find this class with\n"
                    + "{@link java.util.ServiceLoader} (see {@link $T}).\n",
                facadeName,
                FACADE_PROVIDER)
            .addAnnotations(FacadeWriter.typeAnnotations(facade))
            .addAnnotation(AnnotationSpec.builder(REGISTERED).build())
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(FACADE_PROVIDER)
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addJavadoc("Called by {@link java.util.ServiceLoader}.\n")
                    .addModifiers(Modifier.PUBLIC)
                    .build())
            .addMethod(
                classGetter("syncInterface")
                    .addStatement("return $T.class", syncName)
                    .build())
            .addMethod(
                classGetter("facadeInterface")
                    .addStatement("return $T.class", facadeName)
                    .build())
            .addMethod(
                MethodSpec.methodBuilder("create")
                    .addAnnotation(Override.class)
                    .addModifiers(Modifier.PUBLIC)
                    .returns(Object.class)
                    .addParameter(Object.class, "delegate")
                    .addParameter(ParameterizedTypeName.get(UNARY_OPERATOR, ASYNC_OPTIONS), "options")
                    .addStatement(
                        "return $T.$N(($T) delegate).$N(options)",
                        facadeName,
                        FacadeMembers.Member.OF.memberName(),
                        anyInstance(syncName, facade.typeVariables().size()),
                        FacadeMembers.Member.WITH_OPTIONS.memberName())
                    .build())
            // java.lang names that a type of the package shadows are spelled out, as in the facade
            .alwaysQualify(facade.shadowedJavaLangNames().toArray(new String[0]))
            .build();
    return JavaFile.builder(request.packageName(), provider).skipJavaLangImports(true).build();
  }

  private static MethodSpec.Builder classGetter(String name) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ANY_CLASS);
  }

  /** {@code Repo<?, ?>} for a generic interface: any instance, whatever its type arguments. */
  private static TypeName anyInstance(ClassName type, int typeVariables) {
    if (typeVariables == 0) {
      return type;
    }
    TypeName[] wildcards =
        Collections.nCopies(typeVariables, WildcardTypeName.subtypeOf(Object.class))
            .toArray(new TypeName[0]);
    return ParameterizedTypeName.get(type, wildcards);
  }
}
