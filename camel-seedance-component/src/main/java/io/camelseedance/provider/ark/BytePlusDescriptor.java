package io.camelseedance.provider.ark;

import java.util.Optional;

/** BytePlus ModelArk, the international Ark service and the component's default provider. */
public final class BytePlusDescriptor extends ArkDescriptor {

    @Override
    public String id() {
        return "byteplus";
    }

    @Override
    public String displayName() {
        return "BytePlus ModelArk";
    }

    @Override
    public Optional<String> defaultBaseUrl() {
        return Optional.of("https://ark.ap-southeast.bytepluses.com/api/v3");
    }
}
