package dev.asyncgen.processor.workarounds;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.PackageTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/**
 * Places messages on one of several repeated annotations, which javac's {@code Messager} cannot:
 * it looks for the annotation's tree among the element's annotations of the type of the
 * annotation it is handed, and for repeated annotations javac hands processors their container
 * ({@code @Async.Of.List}), which no source spells. The message falls back to the element's first
 * line (JDK 17 to 25, {@code JavacElements.matchAnnoToTree}). This finds the tree itself, through
 * {@code com.sun.source}: javac only. ECJ has no {@code Trees}, and neither has Gradle's wrapped
 * processing environment; there the message goes through the {@code Messager} as before.
 */
public final class RepeatedAnnotationTrees {

  private final Trees trees; // null where com.sun.source is not to be had

  private RepeatedAnnotationTrees(Trees trees) {
    this.trees = trees;
  }

  public static RepeatedAnnotationTrees of(ProcessingEnvironment env) {
    try {
      return new RepeatedAnnotationTrees(Trees.instance(env));
    } catch (IllegalArgumentException | LinkageError notJavac) {
      return new RepeatedAnnotationTrees(null);
    }
  }

  /**
   * Prints {@code message} on {@code value} of {@code annotation} (on the annotation itself if
   * {@code value} is null), if {@code annotation} is one of several repeated annotations on {@code
   * element}; {@code false} if it is not, or if its tree cannot be found: then the {@code
   * Messager} is the one to print it.
   */
  public boolean print(
      Diagnostic.Kind kind, String message, Element element, AnnotationMirror annotation,
      AnnotationValue value) {
    if (trees == null || element == null || annotation == null) {
      return false;
    }
    try {
      int index = indexInContainer(element, annotation);
      if (index < 0) {
        return false;
      }
      TreePath path = trees.getPath(element);
      if (path == null) {
        return false;
      }
      Optional<AnnotationTree> annotationTree = nthOfType(path, annotation.getAnnotationType(), index);
      if (annotationTree.isEmpty()) {
        return false;
      }
      Tree target = value == null ? annotationTree.get() : valueTree(annotationTree.get(), annotation, value);
      if (target == null) {
        return false;
      }
      trees.printMessage(kind, message, target, path.getCompilationUnit());
      return true;
    } catch (RuntimeException unexpected) {
      return false; // a courtesy: the Messager still says it, one line off
    }
  }

  /** Where {@code annotation} is among the repeated annotations in a container on {@code element}; -1 if it is in none. */
  private static int indexInContainer(Element element, AnnotationMirror annotation) {
    for (AnnotationMirror container : element.getAnnotationMirrors()) {
      for (AnnotationValue attribute : container.getElementValues().values()) {
        if (attribute.getValue() instanceof List<?> elements) {
          for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i) instanceof AnnotationValue nested && nested.getValue() == annotation) {
              return i;
            }
          }
        }
      }
    }
    return -1;
  }

  private Optional<AnnotationTree> nthOfType(TreePath path, TypeMirror type, int index) {
    List<? extends AnnotationTree> annotations;
    if (path.getLeaf() instanceof ClassTree declaration) {
      annotations = declaration.getModifiers().getAnnotations();
    } else if (path.getLeaf() instanceof PackageTree declaration) {
      annotations = declaration.getAnnotations();
    } else {
      return Optional.empty();
    }
    int seen = 0;
    for (AnnotationTree annotation : annotations) {
      TypeMirror annotationType = trees.getTypeMirror(new TreePath(path, annotation));
      if (annotationType != null && annotationType.toString().equals(type.toString()) && seen++ == index) {
        return Optional.of(annotation);
      }
    }
    return Optional.empty();
  }

  /** The expression that gives {@code value}: an attribute's, or an element of an array attribute. */
  private static Tree valueTree(AnnotationTree tree, AnnotationMirror annotation, AnnotationValue value) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        annotation.getElementValues().entrySet()) {
      int position = positionIn(entry.getValue(), value);
      if (position == NOT_THERE) {
        continue;
      }
      ExpressionTree expression = argument(tree, entry.getKey().getSimpleName().toString());
      if (position == WHOLE || expression == null) {
        return expression;
      }
      if (expression instanceof NewArrayTree array && array.getInitializers() != null) {
        return position < array.getInitializers().size() ? array.getInitializers().get(position) : expression;
      }
      return expression; // a single element written without braces
    }
    return null;
  }

  private static final int NOT_THERE = -2;
  private static final int WHOLE = -1;

  /** {@link #WHOLE} if {@code value} is {@code attribute}, its index if an element of it. */
  private static int positionIn(AnnotationValue attribute, AnnotationValue value) {
    if (attribute == value) {
      return WHOLE;
    }
    if (attribute.getValue() instanceof List<?> elements) {
      for (int i = 0; i < elements.size(); i++) {
        if (elements.get(i) == value) {
          return i;
        }
      }
    }
    return NOT_THERE;
  }

  /** The argument for {@code name}: {@code name = x}, or the lone {@code x} for {@code value}. */
  private static ExpressionTree argument(AnnotationTree tree, String name) {
    for (ExpressionTree argument : tree.getArguments()) {
      if (argument instanceof AssignmentTree assignment) {
        if (assignment.getVariable() instanceof IdentifierTree variable
            && variable.getName().contentEquals(name)) {
          return assignment.getExpression();
        }
      } else if (name.equals("value")) {
        return argument;
      }
    }
    return null;
  }
}
