package dev.asyncgen.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreeScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Finds {@code @Async} on types declared inside method bodies. Processors never see local types
 * (javac does not offer them), so without this an {@code @Async} there would silently do nothing.
 * Works through javac's tree API; under another compiler it finds nothing.
 */
final class LocalAsyncScanner {

  private final Trees trees;

  private LocalAsyncScanner(Trees trees) {
    this.trees = trees;
  }

  /** A scanner, or {@code null} if the compiler is not javac. */
  static LocalAsyncScanner create(ProcessingEnvironment env) {
    try {
      return new LocalAsyncScanner(Trees.instance(env));
    } catch (IllegalArgumentException | LinkageError notJavac) {
      return null;
    }
  }

  /** Reports each local {@code @Async} type in this round's sources as an error. */
  void reportLocalAsyncTypes(RoundEnvironment round) {
    Set<CompilationUnitTree> scanned = new HashSet<>();
    for (Element root : round.getRootElements()) {
      TreePath path = trees.getPath(root);
      if (path == null) {
        continue;
      }
      CompilationUnitTree unit = path.getCompilationUnit();
      if (scanned.add(unit) && mentionsAsync(unit)) {
        new Scanner(unit).scan(unit, false);
      }
    }
  }

  /** A cheap text check, so that only files that could hold {@code @Async} are walked. */
  private static boolean mentionsAsync(CompilationUnitTree unit) {
    try {
      return unit.getSourceFile().getCharContent(true).toString().contains("Async");
    } catch (IOException | RuntimeException e) {
      return true;
    }
  }

  /** Walks a file; the flag says whether the current tree is inside a body of code. */
  private final class Scanner extends TreeScanner<Void, Boolean> {
    private final CompilationUnitTree unit;
    private final boolean importsAsync;

    Scanner(CompilationUnitTree unit) {
      this.unit = unit;
      boolean imports = false;
      for (ImportTree importTree : unit.getImports()) {
        String imported = importTree.getQualifiedIdentifier().toString();
        imports |= !importTree.isStatic()
            && (imported.equals(AsyncProcessor.ASYNC) || imported.equals("dev.asyncgen.*"));
      }
      this.importsAsync = imports
          || (unit.getPackageName() != null && unit.getPackageName().toString().equals("dev.asyncgen"));
    }

    @Override
    public Void visitClass(ClassTree node, Boolean local) {
      if (local) {
        for (AnnotationTree annotation : node.getModifiers().getAnnotations()) {
          if (isAsync(annotation)) {
            trees.printMessage(
                Diagnostic.Kind.ERROR,
                Diagnostics.LOCAL_INTERFACE.format(node.getSimpleName()),
                annotation,
                unit);
          }
        }
      }
      return super.visitClass(node, local);
    }

    @Override
    public Void visitMethod(MethodTree node, Boolean local) {
      scan(node.getModifiers(), local);
      return scan(node.getBody(), true);
    }

    @Override
    public Void visitLambdaExpression(LambdaExpressionTree node, Boolean local) {
      return scan(node.getBody(), true);
    }

    @Override
    public Void visitNewClass(NewClassTree node, Boolean local) {
      scan(node.getArguments(), local);
      return scan(node.getClassBody(), true); // members of anonymous classes are out of reach too
    }

    @Override
    public Void visitBlock(BlockTree node, Boolean local) {
      return super.visitBlock(node, true); // initializer blocks
    }

    private boolean isAsync(AnnotationTree annotation) {
      String name = annotation.getAnnotationType().toString();
      return name.equals(AsyncProcessor.ASYNC) || (importsAsync && name.equals("Async"));
    }
  }
}
