package dev.asyncgen.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import dev.asyncgen.processor.model.FacadeDescriptor;
import dev.asyncgen.processor.model.GatherHelper;
import dev.asyncgen.processor.model.MethodDescriptor;
import dev.asyncgen.processor.model.MethodDescriptor.Parameter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.util.Types;

/**
 * Writes a facade: the interface {@code FooAsync} and its implementation {@code FooAsyncImpl}. The
 * one place that touches JavaPoet, which resolves every import.
 */
public final class FacadeWriter {

  static final String PROCESSOR = "dev.asyncgen.processor.AsyncProcessor";

  private static final ClassName COMPLETABLE_FUTURE =
      ClassName.get("java.util.concurrent", "CompletableFuture");
  private static final ClassName EXECUTOR = ClassName.get("java.util.concurrent", "Executor");
  private static final ClassName UNARY_OPERATOR =
      ClassName.get("java.util.function", "UnaryOperator");
  private static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
  private static final ClassName GENERATED =
      ClassName.get("javax.annotation.processing", "Generated");
  private static final ClassName ASYNC_OPTIONS = ClassName.get("dev.asyncgen", "AsyncOptions");
  private static final ClassName DISPATCHER = ClassName.get("dev.asyncgen", "Dispatcher");
  private static final ClassName GATHER = ClassName.get("dev.asyncgen", "Gather");
  private static final ClassName LIST = ClassName.get("java.util", "List");
  private static final ClassName COLLECTION = ClassName.get("java.util", "Collection");
  private static final ClassName DURATION = ClassName.get("java.time", "Duration");

  private final Types types;

  public FacadeWriter(Types types) {
    this.types = types;
  }

  /** Writes both files of {@code facade} through {@code filer}. */
  public void write(FacadeDescriptor facade, Filer filer) throws IOException {
    for (JavaFile file : files(facade)) {
      file.writeTo(filer);
    }
  }

  /** The facade interface's file, then its implementation's. */
  public List<JavaFile> files(FacadeDescriptor facade) {
    String packageName = facade.request().packageName();
    return List.of(
        file(packageName, facadeInterface(facade), facade),
        file(packageName, implementation(facade), facade));
  }

  /**
   * java.lang goes unimported, as people write it, except for names that a type in the package
   * shadows: those JavaPoet spells out in full. So are names that a type variable of the facade
   * takes: JavaPoet avoids them in code, but not in the annotations of the very declaration that
   * introduces the variable, where javac already resolves it, e.g. {@code @Override} on a method
   * {@code <Override> ...}, or {@code @Generated} on a facade of {@code Api<Generated>}.
   */
  private static JavaFile file(String packageName, TypeSpec type, FacadeDescriptor facade) {
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
    return JavaFile.builder(packageName, spec).skipJavaLangImports(true).build();
  }

  private TypeSpec facadeInterface(FacadeDescriptor facade) {
    TypeSpec.Builder spec =
        TypeSpec.interfaceBuilder(facade.request().facadeName())
            .addOriginatingElement(facade.request().annotated())
            .addJavadoc(
                "Asynchronous facade of {@link $T}: each method calls its blocking twin on an\n"
                    + "executor and returns a {@link $T} of the result at once.\n",
                syncClass(facade),
                COMPLETABLE_FUTURE)
            .addAnnotations(typeAnnotations(facade))
            .addTypeVariables(typeVariables(facade));
    if (facade.isPublic()) {
      spec.addModifiers(Modifier.PUBLIC);
    }
    for (MethodDescriptor method : facade.methods()) {
      spec.addMethod(
          signature(method)
              .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
              .addJavadoc(methodJavadoc(method))
              .build());
    }
    for (GatherHelper helper : facade.gatherHelpers()) {
      spec.addMethod(
          gatherSignature(helper)
              .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
              .addJavadoc(gatherJavadoc(helper))
              .build());
    }
    spec.addMethod(
        factory(facade)
            .addJavadoc(
                "Returns a facade running each call of {@code delegate} on the default executor:\n"
                    + "a virtual thread per call on JDK 21+, a bounded thread pool before.\n$L",
                timeoutNote(facade))
            .addStatement("return $L", newImpl(facade, CodeBlock.of("delegate"), defaultOptions(facade)))
            .build());
    spec.addMethod(
        factory(facade)
            .addJavadoc(
                "Returns a facade running each call of {@code delegate} on {@code executor}.\n$L",
                timeoutNote(facade))
            .addParameter(EXECUTOR, "executor")
            .addStatement(
                "return $L",
                newImpl(facade, CodeBlock.of("delegate"), CodeBlock.of("$L.withExecutor(executor)", defaultOptions(facade))))
            .build());
    spec.addMethod(
        factory(facade)
            .addJavadoc(
                "Returns a facade running each call of {@code delegate} as {@code options} say:\n"
                    + "executor, timeout, concurrency limit, context propagation, listeners.\n")
            .addParameter(ASYNC_OPTIONS, "options")
            .addStatement("return $L", newImpl(facade, CodeBlock.of("delegate"), CodeBlock.of("options")))
            .build());
    spec.addMethod(
        MethodSpec.methodBuilder("withOptions")
            .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
            .addJavadoc(
                "Returns a copy of this facade, for the same delegate, whose options are {@code"
                    + " change}\napplied to this one's, e.g. {@code withOptions(o ->"
                    + " o.withTimeout(Duration.ofSeconds(2)))}.\nThis facade is left as it is.\n")
            .addParameter(ParameterizedTypeName.get(UNARY_OPERATOR, ASYNC_OPTIONS), "change")
            .returns(facadeType(facade))
            .build());
    return spec.build();
  }

  private TypeSpec implementation(FacadeDescriptor facade) {
    TypeName syncType = TypeNames.plain().of(facade.syncType());
    TypeSpec.Builder spec =
        TypeSpec.classBuilder(facade.request().implName())
            .addOriginatingElement(facade.request().annotated())
            .addJavadoc("Implements {@link $L} by calling a {@link $T} through a {@link $T}.\n",
                facade.request().facadeName(), syncClass(facade), DISPATCHER)
            .addAnnotations(typeAnnotations(facade))
            .addModifiers(Modifier.FINAL)
            .addTypeVariables(typeVariables(facade))
            .addSuperinterface(facadeType(facade))
            .addField(FieldSpec.builder(syncType, "delegate", Modifier.PRIVATE, Modifier.FINAL).build())
            .addField(FieldSpec.builder(DISPATCHER, "dispatcher", Modifier.PRIVATE, Modifier.FINAL).build())
            .addMethod(
                MethodSpec.constructorBuilder()
                    .addParameter(syncType, "delegate")
                    .addParameter(ASYNC_OPTIONS, "options")
                    .addStatement("this.delegate = $T.requireNonNull(delegate, $S)", OBJECTS, "delegate")
                    .addStatement("this.dispatcher = $T.of(options)", DISPATCHER)
                    .build());
    for (MethodDescriptor method : facade.methods()) {
      spec.addMethod(
          signature(method)
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .addStatement("return $L", dispatch(facade, method))
              .build());
    }
    for (GatherHelper helper : facade.gatherHelpers()) {
      spec.addMethod(
          gatherSignature(helper)
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .addStatement("return $L", gather(helper))
              .build());
    }
    spec.addMethod(
        MethodSpec.methodBuilder("withOptions")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .addParameter(ParameterizedTypeName.get(UNARY_OPERATOR, ASYNC_OPTIONS), "change")
            .returns(facadeType(facade))
            .addStatement(
                "return $L",
                newImpl(facade, CodeBlock.of("this.delegate"), CodeBlock.of("change.apply(this.dispatcher.options())")))
            .build());
    spec.addMethod(
        MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return $S + this.delegate + $S", facade.request().facadeName() + "[", "]")
            .build());
    return spec.build();
  }

  /** Name, type variables, parameters and return type, shared by the interface and the class. */
  private MethodSpec.Builder signature(MethodDescriptor method) {
    TypeNames names = TypeNames.renaming(method.typeVariableNames());
    MethodSpec.Builder spec = MethodSpec.methodBuilder(method.name());
    for (TypeVariable variable : method.typeVariables()) {
      spec.addTypeVariable(names.declaration(variable));
    }
    for (Parameter parameter : method.parameters()) {
      spec.addParameter(ParameterSpec.builder(names.of(parameter.type()), parameter.name()).build());
    }
    method.deprecated().ifPresent(deprecated -> spec.addAnnotation(AnnotationSpec.get(deprecated)));
    suppressWarnings(method.suppressedWarnings()).ifPresent(spec::addAnnotation);
    return spec.varargs(method.varargs())
        .returns(ParameterizedTypeName.get(COMPLETABLE_FUTURE, names.of(method.resultType())));
  }

  /** {@code gatherM(Collection<? extends P> args)}, returning a future of the list of results. */
  private MethodSpec.Builder gatherSignature(GatherHelper helper) {
    MethodDescriptor method = helper.method();
    TypeNames names = TypeNames.renaming(method.typeVariableNames());
    MethodSpec.Builder spec = MethodSpec.methodBuilder(helper.name());
    for (TypeVariable variable : method.typeVariables()) {
      spec.addTypeVariable(names.declaration(variable));
    }
    TypeName element = names.of(method.parameters().get(0).type()).box();
    spec.addParameter(
        ParameterizedTypeName.get(COLLECTION, WildcardTypeName.subtypeOf(element)), "args");
    method.deprecated().ifPresent(deprecated -> spec.addAnnotation(AnnotationSpec.get(deprecated)));
    suppressWarnings(method.suppressedWarnings()).ifPresent(spec::addAnnotation);
    return spec.returns(
        ParameterizedTypeName.get(
            COMPLETABLE_FUTURE, ParameterizedTypeName.get(LIST, names.of(method.resultType()))));
  }

  /** {@code Gather.<P, R>map(args, arg -> this.m(arg))}: all at once, fail fast, in order. */
  private CodeBlock gather(GatherHelper helper) {
    MethodDescriptor method = helper.method();
    TypeNames names = TypeNames.renaming(method.typeVariableNames());
    CodeBlock.Builder call = CodeBlock.builder().add("this.").add(typeWitnesses(method, names));
    TypeMirror parameter = method.parameters().get(0).type();
    if (parameter.getKind().isPrimitive()) {
      // Unbox explicitly: a bare Integer would pick remove(Object) over remove(int).
      call.add("$N(($T) arg)", method.name(), names.of(parameter));
    } else {
      call.add("$N(arg)", method.name());
    }
    return CodeBlock.of(
        "$T.<$T, $T>map(args, arg -> $L)",
        GATHER,
        names.of(method.parameters().get(0).type()).box(),
        names.of(method.resultType()),
        call.build());
  }

  private CodeBlock gatherJavadoc(GatherHelper helper) {
    MethodDescriptor method = helper.method();
    List<CodeBlock> parameters = new ArrayList<>();
    for (var parameter : method.syncMethod().getParameters()) {
      parameters.add(CodeBlock.of("$T", TypeNames.plain().of(types.erasure(parameter.asType()))));
    }
    return CodeBlock.builder()
        .add("Calls {@link #$L($L)} once for each of {@code args}, all at once,\n", method.name(),
            CodeBlock.join(parameters, ", "))
        .add("like asyncio.gather.\n\n")
        .add("@return a future of the results, in the order of {@code args}; the first failure\n")
        .add("    fails it and cancels the calls still running\n")
        .build();
  }

  private static String timeoutNote(FacadeDescriptor facade) {
    return facade.request().timeout().isEmpty()
        ? ""
        : "Each call times out after " + facade.request().timeout().get() + ", as {@code @Async} says.\n";
  }

  /** {@code AsyncOptions.defaults()}, with the annotation's timeout if it has one. */
  private static CodeBlock defaultOptions(FacadeDescriptor facade) {
    CodeBlock defaults = CodeBlock.of("$T.defaults()", ASYNC_OPTIONS);
    if (facade.request().timeout().isEmpty()) {
      return defaults;
    }
    java.time.Duration timeout = facade.request().timeout().get();
    CodeBlock duration;
    if (timeout.toNanos() % 1_000_000_000L == 0) {
      duration = CodeBlock.of("$T.ofSeconds($L)", DURATION, timeout.getSeconds());
    } else if (timeout.toNanos() % 1_000_000L == 0) {
      duration = CodeBlock.of("$T.ofMillis($L)", DURATION, timeout.toMillis());
    } else {
      duration = CodeBlock.of("$T.ofNanos($LL)", DURATION, timeout.toNanos());
    }
    return CodeBlock.of("$L.withTimeout($L)", defaults, duration);
  }

  /**
   * {@code <A, B>} before a call of a generic method, or nothing: pins the call to the facade
   * method's own type arguments instead of whatever inference inside a lambda would choose.
   */
  private static CodeBlock typeWitnesses(MethodDescriptor method, TypeNames names) {
    if (method.typeVariables().isEmpty()) {
      return CodeBlock.of("");
    }
    List<CodeBlock> witnesses = new ArrayList<>();
    for (TypeVariable variable : method.typeVariables()) {
      witnesses.add(CodeBlock.of("$T", names.of(variable)));
    }
    return CodeBlock.of("<$L>", CodeBlock.join(witnesses, ", "));
  }

  /** {@code this.dispatcher.<R>call("Foo.m", () -> this.delegate.m(a, b))}, and its kin. */
  private CodeBlock dispatch(FacadeDescriptor facade, MethodDescriptor method) {
    TypeNames names = TypeNames.renaming(method.typeVariableNames());
    CodeBlock.Builder call =
        CodeBlock.builder().add("this.delegate.").add(typeWitnesses(method, names));
    List<CodeBlock> arguments = new ArrayList<>();
    for (Parameter parameter : method.parameters()) {
      arguments.add(CodeBlock.of("$N", parameter.name()));
    }
    call.add("$N($L)", method.name(), CodeBlock.join(arguments, ", "));

    String label = callLabel(facade, method);
    TypeName result = names.of(method.resultType());
    return switch (method.kind()) {
      case VOID -> CodeBlock.of("this.dispatcher.run($S, () -> $L)", label, call.build());
      case VALUE -> CodeBlock.of("this.dispatcher.<$T>call($S, () -> $L)", result, label, call.build());
      case STAGE -> CodeBlock.of("this.dispatcher.<$T>callStage($S, () -> $L)", result, label, call.build());
    };
  }

  /** How listeners and timeouts name a call: {@code Downloader.download}. */
  private static String callLabel(FacadeDescriptor facade, MethodDescriptor method) {
    TypeElement sync = facade.request().syncInterface();
    String packageName = facade.request().packageName();
    String qualified = sync.getQualifiedName().toString();
    String simple =
        !packageName.isEmpty() && qualified.startsWith(packageName + ".")
            ? qualified.substring(packageName.length() + 1)
            : sync.getSimpleName().toString();
    return simple + "." + method.name();
  }

  private CodeBlock methodJavadoc(MethodDescriptor method) {
    String returns =
        switch (method.kind()) {
          case VALUE -> "a future of its result, failed with the exception it throws;\n"
              + "    cancelling the future interrupts the call";
          case VOID -> "a future completed with {@code null} when it returns, failed with the\n"
              + "    exception it throws; cancelling the future interrupts the call";
          case STAGE -> "a future that completes as the stage it returns does, failed with the\n"
              + "    exception it throws; cancelling the future cancels the call and the stage";
        };
    return CodeBlock.builder()
        .add("Calls $L on this facade's executor.\n\n", link(method))
        .add("@return $L\n", returns)
        .build();
  }

  /** {@code {@link Foo#m(String, int[])}}, with erased parameter types as Javadoc wants. */
  private CodeBlock link(MethodDescriptor method) {
    List<CodeBlock> parameters = new ArrayList<>();
    for (var parameter : method.syncMethod().getParameters()) {
      parameters.add(CodeBlock.of("$T", TypeNames.plain().of(types.erasure(parameter.asType()))));
    }
    return CodeBlock.of(
        "{@link $T#$L($L)}",
        ClassName.get((TypeElement) method.linkType().asElement()),
        method.name(),
        CodeBlock.join(parameters, ", "));
  }

  private MethodSpec.Builder factory(FacadeDescriptor facade) {
    return MethodSpec.methodBuilder("of")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addTypeVariables(typeVariables(facade))
        .returns(facadeType(facade))
        .addParameter(TypeNames.plain().of(facade.syncType()), "delegate");
  }

  private CodeBlock newImpl(FacadeDescriptor facade, CodeBlock delegate, CodeBlock options) {
    ClassName impl = ClassName.get(facade.request().packageName(), facade.request().implName());
    return CodeBlock.of(
        facade.typeVariables().isEmpty() ? "new $T($L, $L)" : "new $T<>($L, $L)",
        impl,
        delegate,
        options);
  }

  private static TypeName facadeType(FacadeDescriptor facade) {
    ClassName name = ClassName.get(facade.request().packageName(), facade.request().facadeName());
    if (facade.typeVariables().isEmpty()) {
      return name;
    }
    List<TypeName> arguments = new ArrayList<>();
    for (TypeVariable variable : facade.typeVariables()) {
      arguments.add(TypeNames.plain().of(variable));
    }
    return ParameterizedTypeName.get(name, arguments.toArray(new TypeName[0]));
  }

  private static ClassName syncClass(FacadeDescriptor facade) {
    return ClassName.get(facade.request().syncInterface());
  }

  private static List<TypeVariableName> typeVariables(FacadeDescriptor facade) {
    List<TypeVariableName> variables = new ArrayList<>();
    for (TypeVariable variable : facade.typeVariables()) {
      variables.add(TypeNames.plain().declaration(variable));
    }
    return variables;
  }

  /** {@code @Generated}, the interface's {@code @Deprecated} and the lint the declarations need. */
  static List<AnnotationSpec> typeAnnotations(FacadeDescriptor facade) {
    List<AnnotationSpec> annotations = new ArrayList<>();
    if (facade.marksGenerated()) {
      annotations.add(AnnotationSpec.builder(GENERATED).addMember("value", "$S", PROCESSOR).build());
    }
    facade.deprecated().ifPresent(deprecated -> annotations.add(AnnotationSpec.get(deprecated)));
    suppressWarnings(facade.suppressedWarnings()).ifPresent(annotations::add);
    return annotations;
  }

  private static Optional<AnnotationSpec> suppressWarnings(Collection<String> warnings) {
    if (warnings.isEmpty()) {
      return Optional.empty();
    }
    AnnotationSpec.Builder spec = AnnotationSpec.builder(SuppressWarnings.class);
    for (String warning : new TreeSet<>(warnings)) {
      spec.addMember("value", "$S", warning);
    }
    return Optional.of(spec.build());
  }
}
