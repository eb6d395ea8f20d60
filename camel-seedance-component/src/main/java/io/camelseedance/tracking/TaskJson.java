package io.camelseedance.tracking;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * How the persistent stores write a task: JSON, dates as text. Derived accessors such as
 * {@code VideoTask.isTerminal()} are written too; they are not read back.
 */
final class TaskJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private TaskJson() {
    }

    static byte[] bytes(Object entry) {
        try {
            return MAPPER.writeValueAsBytes(entry);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Cannot write " + entry.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static String text(Object entry) {
        try {
            return MAPPER.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Cannot write " + entry.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static <T> T read(byte[] json, Class<T> type) throws IOException {
        return MAPPER.readValue(json, type);
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Cannot read a stored " + type.getSimpleName(), e);
        }
    }
}
