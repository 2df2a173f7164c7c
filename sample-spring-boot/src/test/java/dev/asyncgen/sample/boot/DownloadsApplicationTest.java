package dev.asyncgen.sample.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The sample application on a real port, called over HTTP as a user would: the downloads, the
 * metrics of their facade calls, the request's trace ID in the log lines the blocking calls
 * write, and the Actuator endpoint.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class DownloadsApplicationTest {

  /** A W3C trace context, as a caller's tracing would send it: the request continues this trace. */
  private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

  private final HttpClient http = HttpClient.newHttpClient();

  @LocalServerPort int port;

  @Test
  void downloadsEveryFileAtOnceAndStoresIt(CapturedOutput output) throws Exception {
    String body = post("/downloads", Map.of("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01"));

    assertEquals(20, (int) JsonPath.read(body, "$.files"));
    List<String> stored = JsonPath.read(body, "$.stored[*].name");
    assertThat(stored).hasSize(20).contains("file-01.txt", "file-20.txt");

    // Each download logged from the blocking call, on an executor thread, with the request's trace.
    List<String> downloadLines =
        output.getOut().lines().filter(line -> line.contains("Downloading file-")).toList();
    assertThat(downloadLines).hasSizeGreaterThanOrEqualTo(20);
    assertThat(downloadLines).allSatisfy(line -> assertThat(line).contains(TRACE_ID));
    assertThat(downloadLines).noneSatisfy(line -> assertThat(line).contains("http-nio"));
  }

  @Test
  void facadeCallsAreMetricsAtActuatorMetricsAsyncgenCalls() throws Exception {
    post("/downloads", Map.of());

    String calls = get("/actuator/metrics/asyncgen.calls");
    List<String> methods = JsonPath.read(calls, "$.availableTags[?(@.tag == 'method')].values[*]");
    assertThat(methods).contains("Downloader.download", "FileRepository.save", "FileRepository.list");

    String downloads =
        get("/actuator/metrics/asyncgen.calls?tag=method:Downloader.download&tag=outcome:SUCCESS");
    List<Double> count = JsonPath.read(downloads, "$.measurements[?(@.statistic == 'COUNT')].value");
    assertThat(count.get(0)).isGreaterThanOrEqualTo(20.0);
  }

  @Test
  void theActuatorEndpointListsTheFacadesAndTheirLimits() throws Exception {
    String report = get("/actuator/asyncgen");

    assertEquals(
        "dev.asyncgen.sample.DownloaderAsync",
        JsonPath.read(report, "$.facades.loggedDownloaderAsync.facade"));
    assertEquals("PT5S", JsonPath.read(report, "$.facades.loggedDownloaderAsync.timeout"));
    assertEquals(10, (int) JsonPath.read(report, "$.facades.jdbcFileRepositoryAsync.bulkhead.maxConcurrency"));
  }

  private String get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).GET(), 200);
  }

  private String post(String path, Map<String, String> headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody());
    headers.forEach(request::header);
    return send(request, 200);
  }

  private String send(HttpRequest.Builder request, int status) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(status, response.statusCode(), response::body);
    return response.body();
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
