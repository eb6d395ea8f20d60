package io.camelseedance.simulator.gateway;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.camelseedance.simulator.ark.ArkApiException;
import io.camelseedance.simulator.ark.ArkUpstream;

/**
 * One gateway's tasks: each under an id of the gateway's own, forwarded to the simulated Ark, so it follows Ark's
 * lifecycle, {@code [sim:…]} triggers and generated files. A gateway knows only the tasks created through it.
 */
public final class GatewayTasks {

    /** A gateway task and the Ark task behind it, as it stands now. */
    public record Snapshot(String id, GatewayRequest request, ObjectNode arkTask) {
    }

    /**
     * A task just created.
     *
     * @param answerDelay how long the create answer is held back ({@code [sim:delay=MS]})
     */
    public record Created(Snapshot task, Duration answerDelay) {
    }

    private record Entry(GatewayRequest request, String arkId) {
    }

    private final ArkUpstream ark;
    private final Supplier<String> ids;
    private final Map<Integer, String> errorTypes;
    private final Map<String, Entry> tasks = new ConcurrentHashMap<>();

    /**
     * @param ids        the gateway's own task ids, a fresh one per call
     * @param errorTypes the gateway's error type for each status, for Ark's refusals in its words
     */
    public GatewayTasks(ArkUpstream ark, Supplier<String> ids, Map<Integer, String> errorTypes) {
        this.ark = ark;
        this.ids = ids;
        this.errorTypes = Map.copyOf(errorTypes);
    }

    /**
     * Forwards the request's Ark body and keeps the task under a new id of the gateway's.
     *
     * @param onChange hears of every status change, {@code queued} first, on the simulator's scheduler
     * @throws GatewayRefusal what Ark refused, in the gateway's words
     */
    public Created create(GatewayRequest request, String requestId, BiConsumer<String, ObjectNode> onChange) {
        String id = ids.get();
        while (tasks.containsKey(id)) {
            id = ids.get();
        }
        String taskId = id;
        ArkUpstream.Forwarded forwarded;
        try {
            forwarded = ark.forward(request.arkBody(), requestId, arkTask -> onChange.accept(taskId, arkTask));
        } catch (ArkApiException e) {
            throw GatewayRefusal.fromArk(e, errorTypes);
        }
        tasks.put(id, new Entry(request, forwarded.taskId()));
        return new Created(find(id).orElseThrow(), forwarded.answerDelay());
    }

    /** The task as it stands now; empty when the gateway never made it or its Ark record is gone. */
    public Optional<Snapshot> find(String id) {
        Entry entry = tasks.get(id);
        return entry == null
                ? Optional.empty()
                : ark.task(entry.arkId()).map(arkTask -> new Snapshot(id, entry.request(), arkTask));
    }
}
