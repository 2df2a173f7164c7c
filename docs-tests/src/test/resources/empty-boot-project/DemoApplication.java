package com.example;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class DemoApplication {

  public static void main(String[] args) {
    // start.spring.io's main, but closing the context once it has started: an application
    // without a web server would otherwise wait for Boot's idle task threads (a minute).
    SpringApplication.run(DemoApplication.class, args).close();
  }

}
