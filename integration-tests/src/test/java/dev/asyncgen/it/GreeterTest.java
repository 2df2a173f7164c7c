package dev.asyncgen.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GreeterTest {

  @Test
  void facadeCallsTheSyncMethod() {
    GreeterAsync greeter = GreeterAsync.of(name -> "hello " + name);
    assertEquals("hello ada", greeter.greet("ada").join());
  }
}
