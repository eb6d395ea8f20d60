package io.camelseedance.examples.cluster;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The cluster demo's verdict: a mail may repeat after a kill, a create or an upload may not, nothing may be missing. */
class ClusterTallyTest {

    private final List<DemoInput> inputs = DemoInput.first(2);
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @Test
    void everyInputOnceOrWithItsMailRepeatedPassesAndTheRepeatIsPrinted() {
        boolean pass = verdict(row(0, 1, 1, 1, true), row(1, 1, 1, 2, true));

        assertThat(pass).isTrue();
        assertThat(printed()).contains("VERDICT: PASS: 1 of 2 inputs created, uploaded and notified exactly once;"
                + " 1 notified twice; 0 wrong").contains("1 notification(s) sent twice");
    }

    @Test
    void aRepeatedCreateFails() {
        assertThat(verdict(row(0, 2, 1, 1, true), row(1, 1, 1, 1, true))).isFalse();
        assertThat(printed()).contains("VERDICT: FAIL").contains("1 wrong");
    }

    @Test
    void aMissingMailVideoOrMoveFails() {
        assertThat(verdict(row(0, 1, 1, 0, true), row(1, 1, 1, 1, true))).isFalse();
        assertThat(verdict(row(0, 1, 0, 1, true), row(1, 1, 1, 1, true))).isFalse();
        assertThat(verdict(row(0, 1, 1, 1, false), row(1, 1, 1, 1, true))).isFalse();
    }

    private ClusterTally.Row row(int input, long creates, long videos, long mails, boolean done) {
        return new ClusterTally.Row(inputs.get(input), creates, videos, mails, done);
    }

    private boolean verdict(ClusterTally.Row... rows) {
        return ClusterTally.print(List.of(rows), new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
