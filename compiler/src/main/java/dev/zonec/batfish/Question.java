package dev.zonec.batfish;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;

/**
 * One question instance, ready to upload: {@code body} is the service's template with {@code instance.instanceName}
 * and the parameter values set, as pybatfish builds it. The instance name is the question's identity on the
 * service: it is the upload path, the work item's {@code questionname} and the answer path.
 *
 * @param reference for a differential question, the snapshot to compare against
 */
public record Question(String instanceName, ObjectNode body, Optional<String> reference) {
    public Question {
        Objects.requireNonNull(instanceName);
        body = body.deepCopy();
        Objects.requireNonNull(reference);
    }

    /** The Java class the service answers with, e.g. {@code org.batfish.question.testfilters.TestFiltersQuestion}. */
    public String questionClass() {
        return body.path("class").asText("");
    }
}
