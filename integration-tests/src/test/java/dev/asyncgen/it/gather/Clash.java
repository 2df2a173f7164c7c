package dev.asyncgen.it.gather;

import dev.asyncgen.Async;
import java.util.Collection;

/** Declares a method with the name and erasure its gather helper would have: the user's wins. */
@Async
public interface Clash {

  String download(String file);

  String gatherDownload(Collection<String> files);
}
