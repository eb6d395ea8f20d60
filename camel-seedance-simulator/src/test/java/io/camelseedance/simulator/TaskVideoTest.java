package io.camelseedance.simulator;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import org.jcodec.codecs.h264.H264Decoder;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Picture;
import org.jcodec.scale.AWTUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.camelseedance.simulator.Bodies.SEEDANCE_1_0_PRO;
import static io.camelseedance.simulator.Bodies.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The video a task reports is the video it serves: pixel size from seed 001's table for its resolution and ratio,
 * its length, 24 fps, and a last-frame PNG that is the video's last frame decoded. Read from the MP4's boxes and
 * decoded with a pure-Java H.264 decoder, as a player would.
 */
class TaskVideoTest {

    private static final String SEEDANCE_2_0 = "doubao-seedance-2-0-260128";

    @RegisterExtension
    static final SeedanceSimulatorExtension SIM = new SeedanceSimulatorExtension(SeedanceSimulator.builder()
            .apiKey("key").queuedFor(Duration.ofMillis(20)).runningFor(Duration.ofMillis(50)));

    private ArkClient ark;

    @BeforeEach
    void setUp() {
        ark = new ArkClient(SIM.simulator(), "key");
    }

    // seed 001's pixel table: the 1.5 Pro / 2.0 column for 2.0, the 1.0 column for 1.0 Pro
    @ParameterizedTest(name = "{0} {1} {2} {3} s")
    @CsvSource({
            SEEDANCE_2_0 + ", 720p, 16:9, 5, 1280, 720",
            SEEDANCE_2_0 + ", 480p, 9:16, 4, 496, 864",
            SEEDANCE_2_0 + ", 720p, 21:9, 6, 1470, 630",
            SEEDANCE_1_0_PRO + ", 480p, 4:3, 3, 736, 544"})
    void theMp4HasTheTasksSizeLengthAnd24Fps(String model, String resolution, String ratio, int seconds, int width,
            int height) {
        JsonNode task = succeeded(body(model, text("A paper boat drifts down a rainy street"),
                "'resolution':'" + resolution + "','ratio':'" + ratio + "','duration':" + seconds));

        Mp4Boxes mp4 = new Mp4Boxes(download(task, "/content/video_url"));

        assertThat(task.get("resolution").asText()).isEqualTo(resolution);
        assertThat(task.get("ratio").asText()).isEqualTo(ratio);
        assertThat(task.get("duration").asInt()).isEqualTo(seconds);
        assertThat(mp4.width()).isEqualTo(width);
        assertThat(mp4.height()).isEqualTo(height);
        assertThat(mp4.framesPerSecond()).isEqualTo(24.0);
        assertThat(mp4.sampleCount()).isEqualTo(seconds * 24);
        assertThat((double) mp4.mediaDuration() / mp4.timescale()).isEqualTo(seconds);
        assertThat(mp4.movieSeconds()).isEqualTo(seconds);
        assertThat(mp4.has("mdat")).isTrue();
    }

    // seed 001: "the actually generated video is 57 / 24 = 2.375 seconds"
    @Test
    void aFrameCountIsTheLengthInFrames() {
        JsonNode task = succeeded(body(SEEDANCE_1_0_PRO, text("a lighthouse"), "'frames':57"));

        Mp4Boxes mp4 = new Mp4Boxes(download(task, "/content/video_url"));

        assertThat(task.get("frames").asInt()).isEqualTo(57);
        assertThat(mp4.sampleCount()).isEqualTo(57);
        assertThat((double) mp4.mediaDuration() / mp4.timescale()).isEqualTo(2.375);
    }

    @Test
    void theLastFramePngIsTheVideosLastFrameDecoded() throws IOException {
        JsonNode task = succeeded(body(SEEDANCE_2_0, text("A fox in the snow"),
                "'resolution':'480p','ratio':'16:9','duration':4,'return_last_frame':true"));
        Mp4Boxes mp4 = new Mp4Boxes(download(task, "/content/video_url"));
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(download(task, "/content/last_frame_url")));

        BufferedImage lastFrame = decode(mp4, mp4.sampleCount() - 1);

        assertThat(png.getWidth()).isEqualTo(864);
        assertThat(png.getHeight()).isEqualTo(496);
        assertThat(pixels(png)).isEqualTo(pixels(lastFrame));
        // a still with a prompt on it, not a blank frame
        assertThat(Arrays.stream(pixels(png)).distinct().count()).isGreaterThan(2);
    }

    @Test
    void theVideoShowsItsPromptSoTwoPromptsGiveTwoVideos() {
        String options = "'resolution':'480p','ratio':'1:1','duration':4";
        byte[] fox = download(succeeded(body(SEEDANCE_2_0, text("A fox in the snow"), options)), "/content/video_url");
        byte[] owl = download(succeeded(body(SEEDANCE_2_0, text("An owl at night"), options)), "/content/video_url");
        byte[] foxAgain = download(succeeded(body(SEEDANCE_2_0, text("A fox in the snow [sim:render=10]"),
                options)), "/content/video_url");

        assertThat(fox).isNotEqualTo(owl);
        assertThat(foxAgain).as("the directive is not shown").isEqualTo(fox);
    }

    private static BufferedImage decode(Mp4Boxes mp4, int sample) {
        ByteBuffer avcC = mp4.avcC();
        avcC.position(5);
        int spsCount = avcC.get() & 0x1F;
        ByteBuffer annexB = ByteBuffer.allocate(mp4.sample(sample).length + avcC.capacity() + 16);
        for (int i = 0; i < spsCount; i++) {
            annexB.put(startCode(avcC, avcC.getShort() & 0xFFFF));
        }
        int ppsCount = avcC.get() & 0xFF;
        for (int i = 0; i < ppsCount; i++) {
            annexB.put(startCode(avcC, avcC.getShort() & 0xFFFF));
        }
        ByteBuffer sampleBytes = ByteBuffer.wrap(mp4.sample(sample));
        while (sampleBytes.hasRemaining()) {
            annexB.put(startCode(sampleBytes, sampleBytes.getInt()));
        }
        annexB.flip();
        int width = (mp4.width() + 15) & ~15;
        int height = (mp4.height() + 15) & ~15;
        Picture picture = new H264Decoder().decodeFrame(annexB,
                Picture.create(width, height, ColorSpace.YUV420J).getData());
        return AWTUtil.toBufferedImage(picture);
    }

    private static byte[] startCode(ByteBuffer from, int length) {
        byte[] unit = new byte[4 + length];
        unit[3] = 1;
        from.get(unit, 4, length);
        return unit;
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static String text(String prompt) {
        return "{'type':'text','text':'" + prompt + "'}";
    }

    private JsonNode succeeded(String body) {
        String id = ark.createTask(body);
        await().atMost(Duration.ofSeconds(20)).until(() -> ark.status(id).equals("succeeded"));
        return ark.task(id);
    }

    private byte[] download(JsonNode task, String pointer) {
        return ark.download(task.at(pointer).asText()).body();
    }
}
