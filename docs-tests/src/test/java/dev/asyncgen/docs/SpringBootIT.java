package dev.asyncgen.docs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's "With Spring Boot" section, with the example of {@code docs/spring-boot.md},
 * followed in an empty Boot application, builds and runs with the Maven and the JDK running this
 * build, and the application prints what the guide shows:
 * the starter found the facade, made it a bean, injected it, and the call ran on Boot's task
 * executor. Once, on one Maven: the Quick start covers Maven 3.9, and a Boot application's start
 * costs seconds of CI's time on each JDK.
 */
class SpringBootIT {

  private final SpringBootSection section = SpringBootSection.fromReadme();

  @BeforeAll
  static void writeSettings() throws IOException {
    ReaderBuild.writeSettings();
  }

  @Test
  void theSectionAddedToAnEmptyBootApplicationRunsAndPrintsWhatTheGuideShows() throws Exception {
    Path project = ReaderBuild.emptyFolder("spring-boot");
    section.writeTo(project, System.getProperty("spring-boot.version"));

    List<String> output = ReaderBuild.run(ReaderBuild.thisMaven(), project, List.of("-q", "spring-boot:run"));

    ReaderBuild.assertPrintedAmong(section.output(), output);
  }
}
