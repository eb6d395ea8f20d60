package io.camelseedance.provider.apimart;

import com.fasterxml.jackson.databind.JsonNode;

import io.camelseedance.provider.ErrorBody;
import io.camelseedance.provider.JsonSupport;

/**
 * Unwraps APIMart's answers, {@code {"code":200,"data":...}}. An envelope whose {@code code} is not 200 is an error
 * even when the HTTP status was 2xx, and is thrown as one rather than read as an empty task.
 */
final class ApiMartEnvelope {

    private static final int OK = 200;

    private ApiMartEnvelope() {
    }

    /** The {@code data} of an answer; the first element where it is a list. */
    static JsonNode data(String provider, String body, String what) {
        JsonNode envelope = JsonSupport.parse(body, what);
        Integer code = JsonSupport.integer(envelope, "code");
        if (code != null && code != OK) {
            JsonNode error = envelope.has("error") ? JsonSupport.object(envelope, "error") : envelope;
            throw ErrorBody.of(error).withTypeForNumericCode().toException(provider, code, null, null);
        }
        JsonNode data = envelope.get("data");
        if (data != null && data.isArray()) {
            data = data.isEmpty() ? null : data.get(0);
        }
        return data != null && data.isObject() ? data : JsonSupport.MAPPER.createObjectNode();
    }
}
