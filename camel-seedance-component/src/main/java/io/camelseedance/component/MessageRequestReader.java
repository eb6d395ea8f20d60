package io.camelseedance.component;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.WrappedFile;

import io.camelseedance.api.ImageInput;
import io.camelseedance.api.NeutralField;
import io.camelseedance.api.SeedanceValidationException;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.api.VideoRequestReader;
import io.camelseedance.api.VideoTask;

/**
 * Builds the request of one message: the endpoint's options, then what the body says, then the
 * {@code CamelSeedance*} headers, each overriding the one before.
 * <p>
 * Bodies: a {@link VideoRequest}; a prompt as text; a JSON object or {@link Map} of neutral fields; an image
 * ({@code byte[]}, {@link InputStream}, {@link File}, or a file from the file component) as the first frame; a
 * {@code .txt} file as the prompt; a {@code .json} file as a request.
 */
final class MessageRequestReader {

    private MessageRequestReader() {
    }

    static VideoRequest read(Message message, VideoRequest defaults) {
        VideoRequest.Builder b = defaults.toBuilder();
        VideoRequest fromBody = fromBody(message);
        if (fromBody != null) {
            b.mergeFrom(fromBody);
        }
        return b.mergeFrom(fromHeaders(message)).build();
    }

    private static VideoRequest fromBody(Message message) {
        Object body = message.getBody();
        if (body == null) {
            return null;
        }
        if (body instanceof VideoRequest request) {
            return request;
        }
        if (body instanceof String text) {
            return fromText(text);
        }
        if (body instanceof Map<?, ?> map) {
            return VideoRequestReader.fromMap(stringKeys(map));
        }
        if (body instanceof WrappedFile<?> wrapped && wrapped.getFile() instanceof File file) {
            return fromFile(file);
        }
        if (body instanceof File file) {
            return fromFile(file);
        }
        if (body instanceof Path path) {
            return fromFile(path.toFile());
        }
        if (body instanceof byte[] bytes) {
            return firstFrame(bytes, "the message body");
        }
        if (body instanceof InputStream in) {
            return firstFrame(readCapped(in), "the message body");
        }
        throw new SeedanceValidationException("body", "a " + body.getClass().getName()
                + " cannot be read as a request; send a VideoRequest, a prompt, a JSON object, a Map, an image or a .txt/.json file");
    }

    private static VideoRequest fromText(String text) {
        String trimmed = text.trim();
        if (trimmed.startsWith("{")) {
            return VideoRequestReader.fromJson(trimmed);
        }
        return trimmed.isEmpty() ? null : VideoRequest.builder().prompt(trimmed).build();
    }

    private static VideoRequest fromFile(File file) {
        String name = file.getName().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".txt")) {
                return fromText(Files.readString(file.toPath(), StandardCharsets.UTF_8));
            }
            if (name.endsWith(".json")) {
                return VideoRequestReader.fromJson(Files.readString(file.toPath(), StandardCharsets.UTF_8));
            }
            if (file.length() > ImageDataUrl.MAX_BYTES) {
                throw new SeedanceValidationException("images", file.getName() + " is larger than 30 MB");
            }
            return firstFrame(Files.readAllBytes(file.toPath()), file.getName());
        } catch (IOException e) {
            throw new SeedanceValidationException("body", "cannot read " + file.getName() + ": " + e.getMessage());
        }
    }

    private static VideoRequest firstFrame(byte[] bytes, String source) {
        return VideoRequest.builder().image(ImageInput.firstFrame(ImageDataUrl.of(bytes, source))).build();
    }

    private static byte[] readCapped(InputStream in) {
        try (in) {
            byte[] bytes = in.readNBytes((int) ImageDataUrl.MAX_BYTES + 1);
            if (bytes.length > ImageDataUrl.MAX_BYTES) {
                throw new SeedanceValidationException("images", "the message body is larger than 30 MB");
            }
            return bytes;
        } catch (IOException e) {
            throw new SeedanceValidationException("body", "cannot read the message body: " + e.getMessage());
        }
    }

    /** The request fields set by {@code CamelSeedance<Field>} headers. */
    private static VideoRequest fromHeaders(Message message) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (NeutralField field : NeutralField.values()) {
            Object value = field.hasHeader() ? message.getHeader(headerName(field)) : null;
            if (value != null) {
                fields.put(field.fieldName(), value);
            }
        }
        return VideoRequestReader.fromMap(fields);
    }

    /** {@code CamelSeedance} + the capitalised field name, e.g. {@code CamelSeedanceCameraFixed}. */
    static String headerName(NeutralField field) {
        String name = field.fieldName();
        return SeedanceConstants.PREFIX + Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    /** The task id an operation acts on: the header if set, else the body (an id, or a task). */
    static String taskId(Exchange exchange) {
        Message m = exchange.getMessage();
        String id = m.getHeader(SeedanceConstants.TASK_ID, String.class);
        if (id == null) {
            Object body = m.getBody();
            id = body instanceof VideoTask t ? t.id() : m.getBody(String.class);
        }
        if (id == null || id.isBlank()) {
            throw new SeedanceValidationException("taskId",
                    "is required: set the " + SeedanceConstants.TASK_ID + " header or send the id as the body");
        }
        return id.trim();
    }
}
