package dev.asyncgen.processor.discovery;

import dev.asyncgen.processor.model.AnnotationUse;
import dev.asyncgen.processor.model.DiscoveredUse;
import dev.asyncgen.processor.model.FacadeMembers;
import dev.asyncgen.processor.model.FacadeRequest;
import dev.asyncgen.processor.model.ResolvedMethod;
import dev.asyncgen.processor.types.KnownTypes;
import dev.asyncgen.processor.workarounds.Workarounds;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads what an annotation asks for: the interfaces it names, where each facade goes and what it
 * is called, and each interface's methods, resolved once. Judges nothing: that is validation's
 * job, which reads everything found here.
 */
public final class FacadeDiscovery {

  private final Elements elements;
  private final MethodCollector collector;
  private final FacadeMembers.Signatures members;

  public FacadeDiscovery(Elements elements, Types types, KnownTypes known) {
    this.elements = elements;
    this.collector = new MethodCollector(elements, types, known);
    this.members = new FacadeMembers.Signatures(known, types);
  }

  public DiscoveredUse discover(AnnotationUse use) {
    List<FacadeRequest> requests = new ArrayList<>();
    List<String> unresolved = new ArrayList<>();
    List<AnnotationValue> nonTypes = new ArrayList<>();
    if (use.kind() == AnnotationUse.Kind.ASYNC) {
      requests.add(request(use, (TypeElement) use.annotated(), null));
    } else {
      for (AnnotationValue listed : listedInterfaces(use)) {
        Object value = listed.getValue();
        if (!(value instanceof TypeMirror type)) {
          continue; // a class literal javac could not resolve at all: javac says so itself
        } else if (type.getKind() == TypeKind.ERROR) {
          unresolved.add(type.toString()); // perhaps another processor writes it this round
        } else if (type.getKind() == TypeKind.DECLARED) {
          requests.add(request(use, (TypeElement) ((DeclaredType) type).asElement(), listed));
        } else {
          nonTypes.add(listed);
        }
      }
    }
    return new DiscoveredUse(use, List.copyOf(requests), List.copyOf(unresolved), List.copyOf(nonTypes));
  }

  /** The class literals of an {@code @Async.Of}'s {@code value}, as written. */
  public static List<AnnotationValue> listedInterfaces(AnnotationUse of) {
    AnnotationValue value = of.attribute("value");
    return value == null ? List.of() : Workarounds.arrayElements(value);
  }

  private FacadeRequest request(AnnotationUse use, TypeElement target, AnnotationValue listedAs) {
    List<String> unresolved = List.of();
    List<ResolvedMethod> methods = new ArrayList<>();
    List<ResolvedMethod> leftOut = new ArrayList<>();
    if (target.getKind() == ElementKind.INTERFACE) {
      unresolved = UnresolvedTypes.in(target);
      if (unresolved.isEmpty()) {
        DeclaredType site = (DeclaredType) target.asType();
        for (ResolvedMethod method : collector.collect(target)) {
          boolean reserved = use.kind() == AnnotationUse.Kind.OF && members.takenBy(method, site).isPresent();
          (reserved ? leftOut : methods).add(method);
        }
      }
    }
    return new FacadeRequest(
        use,
        target,
        listedAs,
        elements.getPackageOf(use.annotated()).getQualifiedName().toString(),
        FacadeNames.of(target, use.stringValue("name")),
        DurationText.parse(use.stringValue("timeout")),
        List.copyOf(methods),
        unresolved,
        GatherChoice.of(use),
        List.copyOf(leftOut));
  }
}
