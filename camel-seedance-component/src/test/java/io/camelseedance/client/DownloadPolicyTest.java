package io.camelseedance.client;

import java.net.InetAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.camelseedance.api.SeedanceDownloadException;
import io.camelseedance.hostile.Answer;
import io.camelseedance.hostile.HostileServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The download host policy (issue 12): only allowed hosts, only public addresses unless the host is the base URL's or
 * private ones are allowed, every redirect hop checked again, a size cap, the content type checked, and no credential
 * sent. The servers are on loopback addresses: 127.0.0.1 plays the provider's own host, 127.0.0.2 another host.
 */
class DownloadPolicyTest {

    private static final byte[] VIDEO = "not really an mp4, but bytes".getBytes(StandardCharsets.UTF_8);
    private static final long MB = 1024 * 1024;

    private final HttpClient http = HttpClient.newHttpClient();
    private HostileServer files;
    private HostileServer elsewhere;

    @TempDir
    Path dir;

    @BeforeEach
    void servers() throws Exception {
        elsewhere = HostileServer.start("127.0.0.2", Answer.of(200, "video/mp4", VIDEO));
        files = HostileServer.start((request, out) -> {
            switch (request.path().replaceAll("\\?.*", "")) {
                case "/video.mp4" -> Answer.of(200, "video/mp4", VIDEO).respond(request, out);
                case "/hop" -> Answer.redirect(302, "/video.mp4").respond(request, out);
                case "/away" ->
                    Answer.redirect(307, elsewhere.origin() + "/video.mp4?sig=s3cret").respond(request, out);
                case "/loop" -> Answer.redirect(302, "/loop").respond(request, out);
                case "/page" -> Answer.text(200, "text/html", "<html>Sign in</html>").respond(request, out);
                case "/announced-huge" -> Answer.huge(200, "video/mp4", 3 * MB, true, (byte) 1).respond(request, out);
                case "/endless" -> Answer.endless(200, "video/mp4", new byte[0]).respond(request, out);
                case "/drip" -> Answer.drip(200, "video/mp4", new byte[10_000], Duration.ofMillis(50))
                        .respond(request, out);
                default -> Answer.text(404, "text/plain", "no").respond(request, out);
            }
        });
    }

    @AfterEach
    void stop() {
        files.close();
        elsewhere.close();
    }

    private VideoDownloader downloader(DownloadPolicy policy) {
        return new VideoDownloader(http, Duration.ofMillis(500), policy);
    }

    /** The component's default: the base URL's host (here the loopback files host) and nothing else. */
    private VideoDownloader byDefault() {
        return downloader(DownloadPolicy.forProvider("byteplus", files.origin() + "/api/v3", null, false, 2 * MB));
    }

    private static Throwable failure(CompletableFuture<?> download) {
        try {
            download.get(20, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (Exception e) {
            throw new AssertionError("the download did not end within 20 s", e);
        }
        throw new AssertionError("the download succeeded");
    }

    @Test
    void theBaseUrlsHostIsAllowedEvenOnLoopbackAndNoCredentialIsSent() throws Exception {
        Path file = byDefault().toFile(files.origin() + "/video.mp4", dir.resolve("v.mp4")).get(10, TimeUnit.SECONDS);

        assertThat(Files.readAllBytes(file)).isEqualTo(VIDEO);
        assertThat(files.requests()).singleElement().satisfies(r -> {
            assertThat(r.header("Authorization")).isNull();
            assertThat(r.header("Cookie")).isNull();
        });
    }

    @Test
    void anotherHostIsRefusedBeforeAnyRequestNamingTheOptionThatAllowsIt() {
        Throwable error = failure(byDefault().toFile(elsewhere.origin() + "/video.mp4", dir.resolve("v.mp4")));

        assertThat(error).isInstanceOf(SeedanceDownloadException.class)
                .hasMessageContaining("host 127.0.0.2 is not one the provider's files come from")
                .hasMessageContaining("downloadAllowedHosts");
        assertThat(elsewhere.requests()).isEmpty();
    }

    @Test
    void anAllowedHostAtAPrivateAddressIsRefusedUnlessPrivateAddressesAreAllowed() throws Exception {
        String url = elsewhere.origin() + "/video.mp4";
        Throwable refused = failure(downloader(DownloadPolicy.forProvider("byteplus", files.origin(), "127.0.0.2",
                false, 2 * MB)).open(url));
        assertThat(refused).hasMessageContaining("non-public address 127.0.0.2");
        assertThat(elsewhere.requests()).isEmpty();

        try (var download = downloader(DownloadPolicy.forProvider("byteplus", files.origin(), "127.0.0.2", true,
                2 * MB)).open(url).get(10, TimeUnit.SECONDS)) {
            assertThat(download.stream().readAllBytes()).isEqualTo(VIDEO);
        }
    }

    @Test
    void aRedirectIsFollowedOnlyToAnAllowedHostAndEachHopIsCheckedAgain() throws Exception {
        try (var download = byDefault().open(files.origin() + "/hop").get(10, TimeUnit.SECONDS)) {
            assertThat(download.stream().readAllBytes()).isEqualTo(VIDEO);
        }

        Throwable away = failure(byDefault().open(files.origin() + "/away"));
        assertThat(away).isInstanceOf(SeedanceDownloadException.class)
                .hasMessageContaining("host 127.0.0.2 is not one").hasMessageNotContaining("s3cret");
        assertThat(elsewhere.requests()).isEmpty();

        assertThat(failure(byDefault().open(files.origin() + "/loop")))
                .hasMessageContaining("redirected more than " + VideoDownloader.MAX_REDIRECTS + " times");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/announced-huge", "/endless"})
    void aFileOverTheSizeCapFailsClearlyAndLeavesNoFile(String path) {
        Throwable error = failure(byDefault().toFile(files.origin() + path, dir.resolve("v.mp4")));

        assertThat(error).isInstanceOf(SeedanceDownloadException.class).hasMessageContaining("downloadMaxSize");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aStreamOverTheSizeCapFailsWhileReading() throws Exception {
        try (var download = byDefault().open(files.origin() + "/endless").get(10, TimeUnit.SECONDS)) {
            assertThatThrownBy(() -> download.stream().readAllBytes()).hasStackTraceContaining("downloadMaxSize");
        }
    }

    @Test
    void aPageServedWith200IsNotAVideo() {
        assertThat(failure(byDefault().toFile(files.origin() + "/page", dir.resolve("v.mp4"))))
                .isInstanceOf(SeedanceDownloadException.class)
                .hasMessageContaining("Content-Type text/html, not a video or image");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aTransferThatDripsIsCutOff() {
        assertThat(failure(byDefault().toFile(files.origin() + "/drip", dir.resolve("v.mp4"))))
                .isInstanceOf(SeedanceDownloadException.class).hasMessageContaining("the transfer stalled");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aClientThatFollowsRedirectsIsRefused() {
        HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

        assertThatThrownBy(() -> new VideoDownloader(following, Duration.ofSeconds(1), DownloadPolicy.of(List.of(),
                null, false, MB))).hasMessageContaining("follows redirects");
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.100.100.200",
            "0.0.0.0", "::1", "fe80::1", "fd00:ec2::254", "::ffff:10.0.0.1", "224.0.0.1"})
    void nonPublicAddressesAreRecognised(String address) throws Exception {
        assertThat(DownloadPolicy.isPublic(InetAddress.getByName(address))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "1.1.1.1", "2001:4860:4860::8888", "203.0.114.7"})
    void publicAddressesAreRecognised(String address) throws Exception {
        assertThat(DownloadPolicy.isPublic(InetAddress.getByName(address))).isTrue();
    }

    @Test
    void theProvidersDocumentedHostsAreAllowed() {
        DownloadPolicy volcengine = DownloadPolicy.forProvider("volcengine", "https://ark.cn-beijing.volces.com/api/v3",
                null, false, MB);
        DownloadPolicy apimart = DownloadPolicy.forProvider("apimart", "https://api.apimart.ai", "*.example.com", false,
                MB);

        // a host outside the list is refused before any lookup, so nothing here goes to the network
        assertThat(DownloadPolicy.documentedHosts("volcengine")).containsExactly("*.volces.com");
        assertThat(DownloadPolicy.documentedHosts("acedata")).contains("platform.cdn.acedata.cloud");
        assertThat(DownloadPolicy.documentedHosts("apimart")).containsExactly("upload.apimart.ai");
        assertThatThrownBy(() -> volcengine.check(java.net.URI.create("https://evil.example.org/v.mp4")))
                .hasMessageContaining("host evil.example.org is not one");
        assertThatThrownBy(() -> apimart.check(java.net.URI.create("https://volces.com.evil.org/v.mp4")))
                .hasMessageContaining("is not one");
    }
}
