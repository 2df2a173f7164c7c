package dev.asyncgen.it.shapes;

import dev.asyncgen.Async;
import java.util.concurrent.CompletionStage;

/** The stage comes from a super-interface's type argument. */
@Async
public interface StageLoader extends Loader<CompletionStage<String>> {}
