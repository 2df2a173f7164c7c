package dev.asyncgen.it.of;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.graph.GraphBuilder;
import com.google.common.graph.MutableGraph;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Guava's interfaces through {@code @Async.Of} facades, against Guava's own implementations.
 * {@code MutableGraph} inherits most of its methods from the package-private {@code BaseGraph}
 * and {@code ArchetypeGraph}, which the facade's package cannot name.
 */
class GuavaTest {

  @Test
  void aGraphWhoseMethodsComeFromPackagePrivateInterfaces() throws Exception {
    MutableGraph<String> graph = GraphBuilder.directed().build();
    MutableGraphAsync<String> async = MutableGraphAsync.of(graph);

    assertTrue(async.putEdge("a", "b").get(10, TimeUnit.SECONDS));
    assertTrue(async.putEdge("b", "c").get(10, TimeUnit.SECONDS));
    assertEquals(Set.of("b"), async.successors("a").get(10, TimeUnit.SECONDS)); // from BaseGraph
    assertEquals(Set.of("a", "b", "c"), async.nodes().get(10, TimeUnit.SECONDS)); // ArchetypeGraph
    assertEquals(2, async.outDegree("b").get(10, TimeUnit.SECONDS) + async.inDegree("b").get(10, TimeUnit.SECONDS));
    assertEquals(
        IllegalArgumentException.class,
        assertThrows(ExecutionException.class, () -> async.successors("z").get(10, TimeUnit.SECONDS))
            .getCause()
            .getClass());
  }

  @Test
  void aCacheWhoseLoaderThrowsACheckedException() throws Exception {
    Cache<String, Integer> cache = CacheBuilder.newBuilder().maximumSize(10).build();
    CacheAsync<String, Integer> async = CacheAsync.of(cache);

    assertEquals(3, async.get("abc", () -> 3).get(10, TimeUnit.SECONDS));
    assertEquals(3, async.getIfPresent("abc").get(10, TimeUnit.SECONDS));
    assertNull(async.getIfPresent("other").get(10, TimeUnit.SECONDS));
    IOException io = new IOException("loader failed");
    ExecutionException failed =
        assertThrows(
            ExecutionException.class,
            () -> async.get("x", () -> { throw io; }).get(10, TimeUnit.SECONDS));
    // Cache.get throws ExecutionException wrapping the loader's; the facade keeps it as it is.
    assertSame(io, failed.getCause().getCause());
  }
}
