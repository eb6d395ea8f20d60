package io.camelseedance.component;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.camel.Message;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.DefaultMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.camelseedance.api.NeutralField;
import io.camelseedance.api.VideoRequest;
import io.camelseedance.api.VideoRequestReader;
import io.camelseedance.provider.RequestField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards the one request-field list, {@link NeutralField}, against the copies that Camel's generator and the
 * providers need: every field of {@link VideoRequest} is in the list, and every field of the list has its header
 * constant in {@link SeedanceConstants}, its option in {@link SeedanceRequestDefaults}, its key in
 * {@link VideoRequestReader}, and its {@link RequestField} entry unless every provider carries it.
 * {@code docs/adding-a-request-field.md} is the checklist these checks enforce.
 */
class RequestFieldListTest {

    /** The fields every provider's wire format carries, so no provider lists them as lacking. */
    private static final Set<NeutralField> CARRIED_BY_EVERY_PROVIDER = EnumSet.of(NeutralField.MODEL,
            NeutralField.PROMPT, NeutralField.IMAGES, NeutralField.RESOLUTION, NeutralField.RATIO,
            NeutralField.DURATION, NeutralField.GENERATE_AUDIO, NeutralField.EXTRA);

    @Test
    void everyFieldOfVideoRequestIsInTheList() {
        Set<String> declared = Arrays.stream(VideoRequest.class.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers())).map(Field::getName)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(missing(declared, names(Set.of(NeutralField.values()), f -> Set.of(f.fieldName()))))
                .as("VideoRequest fields without a NeutralField").isEmpty();
        assertThat(missing(names(Set.of(NeutralField.values()), f -> Set.of(f.fieldName())), declared))
                .as("NeutralFields that are no field of VideoRequest").isEmpty();
    }

    @Test
    void everyFieldWithAHeaderHasItsConstant() {
        assertThat(missingHeaders(headerConstants())).isEmpty();
    }

    @Test
    void everyFieldHasItsOptionsAndNoOtherRequestOptionExists() {
        Set<String> options = requestOptions();

        assertThat(missingOptions(options)).isEmpty();
        assertThat(missing(options, expectedOptions())).as("request options that are no NeutralField").isEmpty();
    }

    @Test
    void everyFieldHasItsReaderKeys() {
        assertThat(missingReaderKeys(Set.copyOf(VideoRequestReader.keys()))).isEmpty();
    }

    @Test
    void everyFieldAProviderMayLackHasItsRequestFieldEntry() {
        Set<NeutralField> entries = Arrays.stream(RequestField.values()).map(RequestField::neutral)
                .collect(Collectors.toSet());

        assertThat(missingRequestFields(entries)).isEmpty();
        assertThat(entries).as("fields both exempt and listed as lacking somewhere")
                .doesNotContainAnyElementsOf(CARRIED_BY_EVERY_PROVIDER);
    }

    /** Each option reaches its field through the defaults, given in an endpoint URI. */
    @ParameterizedTest
    @EnumSource(NeutralField.class)
    void eachOptionSetsItsField(NeutralField field) throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            context.addComponent("seedance", new SeedanceComponent());
            for (String option : field.optionNames()) {
                Class<?> type = SeedanceRequestDefaults.class.getDeclaredField(option).getType();
                String uri = "seedance:generate?" + (type == Map.class ? option + ".wire_field" : option) + "="
                        + sample(type);
                SeedanceEndpoint endpoint = context.getEndpoint(uri, SeedanceEndpoint.class);

                assertThat(field.isSetIn(endpoint.getConfiguration().requestDefaults())).as(uri).isTrue();
            }
        }
    }

    /** Each header reaches its field through the message reader, as a route sets it: as text. */
    @ParameterizedTest
    @EnumSource(NeutralField.class)
    void eachHeaderSetsItsField(NeutralField field) {
        if (!field.hasHeader()) {
            return; // exempt: see NeutralField.hasHeader
        }
        Message message = new DefaultMessage(new DefaultCamelContext());
        message.setHeader(MessageRequestReader.headerName(field), sample(requestOptionType(field)));

        assertThat(field.isSetIn(MessageRequestReader.read(message, VideoRequest.builder().build()))).isTrue();
    }

    /** The checks above name what is missing: drop one entry from each copy and they must say so. */
    @Test
    void eachCheckNamesTheFieldWhoseCopyIsMissing() {
        Set<String> headers = new LinkedHashSet<>(headerConstants());
        headers.remove("CamelSeedanceSeed");
        assertThat(missingHeaders(headers)).containsExactly("seed");

        Set<String> options = new LinkedHashSet<>(requestOptions());
        options.remove("taskType");
        assertThat(missingOptions(options)).containsExactly("taskType");

        Set<String> keys = new LinkedHashSet<>(VideoRequestReader.keys());
        keys.remove("referenceImages");
        assertThat(missingReaderKeys(keys)).containsExactly("images: referenceImages");

        Set<NeutralField> entries = Arrays.stream(RequestField.values()).map(RequestField::neutral)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(NeutralField.class)));
        entries.remove(NeutralField.PRIORITY);
        assertThat(missingRequestFields(entries)).containsExactly("priority");
    }

    private static Set<String> missingHeaders(Set<String> constants) {
        return Arrays.stream(NeutralField.values()).filter(NeutralField::hasHeader)
                .filter(f -> !constants.contains(MessageRequestReader.headerName(f))).map(NeutralField::fieldName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> missingOptions(Set<String> options) {
        return missing(expectedOptions(), options);
    }

    private static Set<String> missingReaderKeys(Set<String> keys) {
        Set<String> missing = new TreeSet<>();
        for (NeutralField field : NeutralField.values()) {
            field.readerNames().stream().filter(k -> !keys.contains(k))
                    .forEach(k -> missing.add(k.equals(field.fieldName()) ? k : field.fieldName() + ": " + k));
        }
        return missing;
    }

    private static Set<String> missingRequestFields(Set<NeutralField> entries) {
        return Arrays.stream(NeutralField.values())
                .filter(f -> !CARRIED_BY_EVERY_PROVIDER.contains(f) && !entries.contains(f))
                .map(NeutralField::fieldName).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The values of the constants of {@link SeedanceConstants} that Camel's generator documents. */
    private static Set<String> headerConstants() {
        return Arrays.stream(SeedanceConstants.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.isAnnotationPresent(Metadata.class))
                .map(f -> (String) value(f)).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The options declared in the request defaults class (not inherited, not in the rest of the configuration). */
    private static Set<String> requestOptions() {
        return Arrays.stream(SeedanceRequestDefaults.class.getDeclaredFields())
                .filter(f -> f.isAnnotationPresent(UriParam.class)).map(Field::getName)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<String> expectedOptions() {
        return names(Set.of(NeutralField.values()), f -> Set.copyOf(f.optionNames()));
    }

    private static Class<?> requestOptionType(NeutralField field) {
        try {
            return SeedanceRequestDefaults.class.getDeclaredField(field.optionNames().get(0)).getType();
        } catch (NoSuchFieldException e) {
            throw new AssertionError("no option for " + field, e);
        }
    }

    /** A value of the option's type that sets something, as text, the way URIs and headers carry it. */
    private static String sample(Class<?> type) {
        if (type == Integer.class || type == Long.class || type == Map.class) {
            return "5";
        }
        return type == Boolean.class ? "true" : "a";
    }

    private static Set<String> names(Set<NeutralField> fields, Function<NeutralField, Set<String>> names) {
        return fields.stream().flatMap(f -> names.apply(f).stream())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> missing(Set<String> expected, Set<String> actual) {
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        return missing;
    }

    private static Object value(Field f) {
        try {
            return f.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
