package dev.sosik;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class SosikApplication {

    public static void main(String[] args) throws Exception {
        if (Commands.isCommand(args)) {
            System.exit(Commands.run(args));
        }
        SpringApplication.run(SosikApplication.class, args);
    }

    /** The time that rules go by (comment limits, suspensions); tests move it instead of waiting. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
