package io.camelseedance.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;

/**
 * Where the completion-to-exchange time of measurement 2 goes, from the simulator's record of reads (receive time and
 * ids of each) and the probe's completions (when each exchange continued, with its task id). For each task ended at
 * {@code E} (its create's receive time plus its render time) and continued at {@code D}:
 * <ul>
 * <li><b>to the first read</b>: from {@code E} to the first read of the task the simulator received after it: the wait
 * for the poller's round plus the time the read took to arrive;</li>
 * <li><b>reads not yet done</b>: from that read to the last read of the task before {@code D}, the one that saw it
 * ended; more than zero when a read after {@code E} still found it running (the simulator's own timer late);</li>
 * <li><b>answer to exchange</b>: from that last read's arrival to {@code D}: the simulator's answer, the transfer, the
 * parsing, and the hand-over to the exchange's continuation.</li>
 * </ul>
 * The three add up to the latency. Also the lag of each read after its round (the reads' receive time past the last
 * whole multiple of the interval: the tracker's rounds are on the epoch's), meaningful for the batched side only.
 */
final class PollBreakdown {

    private final Histogram toFirstRead = Bench.histogram();
    private final Histogram notYetDone = Bench.histogram();
    private final Histogram answerToExchange = Bench.histogram();
    private final Histogram total = Bench.histogram();
    private final Histogram readLag = Bench.histogram();
    private final Histogram simulatorLate = Bench.histogram();
    private final List<long[]> parts = new ArrayList<>();
    /** Of each task: its reads after its end and its continuation, in ms after its end. */
    private final Map<long[], String> timelines = new HashMap<>();
    private final long pollMicros;
    private int unmatched;

    /**
     * @param ends    task id to its end, epoch micros
     * @param done    task id to when its exchange continued, epoch micros
     * @param reads   the simulator's reads: {@code receivedMicros id,id,...} lines
     * @param updated the simulator's {@code id updatedAtEpochSeconds} lines: when each task really ended, to the second
     * @param pollMs  the poll interval
     */
    PollBreakdown(Map<String, Long> ends, Map<String, Long> done, String reads, String updated, long pollMs) {
        Map<String, Long> endSecond = new HashMap<>();
        for (String line : updated.split("\n")) {
            if (!line.isBlank()) {
                String[] fields = line.split(" ");
                endSecond.put(fields[0], Long.parseLong(fields[1]) * 1_000_000L);
            }
        }
        Map<String, List<Long>> readsOf = new HashMap<>();
        pollMicros = pollMs * 1000;
        for (String line : reads.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split(" ");
            long at = Long.parseLong(fields[0]);
            readLag.recordValue(Math.floorMod(at, pollMicros));
            for (String id : fields[1].split(",")) {
                readsOf.computeIfAbsent(id, k -> new ArrayList<>()).add(at);
            }
        }
        done.forEach((id, d) -> {
            Long end = ends.get(id);
            if (end == null) {
                unmatched++;
                return;
            }
            List<Long> times = readsOf.getOrDefault(id, List.of());
            long first = times.stream().filter(t -> t >= end).mapToLong(Long::longValue).min().orElse(-1);
            long last = times.stream().filter(t -> t <= d).mapToLong(Long::longValue).max().orElse(-1);
            if (first < 0 || last < first) {
                unmatched++;
                return;
            }
            long[] p = {first - end, last - first, d - last, d - end};
            parts.add(p);
            StringBuilder timeline = new StringBuilder("reads at");
            times.stream().filter(t -> t >= end).sorted()
                    .forEach(t -> timeline.append(String.format(" +%.0f", (t - end) / 1000.0)));
            // the simulator's second of the end, past the end it was given: a lower bound of its own lateness
            Long second = endSecond.get(id);
            if (second != null && second > end) {
                simulatorLate.recordValue(second - end);
                timeline.append(String.format(", ended in the simulator at +%.0f or later", (second - end) / 1000.0));
            }
            timelines.put(p, timeline.append(String.format(", continued +%.0f ms", (d - end) / 1000.0)).toString());
            toFirstRead.recordValue(p[0]);
            notYetDone.recordValue(p[1]);
            answerToExchange.recordValue(p[2]);
            total.recordValue(p[3]);
        });
    }

    /** The figures, in milliseconds: p50/p99/max of each part, over all tasks and over the slowest 1 % alone. */
    Map<String, String> figures() {
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("breakdown.tasks", Integer.toString(parts.size()));
        figures.put("breakdown.unmatched", Integer.toString(unmatched));
        put(figures, "breakdown.toFirstRead", toFirstRead);
        put(figures, "breakdown.readsNotYetDone", notYetDone);
        put(figures, "breakdown.answerToExchange", answerToExchange);
        put(figures, "breakdown.readLagAfterRound", readLag);
        // how many tasks the simulator certainly ended late (its end's second began after the given end), and by how much
        figures.put("breakdown.simulatorCertainlyLate.tasks", Long.toString(simulatorLate.getTotalCount()));
        put(figures, "breakdown.simulatorCertainlyLateAtLeast", simulatorLate);
        long tailFrom = total.getValueAtPercentile(99);
        List<long[]> tail = parts.stream().filter(p -> p[3] >= tailFrom).toList();
        figures.put("breakdown.tail.tasks", Integer.toString(tail.size()));
        String[] names = {"toFirstRead", "readsNotYetDone", "answerToExchange", "total"};
        for (int i = 0; i < names.length; i++) {
            int k = i;
            figures.put("breakdown.tail.mean." + names[i] + "ms",
                    String.format("%.1f", tail.stream().mapToLong(p -> p[k]).average().orElse(0) / 1000.0));
        }
        tail.stream().sorted((a, b) -> Long.compare(b[3], a[3])).limit(5)
                .forEach(p -> figures.put("breakdown.tail.slowest" + figures.size(), timelines.get(p)));
        // a task first read more than an interval after its end missed a round
        figures.put("breakdown.firstReadOverOneInterval",
                Long.toString(parts.stream().filter(p -> p[0] > pollMicros).count()));
        return figures;
    }

    private static void put(Map<String, String> figures, String name, Histogram h) {
        figures.put(name + ".p50ms", String.format("%.1f", h.getValueAtPercentile(50) / 1000.0));
        figures.put(name + ".p99ms", String.format("%.1f", h.getValueAtPercentile(99) / 1000.0));
        figures.put(name + ".maxms", String.format("%.1f", h.getMaxValue() / 1000.0));
    }
}
