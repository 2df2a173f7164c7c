package dev.asyncgen.processor.differential;


import dev.asyncgen.processor.differential.Draft.Eff;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes one random {@code @Async} interface from a seed, with everything needed to test its facade
 * against it: the interface and its super-interfaces, the user types they mention, a deterministic
 * implementation, and a harness class whose {@code run(Check)} calls every method directly and
 * through the facade and compares the outcomes.
 *
 * <p>The same seed always gives the same sources. All class names are written in full, so that the
 * user types it declares to shadow JDK names ({@code String}, {@code List}, {@code Executor}...),
 * type variables named like classes and nested types named like JDK types can only confuse the
 * generated facade, never the generator's own code. Everything the generator writes carries
 * {@code @SuppressWarnings("all")}: only the processor's output is held to {@code -Xlint:all
 * -Werror}.
 *
 * <p>The generator keeps its interfaces legal Java by construction: overloads differ at a position
 * where the types cannot be confused (or are plain, non-generic signatures, which Java always
 * resolves to the exact match since the harness passes arguments of the exact parameter types),
 * super-interfaces are instantiated with types that satisfy their bounds, and every type variable
 * has a witness, a type the harness instantiates it with.
 *
 * <p>Each job has a class of its own ({@link Hierarchy}, {@link MethodShapes}, {@link
 * TrickyShapes}, {@link RandomTypes}, {@link Bodies}, {@link DeclarationWriter}, {@link
 * HarnessWriter}, {@link FeatureRecorder}), working on the one {@link Draft} of the case; this class
 * runs them in order.
 */
final class RandomInterfaceGenerator {

  /** Imported by every generated source: resolving qualified names costs javac dearly. */
  static final String MIX = "Mix";

  static final String CHECK = "Check";

  /** The sources of one case, the harness to run, and the shapes it holds. */
  record Case(
      long seed,
      String packageName,
      Map<String, String> sources,
      String harness,
      Set<Feature> features,
      int methods) {

    /** Every source, with a header line naming its file: enough to reproduce by hand. */
    String listing() {
      StringBuilder listing = new StringBuilder();
      for (Map.Entry<String, String> source : sources.entrySet()) {
        listing.append("// ---- ").append(source.getKey()).append(".java\n").append(source.getValue());
      }
      return listing.toString();
    }
  }

  /**
   * Every lint category the generator's own sources could trigger; javac ignores {@code "all"}.
   */
  static final String SUPPRESS =
      "@java.lang.SuppressWarnings({\"deprecation\", \"removal\", \"unchecked\", \"rawtypes\","
          + " \"dep-ann\", \"overloads\", \"serial\", \"cast\", \"varargs\", \"static\", \"overrides\","
          + " \"divzero\", \"empty\", \"fallthrough\", \"finally\", \"try\", \"this-escape\","
          + " \"lossy-conversions\", \"missing-explicit-ctor\", \"synchronization\", \"strictfp\"})";

  private final Draft draft;

  private RandomInterfaceGenerator(long seed) {
    this.draft = new Draft(seed);
  }

  /** The case for {@code seed}: the same seed always gives the same case. */
  static Case generate(long seed) {
    return new RandomInterfaceGenerator(seed).generate();
  }

  private Case generate() {
    draft.randomTypes.chooseShadows();
    draft.hierarchy.chooseApi();
    draft.hierarchy.buildHierarchy();
    draft.methodShapes.generateMethods();
    if (draft.chance(40)) {
      draft.trickyShapes.addOverrides();
    }
    draft.trickyShapes.addNonWrappedMembers();
    for (Eff eff : draft.effs) {
      eff.implemented = !eff.isDefault || draft.rnd.nextBoolean();
      if (eff.isDefault && eff.implemented) {
        draft.features.add(Feature.DEFAULT_OVERRIDDEN_BY_IMPLEMENTATION);
      }
    }
    draft.featureRecorder.recordShapeFeatures();

    Map<String, String> sources = new LinkedHashMap<>();
    draft.declarations.writeDeclarations(sources);
    sources.put(draft.pkg + ".SyncImpl", draft.declarations.implementation());
    sources.put(draft.pkg + ".Harness", draft.harnessWriter.harness());
    draft.declarations.writeUserTypes(sources);
    return new Case(draft.seed, draft.pkg, sources, draft.pkg + ".Harness", Set.copyOf(draft.features), draft.effs.size());
  }
}
