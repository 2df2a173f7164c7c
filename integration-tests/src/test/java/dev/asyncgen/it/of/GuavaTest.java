package dev.asyncgen.it.of;

import static dev.asyncgen.it.support.Futures.await;
import static dev.asyncgen.it.support.Futures.causeFromGet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.graph.GraphBuilder;
import com.google.common.graph.MutableGraph;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/**
 * Guava's interfaces through {@code @Async.Of} facades, against Guava's own implementations.
 * {@code MutableGraph} inherits most of its methods from the package-private {@code BaseGraph}
 * and {@code ArchetypeGraph}, which the facade's package cannot name.
 */
class GuavaTest {

  @Test
  void aGraphWhoseMethodsComeFromPackagePrivateInterfaces() {
    MutableGraph<String> graph = GraphBuilder.directed().build();
    MutableGraphAsync<String> async = MutableGraphAsync.of(graph);

    assertTrue(await(async.putEdge("a", "b")));
    assertTrue(await(async.putEdge("b", "c")));
    assertEquals(Set.of("b"), await(async.successors("a"))); // from BaseGraph
    assertEquals(Set.of("a", "b", "c"), await(async.nodes())); // from ArchetypeGraph
    assertEquals(2, await(async.outDegree("b")) + await(async.inDegree("b")));
    assertEquals(IllegalArgumentException.class, causeFromGet(async.successors("z")).getClass());
  }

  @Test
  void aCacheWhoseLoaderThrowsACheckedException() {
    Cache<String, Integer> cache = CacheBuilder.newBuilder().maximumSize(10).build();
    CacheAsync<String, Integer> async = CacheAsync.of(cache);

    assertEquals(3, await(async.get("abc", () -> 3)));
    assertEquals(3, await(async.getIfPresent("abc")));
    assertNull(await(async.getIfPresent("other")));
    IOException io = new IOException("loader failed");
    // Cache.get throws an ExecutionException wrapping the loader's; the facade keeps it as it is.
    Throwable failure = causeFromGet(async.get("x", () -> { throw io; }));
    assertSame(io, assertInstanceOf(ExecutionException.class, failure).getCause());
  }
}
