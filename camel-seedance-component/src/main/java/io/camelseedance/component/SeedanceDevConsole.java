package io.camelseedance.component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.Component;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.json.JsonObject;

import io.camelseedance.tracking.LearnedRenderTimes;
import io.camelseedance.tracking.PollCounts;
import io.camelseedance.tracking.TaskTracker;

/**
 * The {@code seedance} dev console: per seedance component, the tasks in flight (id, status, progress and the time
 * likely left, age, time left before their deadline), the outcomes not yet emitted, and the reads of the provider
 * since the start ({@link PollCounts}). It shows no key, token or request.
 */
@DevConsole(name = "seedance", displayName = "Seedance", description = "Seedance video tasks in flight")
public class SeedanceDevConsole extends AbstractDevConsole {

    public SeedanceDevConsole() {
        super("camel", "seedance", "Seedance", "Seedance video tasks in flight");
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder sb = new StringBuilder();
        Instant now = Instant.now();
        for (Map.Entry<String, SeedanceComponent> c : components().entrySet()) {
            TaskTracker tracker = c.getValue().tracker();
            List<TaskTracker.InFlightTask> tasks = tracker != null ? tracker.inFlight() : List.of();
            sb.append(String.format("Component %s: %d task(s) in flight, %d outcome(s) not yet emitted%n", c.getKey(),
                    tasks.size(), tracker != null ? tracker.pendingOutcomeCount() : 0));
            if (tracker != null) {
                PollCounts polls = tracker.pollCounts();
                sb.append(String.format("    polls: %d read(s) of %d task(s); %d partial, %d answered slowly%n",
                        polls.calls(),
                        polls.ids(), polls.partialCalls(), polls.slowAnswers()));
                for (LearnedRenderTimes.ProfileFigures p : tracker.learnedRenderTimes()) {
                    LearnedRenderTimes.Learned l = p.learned();
                    sb.append(String.format("    render times of %s: %d seen%s%n", p.profile().describe(),
                            p.samples(), l == null
                                    ? " (too few to go by)"
                                    : String.format(", early %s, median %s", seconds(l.early()),
                                            seconds(l.median()))));
                }
            }
            for (TaskTracker.InFlightTask t : tasks) {
                sb.append(String.format("    %s  %s%s  age %s  deadline in %s  (%s)%n", t.id(), t.status(),
                        t.estimate() != null
                                ? " " + t.estimate().describe(now)
                                : t.progress() != null ? " " + t.progress() + "%" : "",
                        seconds(Duration.between(t.submittedAt(), now)),
                        seconds(Duration.between(now, t.deadline())), t.key().provider()));
            }
        }
        return sb.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        JsonObject root = new JsonObject();
        List<JsonObject> list = new ArrayList<>();
        Instant now = Instant.now();
        for (Map.Entry<String, SeedanceComponent> c : components().entrySet()) {
            TaskTracker tracker = c.getValue().tracker();
            JsonObject jo = new JsonObject();
            jo.put("name", c.getKey());
            List<JsonObject> tasks = new ArrayList<>();
            for (TaskTracker.InFlightTask t : tracker != null
                    ? tracker.inFlight()
                    : List.<TaskTracker.InFlightTask>of()) {
                JsonObject task = new JsonObject();
                task.put("id", t.id());
                task.put("provider", t.key().provider());
                task.put("status", t.status().name().toLowerCase(java.util.Locale.ROOT));
                if (t.progress() != null) {
                    task.put("progress", t.progress());
                }
                if (t.estimate() != null) {
                    task.put("estimatedProgress", t.estimate().percent());
                    task.put("expectedEnd", t.estimate().expectedEnd().toString());
                    task.put("timeLeftMillis", t.estimate().left(now).toMillis());
                    task.put("estimateSource", t.estimate().source().name().toLowerCase(java.util.Locale.ROOT));
                }
                task.put("submitted", t.submittedAt().toString());
                task.put("ageMillis", Duration.between(t.submittedAt(), now).toMillis());
                task.put("deadline", t.deadline().toString());
                tasks.add(task);
            }
            jo.put("inFlight", tasks);
            jo.put("pendingOutcomes", tracker != null ? tracker.pendingOutcomeCount() : 0);
            if (tracker != null) {
                PollCounts counts = tracker.pollCounts();
                JsonObject polls = new JsonObject();
                polls.put("calls", counts.calls());
                polls.put("ids", counts.ids());
                polls.put("partialCalls", counts.partialCalls());
                polls.put("slowAnswers", counts.slowAnswers());
                jo.put("polls", polls);
                List<JsonObject> renderTimes = new ArrayList<>();
                for (LearnedRenderTimes.ProfileFigures p : tracker.learnedRenderTimes()) {
                    JsonObject figures = new JsonObject();
                    figures.put("provider", p.profile().provider());
                    figures.put("model", p.profile().model());
                    figures.put("resolution", p.profile().resolution());
                    figures.put("duration", p.profile().duration());
                    figures.put("samples", p.samples());
                    if (p.learned() != null) {
                        figures.put("earlyMillis", p.learned().early().toMillis());
                        figures.put("medianMillis", p.learned().median().toMillis());
                    }
                    renderTimes.add(figures);
                }
                jo.put("learnedRenderTimes", renderTimes);
            }
            list.add(jo);
        }
        root.put("components", list);
        return root;
    }

    private Map<String, SeedanceComponent> components() {
        Map<String, SeedanceComponent> found = new LinkedHashMap<>();
        for (String name : getCamelContext().getComponentNames()) {
            Component component = getCamelContext().hasComponent(name);
            if (component instanceof SeedanceComponent seedance) {
                found.put(name, seedance);
            }
        }
        return found;
    }

    private static String seconds(Duration d) {
        return String.format("%.1fs", d.toMillis() / 1000.0);
    }
}
