package io.camelseedance.benchmarks;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The arguments a probe that renders N videos begins with, {@code mode arkBaseUrl adminPort N renderMinMs renderMaxMs
 * seed}, then the probe's own ({@link #own}).
 *
 * @param own the arguments after the common ones, in their order
 */
record RenderProbeArgs(String mode, String ark, int adminPort, int count, long renderMinMs, long renderMaxMs, long seed,
        List<String> own) {

    static RenderProbeArgs parse(String[] args) {
        return new RenderProbeArgs(args[0], args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                Long.parseLong(args[4]), Long.parseLong(args[5]), Long.parseLong(args[6]),
                List.of(Arrays.copyOfRange(args, 7, args.length)));
    }

    /** The prompt of video {@code n}: it renders for the time drawn for it from the seed ({@link Bench#renderMs}). */
    String prompt(int n) {
        return Bench.prompt(n, Bench.renderMs(seed, n, renderMinMs, renderMaxMs));
    }

    int ownInt(int index) {
        return Integer.parseInt(own.get(index));
    }

    long ownLong(int index) {
        return Long.parseLong(own.get(index));
    }

    Path ownPath(int index) {
        return Path.of(own.get(index));
    }

    /** An optional argument of the probe's own, {@code absent} when not given. */
    String ownText(int index, String absent) {
        return index < own.size() ? own.get(index) : absent;
    }
}
