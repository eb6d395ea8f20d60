package io.camelseedance.examples.watch;

import java.time.Instant;

/**
 * A video in the bucket, as its listing and metadata say.
 *
 * @param key        its key
 * @param posterKey  the key of its last frame, if that is in the bucket
 * @param source     the inbox file it came from, if its metadata says
 * @param taskId     the task that made it
 * @param model      the model, if its metadata says
 * @param duration   the length in seconds the task reported, if its metadata says
 * @param resolution the resolution the task reported, if its metadata says
 * @param ratio      the aspect ratio the task reported, if its metadata says
 * @param size       bytes
 * @param uploaded   when it was uploaded
 */
record StoredVideo(String key, String posterKey, String source, String taskId, String model, Integer duration,
        String resolution, String ratio, long size, Instant uploaded) {
}
