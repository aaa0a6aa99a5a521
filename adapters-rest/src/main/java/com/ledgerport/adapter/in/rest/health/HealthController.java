package com.ledgerport.adapter.in.rest.health;

import com.ledgerport.application.port.in.CheckHealthUseCase;
import com.ledgerport.application.port.in.CheckHealthUseCase.Health;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /health}: 200 while the database answers, 503 when it does not. No credential needed. */
@Controller("/health")
@ExecuteOn(TaskExecutors.BLOCKING)
final class HealthController {

    private final CheckHealthUseCase checkHealth;

    HealthController(CheckHealthUseCase checkHealth) {
        this.checkHealth = checkHealth;
    }

    @Get
    HttpResponse<Map<String, Object>> health() {
        Health health = checkHealth.check();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", health.isUp() ? "UP" : "DOWN");
        body.put("database", health.database().name());
        return HttpResponse.<Map<String, Object>>status(health.isUp() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .body(body);
    }
}
