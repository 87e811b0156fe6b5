package dev.sosik;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SosikApplication {

    public static void main(String[] args) {
        SpringApplication.run(SosikApplication.class, args);
    }
}
