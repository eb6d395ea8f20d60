package io.camelseedance.simulator;

import java.util.Collections;

/**
 * Request bodies for the tests, written with single quotes for readability and turned into JSON by
 * {@link #json(String)}.
 */
final class Bodies {

    static final String SEEDANCE_1_0_PRO = "seedance-1-0-pro-250528";
    static final String SEEDANCE_1_0_PRO_FAST = "seedance-1-0-pro-fast-251015";
    static final String SEEDANCE_1_5_PRO = "seedance-1-5-pro-251215";
    static final String SEEDANCE_2_0 = "dreamina-seedance-2-0-260128";
    static final String SEEDANCE_2_0_FAST = "dreamina-seedance-2-0-fast-260128";

    static final String TEXT = "{'type':'text','text':'a red fox running through snow'}";
    static final String IMAGE = "{'type':'image_url','image_url':{'url':'https://example.com/a.png'}}";
    static final String FIRST_FRAME = "{'type':'image_url','image_url':{'url':'https://example.com/first.png'},'role':'first_frame'}";
    static final String LAST_FRAME = "{'type':'image_url','image_url':{'url':'https://example.com/last.png'},'role':'last_frame'}";
    static final String REFERENCE_IMAGE = "{'type':'image_url','image_url':{'url':'https://example.com/ref.png'},'role':'reference_image'}";
    static final String VIDEO = "{'type':'video_url','video_url':{'url':'https://example.com/clip.mp4'},'role':'reference_video'}";
    static final String AUDIO = "{'type':'audio_url','audio_url':{'url':'https://example.com/music.mp3'},'role':'reference_audio'}";
    static final String DRAFT_TASK = "{'type':'draft_task','draft_task':{'id':'cgt-20260101000000-abcde'}}";

    private Bodies() {
    }

    static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    /** A body for {@code model} with these content items and extra top-level fields (e.g. {@code 'duration':5}). */
    static String body(String model, String content, String extraFields) {
        String extra = extraFields.isEmpty() ? "" : "," + extraFields;
        return json("{'model':'" + model + "','content':[" + content + "]" + extra + "}");
    }

    static String textToVideo(String model, String prompt) {
        return body(model, "{'type':'text','text':'" + prompt.replace("'", "") + "'}", "");
    }

    static String items(String... items) {
        return String.join(",", items);
    }

    static String repeat(String item, int times) {
        return String.join(",", Collections.nCopies(times, item));
    }
}
