package io.camelseedance.examples.watch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Chromium without a screen, driven through its chromedriver: Debian's {@code chromium} and {@code chromium-driver}
 * packages by default ({@code -Dchromium.binary} and {@code -Dchromedriver.binary} name others). Nothing is
 * downloaded: where they are not installed, the tests that need them are skipped.
 */
final class HeadlessChromium {

    private static final Path BROWSER = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

    private HeadlessChromium() {
    }

    /** Why the browser cannot run here, if it cannot. */
    static Optional<String> missing() {
        for (Path binary : new Path[]{BROWSER, DRIVER}) {
            if (!Files.isExecutable(binary)) {
                return Optional.of("No headless browser: " + binary + " is not installed (on Debian: apt-get install"
                        + " chromium chromium-driver; elsewhere -Dchromium.binary and -Dchromedriver.binary)");
            }
        }
        return Optional.empty();
    }

    /** A new browser with its own fresh profile in {@code profile}; the caller quits it. */
    static ChromeDriver start(Path profile) {
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary(BROWSER.toFile()).addArguments("--headless",
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile.toAbsolutePath(),
                "--window-size=1280,1100", "--autoplay-policy=no-user-gesture-required");
        return new ChromeDriver(service, options);
    }
}
