package dev.asyncgen.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.asyncgen.AsyncOptions;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * What a user of a facade sees through reflection: its wrapped methods as readable signatures, and
 * the parts of the contract every facade shares.
 */
public final class Signatures {

  private Signatures() {}

  /**
   * The facade's wrapped methods (public, not static, not {@code withOptions}), each as {@code <T
   * extends B> name(P1, P2...) -> R}, sorted, with package names left out.
   */
  public static List<String> of(Class<?> facade) {
    return signatures(facade, true);
  }

  /** As {@link #of}, with every type name fully qualified. */
  public static List<String> qualified(Class<?> facade) {
    return signatures(facade, false);
  }

  /** The wrapped methods named {@code name}. */
  public static List<Method> named(Class<?> facade, String name) {
    return wrapped(facade).stream()
        .filter(m -> m.getName().equals(name))
        .collect(Collectors.toList());
  }

  /**
   * The public instance methods of the facade that wrap a sync method: all but {@code
   * withOptions(UnaryOperator)} and the gather helpers.
   */
  public static List<Method> wrapped(Class<?> facade) {
    List<Method> methods = new ArrayList<>();
    for (Method method : facade.getMethods()) {
      if (Modifier.isStatic(method.getModifiers())) {
        continue;
      }
      if (method.getName().equals("withOptions")
          && Arrays.equals(method.getParameterTypes(), new Class<?>[] {UnaryOperator.class})) {
        continue;
      }
      if (isGatherHelper(method)) {
        continue;
      }
      methods.add(method);
    }
    return methods;
  }

  /**
   * A gather helper, {@code gatherM(Collection<? extends P>)}, which the facade adds for a
   * one-parameter method {@code m(P)}; the shape tests leave them to the gather tests. (None of the
   * shapes has a sync method of that form.)
   */
  static boolean isGatherHelper(Method method) {
    return method.getName().startsWith("gather")
        && Arrays.equals(method.getParameterTypes(), new Class<?>[] {Collection.class});
  }

  private static List<String> signatures(Class<?> facade, boolean shorten) {
    return wrapped(facade).stream()
        .map(m -> signature(m, shorten))
        .sorted()
        .collect(Collectors.toList());
  }

  /** One method as {@code <T extends B> name(P1, P2...) -> R}. */
  public static String signature(Method method, boolean shorten) {
    StringBuilder out = new StringBuilder();
    TypeVariable<Method>[] variables = method.getTypeParameters();
    if (variables.length > 0) {
      out.append('<')
          .append(
              Arrays.stream(variables)
                  .map(Signatures::declaration)
                  .collect(Collectors.joining(", ")))
          .append("> ");
    }
    out.append(method.getName()).append('(');
    Type[] parameters = method.getGenericParameterTypes();
    for (int i = 0; i < parameters.length; i++) {
      String name = parameters[i].getTypeName();
      if (i == parameters.length - 1 && method.isVarArgs()) {
        name = name.substring(0, name.length() - 2) + "...";
      }
      out.append(i == 0 ? "" : ", ").append(name);
    }
    out.append(") -> ").append(method.getGenericReturnType().getTypeName());
    String text = out.toString();
    return shorten ? shorten(text) : text;
  }

  private static String declaration(TypeVariable<?> variable) {
    Type[] bounds = variable.getBounds();
    if (bounds.length == 1 && bounds[0] == Object.class) {
      return variable.getName();
    }
    return variable.getName()
        + " extends "
        + Arrays.stream(bounds).map(Type::getTypeName).collect(Collectors.joining(" & "));
  }

  /** The type variables of a generic type, as declared: {@code K extends Comparable<K>}. */
  public static String typeParameters(Class<?> type) {
    return shorten(
        Arrays.stream(type.getTypeParameters())
            .map(Signatures::declaration)
            .collect(Collectors.joining(", ")));
  }

  /**
   * Drops package qualifiers: {@code java.util.List<java.lang.String>} becomes {@code
   * List<String>}.
   */
  public static String shorten(String typeNames) {
    return typeNames.replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+(?=[A-Z])", "");
  }

  /**
   * The parts of the contract every facade shares: an interface with the sync interface's type
   * parameters; {@code of(sync)}, {@code of(sync, Executor)} and {@code of(sync, AsyncOptions)}
   * returning the facade; {@code withOptions(UnaryOperator<AsyncOptions>)}; and every wrapped
   * method returning a {@code CompletableFuture} with no throws clause.
   */
  public static void assertFacadeContract(Class<?> facade, Class<?> sync) throws Exception {
    assertTrue(facade.isInterface(), facade + " is an interface");
    assertEquals(typeParameters(sync), typeParameters(facade), "the facade's type parameters");
    for (Class<?>[] parameters :
        List.of(
            new Class<?>[] {sync},
            new Class<?>[] {sync, Executor.class},
            new Class<?>[] {sync, AsyncOptions.class})) {
      Method of = facade.getMethod("of", parameters);
      assertTrue(Modifier.isStatic(of.getModifiers()), of + " is static");
      assertEquals(facade, of.getReturnType(), of + " returns the facade");
    }
    Method withOptions = facade.getMethod("withOptions", UnaryOperator.class);
    assertEquals(facade, withOptions.getReturnType());
    Type change = withOptions.getGenericParameterTypes()[0];
    assertTrue(
        change instanceof ParameterizedType p
            && p.getActualTypeArguments()[0] == AsyncOptions.class,
        "withOptions takes UnaryOperator<AsyncOptions>, was " + change);
    for (Method method : wrapped(facade)) {
      assertEquals(
          CompletableFuture.class, method.getReturnType(), method + " returns a CompletableFuture");
      assertEquals(0, method.getExceptionTypes().length, method + " has no throws clause");
    }
  }
}
