/**
 * The asyncgen column of docs/comparison.md. {@code @Async.Of} writes a facade for a JDK
 * interface this project does not own, with no wrapper to write.
 */
@Async.Of(BlockingQueue.class)
package dev.asyncgen.cmp.asyncgen;

import dev.asyncgen.Async;
import java.util.concurrent.BlockingQueue;
