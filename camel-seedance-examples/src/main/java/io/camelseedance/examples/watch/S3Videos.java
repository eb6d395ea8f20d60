package io.camelseedance.examples.watch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import software.amazon.awssdk.services.s3.model.S3Object;

import io.camelseedance.examples.pipeline.S3ObjectKeys;
import io.camelseedance.examples.pipeline.VideoMetadata;

/**
 * The videos in the pipeline's bucket: a listing under the key prefix, and the metadata of each video (one HEAD per
 * video, remembered: the pipeline never rewrites an object).
 */
final class S3Videos {

    private final PipelineBucket bucket;
    private final Map<String, Map<String, String>> metadata = new ConcurrentHashMap<>();

    S3Videos(PipelineBucket bucket) {
        this.bucket = bucket;
    }

    List<StoredVideo> list() {
        List<S3Object> objects = bucket.client()
                .listObjectsV2Paginator(b -> b.bucket(bucket.name()).prefix(bucket.keys().keyPrefix()))
                .contents().stream().toList();
        Set<String> keys = new HashSet<>();
        objects.forEach(o -> keys.add(o.key()));
        metadata.keySet().retainAll(keys);
        List<StoredVideo> videos = new ArrayList<>();
        for (S3Object object : objects) {
            if (!object.key().endsWith(".mp4")) {
                continue;
            }
            Map<String, String> meta = metadata.computeIfAbsent(object.key(),
                    key -> bucket.client().headObject(b -> b.bucket(bucket.name()).key(key)).metadata());
            String poster = bucket.keys().lastFrame(object.key());
            String taskId = meta.get(VideoMetadata.TASK_ID);
            videos.add(new StoredVideo(object.key(), keys.contains(poster) ? poster : null,
                    VideoMetadata.source(meta), taskId != null ? taskId : S3ObjectKeys.taskIdOf(object.key()),
                    meta.get(VideoMetadata.MODEL), integer(meta.get(VideoMetadata.DURATION)),
                    meta.get(VideoMetadata.RESOLUTION), meta.get(VideoMetadata.RATIO), object.size(),
                    object.lastModified()));
        }
        return videos;
    }

    private static Integer integer(String value) {
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
