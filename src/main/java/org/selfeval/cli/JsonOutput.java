package org.selfeval.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The indented JSON of {@code --format json}. A class of its own so that Jackson is set up only when a
 * command prints JSON, not when the command line is built (that costs a cold {@code --version} or
 * {@code export} several hundred milliseconds).
 */
final class JsonOutput {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonOutput() {
    }
}
