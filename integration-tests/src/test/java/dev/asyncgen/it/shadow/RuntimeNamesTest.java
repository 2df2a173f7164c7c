package dev.asyncgen.it.shadow;

import static dev.asyncgen.it.support.Futures.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.asyncgen.it.support.Signatures;
import org.junit.jupiter.api.Test;

/** Package types named like the runtime's and java.util's types the generated code uses. */
class RuntimeNamesTest {

  static final class Impl implements RuntimeNames {
    @java.lang.Override
    public Objects objects(Objects o) {
      return new Objects(o.n + 1);
    }

    @java.lang.Override
    public Dispatcher dispatcher(Dispatcher d) {
      return new Dispatcher(d.n + 1);
    }

    @java.lang.Override
    public AsyncOptions options(AsyncOptions options) {
      return new AsyncOptions(options.n + 1);
    }

    @java.lang.Override
    public Generated generated(Generated g) {
      return new Generated(g.n + 1);
    }

    @java.lang.Override
    public UnaryOperator operator(UnaryOperator op) {
      return new UnaryOperator(op.n + 1);
    }

    @java.lang.Override
    public Void voidLike(Void v) {
      return new Void(v.n + 1);
    }

    @java.lang.Override
    public void reallyVoid() {}

    @java.lang.Override
    public Gather gather(Gather g) {
      return new Gather(g.n + 1);
    }

    @java.lang.Override
    public FacadeRuntime runtime(FacadeRuntime runtime) {
      return new FacadeRuntime(runtime.n + 1);
    }

    @java.lang.Override
    public Duration duration(Duration d) {
      return new Duration(d.n + 1);
    }
  }

  @Test
  void theFacadeWorksWithThePackagesTypes() throws Exception {
    RuntimeNamesAsync facade =
        RuntimeNamesAsync.of(new Impl(), dev.asyncgen.AsyncOptions.defaults());
    assertEquals(2, await(facade.objects(new Objects(1))).n);
    assertEquals(3, await(facade.dispatcher(new Dispatcher(2))).n);
    assertEquals(4, await(facade.options(new AsyncOptions(3))).n);
    assertEquals(5, await(facade.generated(new Generated(4))).n);
    assertEquals(6, await(facade.operator(new UnaryOperator(5))).n);
    java.util.concurrent.CompletableFuture<Void> voidLike = facade.voidLike(new Void(6));
    assertEquals(7, await(voidLike).n);
    java.util.concurrent.CompletableFuture<java.lang.Void> reallyVoid = facade.reallyVoid();
    assertNull(await(reallyVoid));
    assertEquals(9, await(facade.gather(new Gather(8))).n);
    assertEquals(10, await(facade.runtime(new FacadeRuntime(9))).n);
    assertEquals(11, await(facade.duration(new Duration(10))).n);
    // Built with the annotation's timeout, which the facade spells as java.time.Duration.
    java.util.concurrent.atomic.AtomicReference<dev.asyncgen.AsyncOptions> seen =
        new java.util.concurrent.atomic.AtomicReference<>();
    RuntimeNamesAsync.of(new Impl()).withOptions(options -> {
      seen.set(options);
      return options;
    });
    assertEquals(java.util.Optional.of(java.time.Duration.ofSeconds(5)), seen.get().timeout());
    // The gather helper of gather(Gather), which goes through the runtime's FacadeRuntime.
    java.util.List<Gather> gathered =
        await(facade.gatherGather(java.util.List.of(new Gather(1), new Gather(2))));
    assertEquals(
        java.util.List.of(2, 3),
        gathered.stream().map(g -> g.n).collect(java.util.stream.Collectors.toList()));
    RuntimeNamesAsync changed = facade.withOptions(options -> options.withMaxConcurrency(1));
    assertEquals(2, await(changed.objects(new Objects(1))).n);
    Signatures.assertFacadeContract(RuntimeNamesAsync.class, RuntimeNames.class);
  }
}
