package io.camelseedance.provider.ark;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import io.camelseedance.catalog.ProviderRule;

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

    /** Ark's rules, and BytePlus: "overseas nodes currently do not support web_search". */
    @Override
    public Set<ProviderRule> rules() {
        Set<ProviderRule> rules = EnumSet.of(ProviderRule.NO_WEB_SEARCH);
        rules.addAll(super.rules());
        return Set.copyOf(rules);
    }
}
