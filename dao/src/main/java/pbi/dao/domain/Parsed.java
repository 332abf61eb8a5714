package pbi.dao.domain;

import java.util.List;

/**
 * The result of parsing a serialized field. The raw string is always kept exactly as stored; when it is malformed,
 * {@code values} holds what could be read and {@code problems} says, token by token, what is wrong.
 */
public record Parsed<T>(String raw, List<T> values, List<String> problems) {

    public Parsed {
        values = List.copyOf(values);
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }

    /** All problems as one sentence, for a tooltip or a report. */
    public String describeProblems() {
        return String.join("; ", problems);
    }
}
