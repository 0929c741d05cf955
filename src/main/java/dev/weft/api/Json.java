package dev.weft.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The one JSON configuration shared by the client and the sandbox, so both read and write alike. */
public final class Json {
    /** Nulls left out, as fields and as map values alike (what the deprecated serializationInclusion set). */
    private static final JsonInclude.Value NON_NULL = JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL);

    /**
     * Unknown fields are ignored because the API grows; nulls are omitted so a PATCH carries only
     * what the caller set; instants are written as RFC 3339 text, as the API does.
     */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new com.fasterxml.jackson.databind.module.SimpleModule("rfc-3339-instants")
                    .addDeserializer(java.time.Instant.class, new RfcInstantDeserializer()))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .defaultPropertyInclusion(NON_NULL)
            .build();

    /** YAML for kubeconfigs and audit policies, with the same leniency. */
    public static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .defaultPropertyInclusion(NON_NULL)
            .build();

    private Json() {
    }

    /** {@code value} as indented JSON, for a person to read (raw JSON panes, a policy's text); {@code orElse} if it cannot be written. */
    public static String pretty(Object value, String orElse) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return orElse;
        }
    }
}
