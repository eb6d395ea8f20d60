package io.camelseedance.provider.ark;

import java.util.List;
import java.util.Optional;

/** Volcengine Ark, the Ark service in China, whose model ids are {@code doubao-*}. */
public final class VolcengineDescriptor extends ArkDescriptor {

    @Override
    public String id() {
        return "volcengine";
    }

    @Override
    public String displayName() {
        return "Volcengine Ark";
    }

    @Override
    public Optional<String> defaultBaseUrl() {
        return Optional.of("https://ark.cn-beijing.volces.com/api/v3");
    }

    /**
     * Its task answer: {@code "video_url":"https://ark-content-generation-cn-beijing.tos-cn-beijing.volces.com/…"}
     * (seed 001's example).
     */
    @Override
    public List<String> fileHosts() {
        return List.of("*.volces.com");
    }
}
