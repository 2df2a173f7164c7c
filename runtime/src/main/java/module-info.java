/**
 * asyncgen's runtime: {@code @Async}, what generated facades run on (dispatcher, options,
 * executors), and gather and await. A modular application {@code requires dev.asyncgen}.
 */
module dev.asyncgen {
  exports dev.asyncgen;
}
