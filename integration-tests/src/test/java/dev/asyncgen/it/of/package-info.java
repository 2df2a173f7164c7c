/**
 * Facades for interfaces this project does not own: JDBC's, the JDK's collections and
 * concurrency, and third parties' (JUnit's, Guava's), listed with {@code @Async.Of} on the package.
 * Gather helpers only where named: {@code @Async.Of} gives none by default.
 */
@Async.Of(
    value = {
      Connection.class,
      Statement.class,
      PreparedStatement.class,
      ResultSet.class,
      DatabaseMetaData.class,
      CallableStatement.class,
    },
    gather = "prepareStatement")
@Async.Of(
    value = {List.class, Map.class, Map.Entry.class, BlockingQueue.class, ExecutorService.class, Comparator.class},
    gather = {"get", "remove"})
@Async.Of(value = ThrowingSupplier.class, name = "AsyncThrowingSupplier", timeout = "5s")
@Async.Of({MutableGraph.class, Cache.class})
package dev.asyncgen.it.of;

import dev.asyncgen.Async;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import com.google.common.cache.Cache;
import com.google.common.graph.MutableGraph;
import org.junit.jupiter.api.function.ThrowingSupplier;
