package dev.asyncgen.processor.model;

import dev.asyncgen.processor.types.Erasures;
import dev.asyncgen.processor.types.KnownTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * The facade's own members, which come from no sync method: the factories {@code of}, {@code
 * withOptions}, the implementation's {@code toString}, the gather helpers' prefix and the names
 * the implementation keeps for itself. The one description that validation (a sync method must
 * not take their signatures), the check for stale output, the overload check and the writer read:
 * a new member is added here, and each of them sees it.
 */
public final class FacadeMembers {

  /** The prefix of a gather helper's name: {@code gatherDownload} for {@code download}. */
  public static final String GATHER_PREFIX = "gather";

  /** The gather helper's parameter, and the lambda's inside it. */
  public static final String GATHER_ARGUMENTS = "args";
  public static final String GATHER_ARGUMENT = "arg";

  /** The implementation's fields: the sync object, and the runtime its calls go through. */
  public static final String DELEGATE_FIELD = "delegate";
  public static final String RUNTIME_FIELD = "runtime";

  private FacadeMembers() {}

  /** A parameter of a facade member: its name, and which type it takes. */
  public enum Parameter {
    /** The sync object the facade calls. */
    DELEGATE("delegate"),
    /** A {@code java.util.concurrent.Executor}. */
    EXECUTOR("executor"),
    /** {@code dev.asyncgen.AsyncOptions}. */
    OPTIONS("options"),
    /** {@code UnaryOperator<AsyncOptions>}, a change to the options. */
    OPTIONS_CHANGE("change");

    private final String name;

    Parameter(String name) {
      this.name = name;
    }

    /** The parameter's name in generated code. */
    public String parameterName() {
      return name;
    }
  }

  /** A member of the facade that no sync method may duplicate. */
  public enum Member {
    /** {@code static of(delegate)}: the default executor and the annotation's timeout. */
    OF("of", true, true, Parameter.DELEGATE),
    /** {@code static of(delegate, executor)}: that executor and the annotation's timeout. */
    OF_EXECUTOR("of", true, true, Parameter.DELEGATE, Parameter.EXECUTOR),
    /** {@code static of(delegate, options)}: exactly those options. */
    OF_OPTIONS("of", true, true, Parameter.DELEGATE, Parameter.OPTIONS),
    /** {@code withOptions(change)}: a copy with changed options. */
    WITH_OPTIONS("withOptions", false, true, Parameter.OPTIONS_CHANGE),
    /** The implementation's {@code toString()}, naming the facade and its delegate. */
    TO_STRING("toString", false, false);

    private final String name;
    private final boolean isStatic;
    private final boolean onInterface;
    private final List<Parameter> parameters;

    Member(String name, boolean isStatic, boolean onInterface, Parameter... parameters) {
      this.name = name;
      this.isStatic = isStatic;
      this.onInterface = onInterface;
      this.parameters = List.of(parameters);
    }

    public String memberName() {
      return name;
    }

    public boolean isStatic() {
      return isStatic;
    }

    /** Whether the facade interface declares it; else only its implementation does. */
    public boolean onInterface() {
      return onInterface;
    }

    public List<Parameter> parameters() {
      return parameters;
    }
  }

  /** The types of the facade members' parameters, for the facade of one sync interface. */
  public static final class Signatures {

    private final KnownTypes known;
    private final Types types;
    private final Erasures erasures;

    public Signatures(KnownTypes known, Types types) {
      this.known = known;
      this.types = types;
      this.erasures = new Erasures(types);
    }

    /**
     * The member of the facade of {@code syncType} whose signature {@code method} takes, or one of
     * the same erasure, which clashes as much; empty if none. Whatever the facade is called, it
     * declares its members with the same parameters.
     */
    public Optional<Member> takenBy(ResolvedMethod method, DeclaredType syncType) {
      for (Member member : Member.values()) {
        if (member.memberName().equals(method.name())) {
          Optional<List<TypeMirror>> parameters = parameterTypes(member, syncType);
          if (parameters.isPresent() && erasures.same(method.type().getParameterTypes(), parameters.get())) {
            return Optional.of(member);
          }
        }
      }
      return Optional.empty();
    }

    /** Whether {@code method} takes exactly {@code member}'s parameter types, not only their erasures. */
    public boolean sameTypes(ResolvedMethod method, Member member, DeclaredType syncType) {
      List<? extends TypeMirror> taken = method.type().getParameterTypes();
      List<TypeMirror> own = parameterTypes(member, syncType).orElse(List.of());
      for (int i = 0; i < own.size(); i++) {
        if (!types.isSameType(taken.get(i), own.get(i))) {
          return false;
        }
      }
      return taken.size() == own.size();
    }

    /**
     * The parameter types of {@code member} in the facade of {@code syncType}; empty if the class
     * path lacks one of them (then no sync method can take that signature either).
     */
    public Optional<List<TypeMirror>> parameterTypes(Member member, DeclaredType syncType) {
      List<TypeMirror> result = new ArrayList<>();
      for (Parameter parameter : member.parameters()) {
        Optional<TypeMirror> type = type(parameter, syncType);
        if (type.isEmpty()) {
          return Optional.empty();
        }
        result.add(type.get());
      }
      return Optional.of(result);
    }

    /** {@code of(p.Api, java.util.concurrent.Executor)}: how messages name a member. */
    public String describe(Member member, DeclaredType syncType) {
      List<String> parameters = new ArrayList<>();
      for (Parameter parameter : member.parameters()) {
        parameters.add(type(parameter, syncType).map(TypeMirror::toString).orElse("?"));
      }
      return member.memberName() + "(" + String.join(", ", parameters) + ")";
    }

    private Optional<TypeMirror> type(Parameter parameter, DeclaredType syncType) {
      return switch (parameter) {
        case DELEGATE -> Optional.of(syncType);
        case EXECUTOR -> named("java.util.concurrent.Executor");
        case OPTIONS -> named("dev.asyncgen.AsyncOptions");
        case OPTIONS_CHANGE -> optionsChange();
      };
    }

    private Optional<TypeMirror> optionsChange() {
      Optional<TypeElement> operator = known.named("java.util.function.UnaryOperator");
      Optional<TypeMirror> options = named("dev.asyncgen.AsyncOptions");
      if (operator.isEmpty() || options.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(types.getDeclaredType(operator.get(), options.get()));
    }

    private Optional<TypeMirror> named(String qualifiedName) {
      return known.named(qualifiedName).map(TypeElement::asType);
    }
  }
}
