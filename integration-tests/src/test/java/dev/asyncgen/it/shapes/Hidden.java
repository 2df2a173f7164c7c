package dev.asyncgen.it.shapes;

import dev.asyncgen.Async;

/** Package-private, using a package-private type: its facade is package-private too. */
@Async
interface Hidden {
  Secret reveal(Secret secret);
}
