package dev.asyncgen.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * What can be checked of the Quick start without building it (QuickStartIT builds it): the pom is
 * complete, its versions are this build's, and the Gradle build (in the FAQ), which cannot be run
 * here (Gradle is not installed), asks for the same artifacts, release, encoding and main class as
 * the pom. And the Spring Boot section's starter is this version (SpringBootIT runs the section).
 */
class QuickStartSnippetsTest {

  private static final String VERSION = System.getProperty("asyncgen.version");

  private final QuickStart quickStart = QuickStart.fromReadme();

  @Test
  void thePomPinsEveryPluginItUsesAndTheEncoding() throws Exception {
    Document pom = parse(quickStart.pom());
    NodeList plugins = pom.getElementsByTagName("plugin");
    assertTrue(plugins.getLength() >= 2, "the compiler and exec plugins");
    for (int i = 0; i < plugins.getLength(); i++) {
      Element plugin = (Element) plugins.item(i);
      assertFalse(child(plugin, "version").isEmpty(),
          child(plugin, "artifactId") + " has no version: Maven 3.8 would take an old default");
    }
    assertEquals("UTF-8", property(pom, "project.build.sourceEncoding"));
    assertEquals("17", property(pom, "maven.compiler.release"));
  }

  @Test
  void thePomAsksForThisVersionOfAsyncgen() throws Exception {
    assertEquals(List.of("dev.asyncgen:asyncgen-runtime:" + VERSION), mavenDependencies());
    assertEquals(List.of("dev.asyncgen:asyncgen-processor:" + VERSION), mavenProcessorPath());
  }

  @Test
  void theGradleBuildAsksForWhatThePomAsksFor() throws Exception {
    String gradle = quickStart.gradle();
    assertEquals(mavenDependencies(), calls(gradle, "implementation\\(\"([^\"]+)\"\\)"));
    assertEquals(mavenProcessorPath(), calls(gradle, "annotationProcessor\\(\"([^\"]+)\"\\)"));
    Document pom = parse(quickStart.pom());
    assertEquals(List.of(property(pom, "maven.compiler.release")),
        calls(gradle, "options\\.release\\.set\\((\\d+)\\)"));
    assertEquals(List.of(property(pom, "project.build.sourceEncoding")),
        calls(gradle, "options\\.encoding = \"([^\"]+)\""));
    assertEquals(List.of(execMainClass(pom)), calls(gradle, "mainClass\\.set\\(\"([^\"]+)\"\\)"));
    assertTrue(gradle.contains("mavenLocal()"), "the snapshot is in the local Maven repository");
  }

  @Test
  void theGroovyLinesAskForWhatThePomAsksFor() throws Exception {
    String page = quickStart.gradlePageText();
    assertEquals(mavenDependencies(), calls(page, "`implementation '([^']+)'`"));
    assertEquals(mavenProcessorPath(), calls(page, "`annotationProcessor '([^']+)'`"));
  }

  @Test
  void theSpringBootSectionAsksForThisVersionOfTheStarter() throws Exception {
    Document dependency = parse(SpringBootSection.fromReadme().dependency());
    assertEquals(List.of("dev.asyncgen:asyncgen-spring-boot-starter:" + VERSION),
        coordinates(dependency.getElementsByTagName("dependency")));
  }

  @Test
  void theTourSnippetsGoIntoAFileOfTheQuickStart() {
    assertFalse(quickStart.tourSnippets().isEmpty(), "the tour marks no snippets");
    for (Markdown.Block snippet : quickStart.tourSnippets()) {
      assertTrue(quickStart.files().stream().anyMatch(file -> file.argument().endsWith("/" + snippet.argument())),
          "no Quick start file for the snippet marked " + snippet.argument());
    }
  }

  private List<String> mavenDependencies() throws Exception {
    return coordinates(parse(quickStart.pom()).getElementsByTagName("dependency"));
  }

  private List<String> mavenProcessorPath() throws Exception {
    Element paths = (Element) parse(quickStart.pom()).getElementsByTagName("annotationProcessorPaths").item(0);
    return coordinates(paths.getElementsByTagName("path"));
  }

  private static String execMainClass(Document pom) {
    NodeList plugins = pom.getElementsByTagName("plugin");
    for (int i = 0; i < plugins.getLength(); i++) {
      Element plugin = (Element) plugins.item(i);
      if (child(plugin, "artifactId").equals("exec-maven-plugin")) {
        return ((Element) plugin.getElementsByTagName("mainClass").item(0)).getTextContent().strip();
      }
    }
    throw new AssertionError("the pom has no exec-maven-plugin");
  }

  private static List<String> coordinates(NodeList elements) {
    List<String> coordinates = new ArrayList<>();
    for (int i = 0; i < elements.getLength(); i++) {
      Element element = (Element) elements.item(i);
      coordinates.add(child(element, "groupId") + ":" + child(element, "artifactId") + ":"
          + child(element, "version"));
    }
    return coordinates;
  }

  private static String property(Document pom, String name) {
    NodeList found = pom.getElementsByTagName(name);
    assertEquals(1, found.getLength(), "the pom's property " + name);
    return found.item(0).getTextContent().strip();
  }

  /** The text of {@code element}'s own child named {@code name}, or "" without one. */
  private static String child(Element element, String name) {
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element && child.getNodeName().equals(name)) {
        return child.getTextContent().strip();
      }
    }
    return "";
  }

  private static List<String> calls(String text, String regex) {
    List<String> found = new ArrayList<>();
    Matcher call = Pattern.compile(regex).matcher(text);
    while (call.find()) {
      found.add(call.group(1));
    }
    return found;
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }
}
