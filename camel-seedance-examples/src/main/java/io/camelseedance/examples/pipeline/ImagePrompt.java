package io.camelseedance.examples.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.apache.camel.Exchange;
import org.apache.camel.Ordered;
import org.apache.camel.Processor;
import org.apache.camel.component.file.GenericFile;
import org.apache.camel.support.SynchronizationAdapter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.camelseedance.component.SeedanceConstants;

/**
 * Gives an image from the inbox the prompt dropped beside it ({@code cat.png} + {@code cat.txt}): its text becomes
 * the {@code CamelSeedancePrompt} header, which the seedance component combines with the image as the first frame.
 * The prompt file then follows the image: to {@code done/} when the exchange completes, to {@code failed/} when it
 * fails.
 */
public class ImagePrompt implements Processor {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineLog.NAME);

    @Override
    public void process(Exchange exchange) throws IOException {
        GenericFile<?> file = exchange.getProperty(Exchange.FILE_EXCHANGE_FILE, GenericFile.class);
        if (file == null || !InboxFiles.isImage(file.getFileNameOnly())) {
            return;
        }
        Path image = Path.of(file.getAbsoluteFilePath());
        Optional<Path> prompt = InboxFiles.promptBeside(image);
        if (prompt.isEmpty()) {
            return;
        }
        String text = Files.readString(prompt.get(), StandardCharsets.UTF_8).strip();
        if (!text.isEmpty()) {
            exchange.getMessage().setHeader(SeedanceConstants.PROMPT, text);
        }
        LOG.info("{}: prompt from {}", file.getFileNameOnly(), prompt.get().getFileName());
        exchange.getExchangeExtension().addOnCompletion(new PromptFollowsImage(prompt.get()));
    }

    /**
     * Moves the prompt where its image goes. It runs before the file consumer moves the image: while the image is in
     * the inbox the prompt is not taken on its own, so it must be gone before the image is.
     */
    private static final class PromptFollowsImage extends SynchronizationAdapter implements Ordered {

        private final Path prompt;

        PromptFollowsImage(Path prompt) {
            this.prompt = prompt;
        }

        @Override
        public void onComplete(Exchange exchange) {
            moveTo(InboxFiles.DONE);
        }

        @Override
        public void onFailure(Exchange exchange) {
            moveTo(InboxFiles.FAILED);
        }

        private void moveTo(String folder) {
            Path target = prompt.resolveSibling(folder).resolve(prompt.getFileName());
            try {
                Files.createDirectories(target.getParent());
                Files.move(prompt, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                LOG.warn("Could not move {} to {}/: {}", prompt, folder, e.toString());
            }
        }

        @Override
        public int getOrder() {
            return HIGHEST;
        }
    }
}
