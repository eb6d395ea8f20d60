package io.camelseedance.simulator;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.camelseedance.simulator.Bodies.AUDIO;
import static io.camelseedance.simulator.Bodies.DRAFT_TASK;
import static io.camelseedance.simulator.Bodies.FIRST_FRAME;
import static io.camelseedance.simulator.Bodies.IMAGE;
import static io.camelseedance.simulator.Bodies.LAST_FRAME;
import static io.camelseedance.simulator.Bodies.REFERENCE_IMAGE;
import static io.camelseedance.simulator.Bodies.SEEDANCE_1_0_PRO;
import static io.camelseedance.simulator.Bodies.SEEDANCE_1_0_PRO_FAST;
import static io.camelseedance.simulator.Bodies.SEEDANCE_1_5_PRO;
import static io.camelseedance.simulator.Bodies.SEEDANCE_2_0;
import static io.camelseedance.simulator.Bodies.SEEDANCE_2_0_FAST;
import static io.camelseedance.simulator.Bodies.TEXT;
import static io.camelseedance.simulator.Bodies.VIDEO;
import static io.camelseedance.simulator.Bodies.body;
import static io.camelseedance.simulator.Bodies.items;
import static io.camelseedance.simulator.Bodies.json;
import static io.camelseedance.simulator.Bodies.repeat;
import static org.assertj.core.api.Assertions.assertThat;

/** Every validation rule of the create call, with at least one body that passes it and one that breaks it. */
class CreateValidationTest {

    @RegisterExtension
    static final SeedanceSimulatorExtension SIM = new SeedanceSimulatorExtension(SeedanceSimulator.builder()
            .queuedFor(Duration.ofHours(1)));

    private final ArkClient ark = new ArkClient(SIM.simulator(), "key");

    static Stream<Arguments> accepted() {
        return Stream.of(
                ok("text only", body(SEEDANCE_2_0, TEXT, "")),
                ok("Volcengine model id", body("doubao-seedance-1-0-pro-fast-251015", TEXT, "")),
                ok("null counts as absent", body(SEEDANCE_2_0, TEXT, "'seed':null,'callback_url':null")),
                // the Volcengine id: web_search is not on BytePlus' overseas nodes; no service_tier: 2.0 takes none
                ok("every 2.0 option",
                        body("doubao-seedance-2-0-260128", TEXT, "'callback_url':'http://127.0.0.1:1/cb',"
                                + "'return_last_frame':true,'execution_expires_after':3600,"
                                + "'generate_audio':true,'draft':false,'tools':[{'type':'web_search'}],"
                                + "'safety_identifier':'" + "x".repeat(64) + "','priority':9,'resolution':'1080p',"
                                + "'ratio':'21:9','duration':15,'seed':4294967295,'camera_fixed':false,'watermark':true,"
                                + "'output_format':'mov','omni_reference_task_type':'edit'")),
                ok("1.0 duration lower bound", body(SEEDANCE_1_0_PRO, TEXT, "'duration':2")),
                ok("1.0 duration upper bound", body(SEEDANCE_1_0_PRO_FAST, TEXT, "'duration':12")),
                ok("1.5 duration -1", body(SEEDANCE_1_5_PRO, TEXT, "'duration':-1")),
                ok("1.5 duration 4", body(SEEDANCE_1_5_PRO, TEXT, "'duration':4")),
                ok("2.0 duration -1", body(SEEDANCE_2_0_FAST, TEXT, "'duration':-1")),
                ok("frames 29", body(SEEDANCE_1_0_PRO, TEXT, "'frames':29")),
                ok("frames 289", body(SEEDANCE_1_0_PRO, TEXT, "'frames':289")),
                ok("480p", body(SEEDANCE_2_0_FAST, TEXT, "'resolution':'480p'")),
                ok("adaptive on 1.0 image-to-video", body(SEEDANCE_1_0_PRO, FIRST_FRAME, "'ratio':'adaptive'")),
                ok("adaptive on 2.0 text-to-video", body(SEEDANCE_2_0, TEXT, "'ratio':'adaptive'")),
                ok("camera_fixed on 1.0", body(SEEDANCE_1_0_PRO, TEXT, "'camera_fixed':true")),
                ok("lone image without role", body(SEEDANCE_1_0_PRO_FAST, IMAGE, "")),
                ok("data URL image", body(SEEDANCE_1_5_PRO, "{'type':'image_url','image_url':"
                        + "{'url':'data:image/png;base64,iVBORw0KGgo='}}", "")),
                ok("asset URL", body(SEEDANCE_2_0, "{'type':'video_url','video_url':{'url':'asset://a-1'}}", "")),
                ok("first and last frame", body(SEEDANCE_1_0_PRO, items(TEXT, FIRST_FRAME, LAST_FRAME), "")),
                ok("text + video", body(SEEDANCE_2_0, items(TEXT, VIDEO), "")),
                ok("image + audio", body(SEEDANCE_2_0, items(REFERENCE_IMAGE, AUDIO), "")),
                ok("video + audio", body(SEEDANCE_2_0, items(VIDEO, AUDIO), "")),
                ok("all media at their limits", body(SEEDANCE_2_0, items(TEXT, repeat(REFERENCE_IMAGE, 9),
                        repeat(VIDEO, 3), repeat(AUDIO, 3)), "")),
                ok("draft on 1.5", body(SEEDANCE_1_5_PRO, TEXT, "'draft':true,'resolution':'480p'")),
                ok("flex on 1.0", body(SEEDANCE_1_0_PRO, TEXT, "'service_tier':'flex'")),
                ok("seed -1", body(SEEDANCE_1_0_PRO, TEXT, "'seed':-1")),
                ok("generate_audio on 1.5", body(SEEDANCE_1_5_PRO, TEXT, "'generate_audio':true")),
                ok("generate_audio false on 1.0", body(SEEDANCE_1_0_PRO, TEXT, "'generate_audio':false")));
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                bad("unknown top-level field", body(SEEDANCE_2_0, TEXT, "'fps':24"), "fps"),
                bad("duration as string", body(SEEDANCE_2_0, TEXT, "'duration':'5'"), "duration"),
                bad("duration as fraction", body(SEEDANCE_2_0, TEXT, "'duration':5.5"), "duration"),
                bad("model as number", json("{'model':5,'content':[" + TEXT + "]}"), "model"),
                bad("content as object", json("{'model':'" + SEEDANCE_2_0 + "','content':" + TEXT + "}"),
                        "content"),
                bad("return_last_frame as string", body(SEEDANCE_2_0, TEXT, "'return_last_frame':'yes'"),
                        "return_last_frame"),
                bad("1.0 duration too short", body(SEEDANCE_1_0_PRO, TEXT, "'duration':1"), "duration"),
                bad("1.0 duration too long", body(SEEDANCE_1_0_PRO_FAST, TEXT, "'duration':13"), "duration"),
                bad("1.0 duration -1", body(SEEDANCE_1_0_PRO, TEXT, "'duration':-1"), "duration"),
                bad("1.5 duration 3", body(SEEDANCE_1_5_PRO, TEXT, "'duration':3"), "duration"),
                bad("1.5 duration 13", body(SEEDANCE_1_5_PRO, TEXT, "'duration':13"), "duration"),
                bad("2.0 duration 16", body(SEEDANCE_2_0, TEXT, "'duration':16"), "duration"),
                bad("frames not 25+4n", body(SEEDANCE_1_0_PRO, TEXT, "'frames':58"), "frames"),
                bad("frames below 29", body(SEEDANCE_1_0_PRO, TEXT, "'frames':25"), "frames"),
                bad("frames above 289", body(SEEDANCE_1_0_PRO, TEXT, "'frames':293"), "frames"),
                bad("frames on 1.5", body(SEEDANCE_1_5_PRO, TEXT, "'frames':57"), "frames"),
                bad("frames on 2.0", body(SEEDANCE_2_0, TEXT, "'frames':57"), "frames"),
                bad("unknown resolution", body(SEEDANCE_2_0, TEXT, "'resolution':'4k'"), "resolution"),
                bad("1080p on 2.0 fast", body(SEEDANCE_2_0_FAST, TEXT, "'resolution':'1080p'"), "resolution"),
                bad("unknown ratio", body(SEEDANCE_2_0, TEXT, "'ratio':'2:1'"), "ratio"),
                bad("adaptive on 1.0 text-to-video", body(SEEDANCE_1_0_PRO, TEXT, "'ratio':'adaptive'"), "ratio"),
                bad("camera_fixed on 2.0", body(SEEDANCE_2_0, TEXT, "'camera_fixed':true"), "camera_fixed"),
                bad("camera_fixed with reference images",
                        body(SEEDANCE_1_5_PRO, REFERENCE_IMAGE, "'camera_fixed':true"), "camera_fixed"),
                bad("empty content", body(SEEDANCE_2_0, "", ""), "content"),
                bad("unknown content type", body(SEEDANCE_2_0, "{'type':'html','html':'x'}", ""), "content"),
                bad("unknown role", body(SEEDANCE_2_0, "{'type':'image_url','image_url':{'url':'https://a/b.png'},"
                        + "'role':'background'}", ""), "content"),
                bad("extra key in item", body(SEEDANCE_2_0, "{'type':'text','text':'x','lang':'en'}", ""),
                        "content"),
                bad("extra key in image_url", body(SEEDANCE_2_0, "{'type':'image_url','image_url':"
                        + "{'url':'https://a/b.png','detail':'high'}}", ""), "content"),
                bad("text not a string", body(SEEDANCE_2_0, "{'type':'text','text':5}", ""), "content"),
                bad("two text items", body(SEEDANCE_2_0, items(TEXT, TEXT), ""), "content"),
                bad("ftp URL", body(SEEDANCE_2_0, "{'type':'image_url','image_url':{'url':'ftp://a/b.png'}}", ""),
                        "content"),
                bad("data URL for a video", body(SEEDANCE_2_0, "{'type':'video_url','video_url':"
                        + "{'url':'data:video/mp4;base64,AAAA'}}", ""), "content"),
                bad("10 reference images", body(SEEDANCE_2_0, repeat(REFERENCE_IMAGE, 10), ""), "content"),
                bad("4 videos", body(SEEDANCE_2_0, repeat(VIDEO, 4), ""), "content"),
                bad("4 audios", body(SEEDANCE_2_0, items(VIDEO, repeat(AUDIO, 4)), ""), "content"),
                bad("audio without image or video", body(SEEDANCE_2_0, items(TEXT, AUDIO), ""), "content"),
                bad("two first frames", body(SEEDANCE_1_0_PRO, items(FIRST_FRAME, FIRST_FRAME), ""), "content"),
                bad("last frame without first", body(SEEDANCE_1_0_PRO, items(TEXT, LAST_FRAME), ""), "content"),
                bad("first frame with reference image",
                        body(SEEDANCE_2_0, items(FIRST_FRAME, REFERENCE_IMAGE), ""), "content"),
                bad("first frame with video", body(SEEDANCE_2_0, items(FIRST_FRAME, VIDEO), ""), "content"),
                bad("two images without role", body(SEEDANCE_2_0, items(IMAGE, IMAGE), ""), "content"),
                bad("last frame on 1.0 fast",
                        body(SEEDANCE_1_0_PRO_FAST, items(FIRST_FRAME, LAST_FRAME), ""), "content"),
                bad("reference image on 1.5", body(SEEDANCE_1_5_PRO, REFERENCE_IMAGE, ""), "content"),
                bad("video on 1.0", body(SEEDANCE_1_0_PRO, VIDEO, ""), "content"),
                bad("draft task with text", body(SEEDANCE_1_5_PRO, items(DRAFT_TASK, TEXT), ""), "content"),
                bad("draft task on 2.0", body(SEEDANCE_2_0, DRAFT_TASK, ""), "content"),
                bad("draft on 2.0", body(SEEDANCE_2_0, TEXT, "'draft':true"), "draft"),
                bad("draft at 720p", body(SEEDANCE_1_5_PRO, TEXT, "'draft':true,'resolution':'720p'"),
                        "resolution"),
                bad("draft with last frame", body(SEEDANCE_1_5_PRO, TEXT, "'draft':true,'return_last_frame':true"),
                        "return_last_frame"),
                bad("draft with flex", body(SEEDANCE_1_5_PRO, TEXT, "'draft':true,'service_tier':'flex'"),
                        "service_tier"),
                bad("unknown service tier", body(SEEDANCE_1_0_PRO, TEXT, "'service_tier':'batch'"), "service_tier"),
                bad("flex on 2.0", body(SEEDANCE_2_0, TEXT, "'service_tier':'flex'"), "service_tier"),
                bad("any service tier on 2.0", body(SEEDANCE_2_0_FAST, TEXT, "'service_tier':'default'"),
                        "service_tier"),
                bad("draft task that does not exist", body(SEEDANCE_1_5_PRO, DRAFT_TASK, ""), "content"),
                bad("web_search on BytePlus", body(SEEDANCE_2_0, TEXT, "'tools':[{'type':'web_search'}]"), "tools"),
                bad("expires too soon", body(SEEDANCE_2_0, TEXT, "'execution_expires_after':3599"),
                        "execution_expires_after"),
                bad("expires too late", body(SEEDANCE_2_0, TEXT, "'execution_expires_after':259201"),
                        "execution_expires_after"),
                bad("priority 10", body(SEEDANCE_2_0, TEXT, "'priority':10"), "priority"),
                bad("priority -1", body(SEEDANCE_2_0, TEXT, "'priority':-1"), "priority"),
                bad("priority on 1.5", body(SEEDANCE_1_5_PRO, TEXT, "'priority':1"), "priority"),
                bad("priority with flex", body(SEEDANCE_1_0_PRO, TEXT, "'priority':1,'service_tier':'flex'"),
                        "priority"),
                bad("safety_identifier too long", body(SEEDANCE_2_0, TEXT, "'safety_identifier':'"
                        + "x".repeat(65) + "'"), "safety_identifier"),
                bad("seed too large", body(SEEDANCE_2_0, TEXT, "'seed':4294967296"), "seed"),
                bad("seed below -1", body(SEEDANCE_2_0, TEXT, "'seed':-2"), "seed"),
                bad("tools on 1.5", body(SEEDANCE_1_5_PRO, TEXT, "'tools':[{'type':'web_search'}]"), "tools"),
                bad("unknown tool", body(SEEDANCE_2_0, TEXT, "'tools':[{'type':'code_interpreter'}]"), "tools"),
                bad("tools not an array", body(SEEDANCE_2_0, TEXT, "'tools':{'type':'web_search'}"), "tools"),
                bad("generate_audio on 1.0", body(SEEDANCE_1_0_PRO, TEXT, "'generate_audio':true"),
                        "generate_audio"),
                bad("unknown output format", body(SEEDANCE_2_0, TEXT, "'output_format':'avi'"), "output_format"),
                bad("omni_reference_task_type not a string",
                        body(SEEDANCE_2_0, TEXT, "'omni_reference_task_type':5"), "omni_reference_task_type"),
                bad("watermark not a boolean", body(SEEDANCE_2_0, TEXT, "'watermark':'no'"), "watermark"),
                bad("callback_url not http", body(SEEDANCE_2_0, TEXT, "'callback_url':'ftp://host/cb'"),
                        "callback_url"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void accepted(String rule, String body) {
        HttpResponse<String> response = ark.create(body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(ArkClient.json(response).get("id").asText()).startsWith("cgt-");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void rejected(String rule, String body, String param) {
        HttpResponse<String> response = ark.create(body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode error = ArkClient.json(response).get("error");
        assertThat(error.get("code").asText()).isEqualTo("InvalidParameter");
        assertThat(error.get("type").asText()).isEqualTo("BadRequest");
        assertThat(error.get("param").asText()).isEqualTo(param);
        assertThat(error.get("message").asText())
                .contains("`" + param + "`")
                .endsWith("Request id: " + response.headers().firstValue("X-Request-Id").orElseThrow());
    }

    @Test
    void malformedJsonIsAnInvalidParameter() {
        HttpResponse<String> response = ark.create("{\"model\": ");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = ArkClient.json(response).get("error");
        assertThat(error.get("code").asText()).isEqualTo("InvalidParameter");
        assertThat(error.has("param")).isFalse();
    }

    @Test
    void missingModelOrContentIsAMissingParameter() {
        HttpResponse<String> noModel = ark.create(json("{'content':[" + TEXT + "]}"));
        HttpResponse<String> noContent = ark.create(json("{'model':'" + SEEDANCE_2_0 + "'}"));

        assertThat(noModel.statusCode()).isEqualTo(400);
        assertThat(ArkClient.json(noModel).at("/error/code").asText()).isEqualTo("MissingParameter");
        assertThat(ArkClient.json(noModel).at("/error/param").asText()).isEqualTo("model");
        assertThat(noContent.statusCode()).isEqualTo(400);
        assertThat(ArkClient.json(noContent).at("/error/code").asText()).isEqualTo("MissingParameter");
        assertThat(ArkClient.json(noContent).at("/error/param").asText()).isEqualTo("content");
    }

    @Test
    void unknownModelIsNotFound() {
        HttpResponse<String> response = ark.create(body("seedance-9-9-ultra-990101", TEXT, ""));

        assertThat(response.statusCode()).isEqualTo(404);
        JsonNode error = ArkClient.json(response).get("error");
        assertThat(error.get("code").asText()).isEqualTo("InvalidEndpointOrModel.NotFound");
        assertThat(error.get("type").asText()).isEqualTo("NotFound");
        assertThat(error.get("param").asText()).isEqualTo("model");
    }

    private static Arguments ok(String rule, String body) {
        return Arguments.of(rule, body);
    }

    private static Arguments bad(String rule, String body, String param) {
        return Arguments.of(rule, body, param);
    }
}
