package io.camelseedance.component;

import org.apache.camel.spi.Metadata;

/**
 * Message headers of the Seedance component. Request headers are named {@code CamelSeedance} + the capitalised
 * neutral field name and override the endpoint's options for one message. Result headers are the same on every
 * exchange that carries a task, whichever operation or consumer produced it.
 */
public final class SeedanceConstants {

    public static final String PREFIX = "CamelSeedance";

    @Metadata(label = "producer", description = "The operation to perform, overriding the one in the endpoint URI.", javaType = "io.camelseedance.component.SeedanceOperation")
    public static final String OPERATION = "CamelSeedanceOperation";

    @Metadata(description = "The task id: set on results; read by the task and cancel operations when the body has none.", javaType = "String")
    public static final String TASK_ID = "CamelSeedanceTaskId";
    @Metadata(description = "The task's status: QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED, EXPIRED or UNKNOWN.", javaType = "String")
    public static final String TASK_STATUS = "CamelSeedanceTaskStatus";
    @Metadata(description = "URL of the generated MP4 once the task has succeeded. It expires (24 hours on Ark).", javaType = "String")
    public static final String VIDEO_URL = "CamelSeedanceVideoUrl";
    @Metadata(description = "URL of the video's last frame (PNG), when returnLastFrame was requested.", javaType = "String")
    public static final String LAST_FRAME_URL = "CamelSeedanceLastFrameUrl";
    @Metadata(description = "The provider the task belongs to, e.g. byteplus.", javaType = "String")
    public static final String PROVIDER = "CamelSeedanceProvider";
    @Metadata(description = "Percent done, where the provider reports progress.", javaType = "Integer")
    public static final String PROGRESS = "CamelSeedanceProgress";
    @Metadata(description = "The provider's error code of a failed task.", javaType = "String")
    public static final String ERROR_CODE = "CamelSeedanceErrorCode";
    @Metadata(description = "The provider's error message of a failed task.", javaType = "String")
    public static final String ERROR_MESSAGE = "CamelSeedanceErrorMessage";
    @Metadata(description = "Whether a failed task was rejected by content moderation (retrying will not help).", javaType = "Boolean")
    public static final String CONTENT_POLICY = "CamelSeedanceContentPolicy";
    @Metadata(description = "Frames per second of the generated video.", javaType = "Integer")
    public static final String FRAMES_PER_SECOND = "CamelSeedanceFramesPerSecond";
    @Metadata(description = "Tokens billed for the generated video.", javaType = "Long")
    public static final String COMPLETION_TOKENS = "CamelSeedanceCompletionTokens";
    @Metadata(description = "All tokens billed for the task.", javaType = "Long")
    public static final String TOTAL_TOKENS = "CamelSeedanceTotalTokens";
    @Metadata(description = "Credits the provider charged or reserved for the task, where it bills in credits"
            + " (EvoLink).", javaType = "Double")
    public static final String CREDITS = "CamelSeedanceCredits";
    @Metadata(description = "Whether the provider would still cancel the task, where it says (EvoLink).", javaType = "Boolean")
    public static final String CAN_CANCEL = "CamelSeedanceCanCancel";
    @Metadata(description = "Seconds the provider expects the task to take, where it says (EvoLink).", javaType = "Integer")
    public static final String ESTIMATED_TIME = "CamelSeedanceEstimatedTime";
    @Metadata(description = "For a task not yet ended: percent done, the provider's where it reports progress, else"
            + " the share of its expected render time already spent.", javaType = "Integer")
    public static final String ESTIMATED_PROGRESS = "CamelSeedanceEstimatedProgress";
    @Metadata(description = "For a task not yet ended: seconds it will likely still take, from the provider's estimated"
            + " time or progress, else from the model's typical render time and the task's creation"
            + " time; absent when nothing is known.", javaType = "Long")
    public static final String TIME_LEFT = "CamelSeedanceTimeLeft";
    @Metadata(description = "Where the MP4 was written, with download=true and a downloadDirectory.", javaType = "String")
    public static final String VIDEO_FILE = "CamelSeedanceVideoFile";
    @Metadata(description = "Where the last frame was written, with downloadLastFrame=true and a downloadDirectory.", javaType = "String")
    public static final String LAST_FRAME_FILE = "CamelSeedanceLastFrameFile";
    @Metadata(description = "The last frame (PNG bytes), with download=true and downloadLastFrame=true but no"
            + " downloadDirectory: the body holds the video.", javaType = "byte[]")
    public static final String LAST_FRAME = "CamelSeedanceLastFrame";
    @Metadata(label = "consumer", description = "seedance:tasks and seedance:callback: true when this emission may"
            + " repeat an earlier one. With a shared task store, an instance that dies with an exchange in flight (its"
            + " route may have handled the task) has its claim taken over by another once its lease ended, which emits"
            + " the task again with this flag; a route de-duplicates on the task id where it must. False otherwise.", javaType = "Boolean")
    public static final String REDELIVERED = "CamelSeedanceRedelivered";
    @Metadata(label = "producer", description = "generate: a key of yours for this piece of paid work (a file name, an"
            + " order id; at most 200 characters). The create is sent once per key and account, over retries,"
            + " restarts and every instance sharing the task store: a key the store knows already adopts the task"
            + " created under it (waited for with waitForCompletion, like one created now) instead of creating"
            + " again; while another exchange or live instance is sending it, this one waits for its answer. A key"
            + " whose create was cut off on the wire (its instance died, or the answer was lost) is never sent again:"
            + " when the settling of that create finds its task in the provider's list, the key adopts it; otherwise"
            + " the exchange fails with SeedanceOutcomeUnknownException, naming what the settling found and the"
            + " candidate tasks. Keys are remembered 7 days.", javaType = "String")
    public static final String SUBMISSION_KEY = "CamelSeedanceSubmissionKey";
    @Metadata(label = "producer", description = "generate with a submission key: true when the task was created"
            + " before under that key and adopted, false when this exchange created it.", javaType = "Boolean")
    public static final String SUBMISSION_ADOPTED = "CamelSeedanceSubmissionAdopted";
    @Metadata(label = "producer", description = "The tasks operation: how many tasks match the query in all pages.", javaType = "Long")
    public static final String TASK_TOTAL = "CamelSeedanceTaskTotal";

    // request fields; on results, model, resolution, ratio, duration, frames and seed carry the actual values
    @Metadata(description = "The model id or endpoint id.", javaType = "String")
    public static final String MODEL = "CamelSeedanceModel";
    @Metadata(label = "producer", description = "The text prompt.", javaType = "String")
    public static final String PROMPT = "CamelSeedancePrompt";
    @Metadata(label = "producer", description = "Comma-separated reference video URLs.", javaType = "String")
    public static final String VIDEOS = "CamelSeedanceVideos";
    @Metadata(label = "producer", description = "Comma-separated reference audio URLs.", javaType = "String")
    public static final String AUDIOS = "CamelSeedanceAudios";
    @Metadata(label = "producer", description = "Id of a draft task to render as the final video.", javaType = "String")
    public static final String DRAFT_TASK_ID = "CamelSeedanceDraftTaskId";
    @Metadata(description = "Video resolution: 480p, 720p or 1080p.", javaType = "String")
    public static final String RESOLUTION = "CamelSeedanceResolution";
    @Metadata(description = "Aspect ratio: 16:9, 4:3, 1:1, 3:4, 9:16, 21:9 or adaptive.", javaType = "String")
    public static final String RATIO = "CamelSeedanceRatio";
    @Metadata(description = "Duration in seconds; -1 lets the model choose.", javaType = "Integer")
    public static final String DURATION = "CamelSeedanceDuration";
    @Metadata(description = "Frame count (25 + 4n, 29 to 289), instead of a duration.", javaType = "Integer")
    public static final String FRAMES = "CamelSeedanceFrames";
    @Metadata(description = "Random seed, -1 to 4294967295.", javaType = "Long")
    public static final String SEED = "CamelSeedanceSeed";
    @Metadata(label = "producer", description = "Whether to fix the camera.", javaType = "Boolean")
    public static final String CAMERA_FIXED = "CamelSeedanceCameraFixed";
    @Metadata(label = "producer", description = "Whether to add a watermark.", javaType = "Boolean")
    public static final String WATERMARK = "CamelSeedanceWatermark";
    @Metadata(label = "producer", description = "Whether to generate synchronised audio.", javaType = "Boolean")
    public static final String GENERATE_AUDIO = "CamelSeedanceGenerateAudio";
    @Metadata(label = "producer", description = "Whether to return the last frame as a PNG.", javaType = "Boolean")
    public static final String RETURN_LAST_FRAME = "CamelSeedanceReturnLastFrame";
    @Metadata(label = "producer", description = "Service tier: default (online) or flex (offline, cheaper).", javaType = "String")
    public static final String SERVICE_TIER = "CamelSeedanceServiceTier";
    @Metadata(label = "producer", description = "Seconds after which an unfinished task expires (3600 to 259200).", javaType = "Integer")
    public static final String EXECUTION_EXPIRES_AFTER = "CamelSeedanceExecutionExpiresAfter";
    @Metadata(label = "producer", description = "Queue priority 0 to 9.", javaType = "Integer")
    public static final String PRIORITY = "CamelSeedancePriority";
    @Metadata(label = "producer", description = "A stable hashed id of the end user, at most 64 characters.", javaType = "String")
    public static final String SAFETY_IDENTIFIER = "CamelSeedanceSafetyIdentifier";
    @Metadata(label = "producer", description = "Comma-separated tools the model may call, e.g. web_search.", javaType = "String")
    public static final String TOOLS = "CamelSeedanceTools";
    @Metadata(label = "producer", description = "Whether to generate a cheap 480p draft.", javaType = "Boolean")
    public static final String DRAFT = "CamelSeedanceDraft";
    @Metadata(label = "producer", description = "Output container, e.g. mp4 or mov.", javaType = "String")
    public static final String OUTPUT_FORMAT = "CamelSeedanceOutputFormat";
    @Metadata(label = "producer", description = "Multimodal task type, e.g. auto, reference, edit or extend.", javaType = "String")
    public static final String TASK_TYPE = "CamelSeedanceTaskType";
    @Metadata(label = "producer", description = "URL the provider POSTs task updates to.", javaType = "String")
    public static final String CALLBACK_URL = "CamelSeedanceCallbackUrl";

    // tasks operation filters
    @Metadata(label = "producer", description = "The tasks operation: 1-based page number.", javaType = "Integer")
    public static final String PAGE_NUM = "CamelSeedancePageNum";
    @Metadata(label = "producer", description = "The tasks operation: tasks per page.", javaType = "Integer")
    public static final String PAGE_SIZE = "CamelSeedancePageSize";
    @Metadata(label = "producer", description = "The tasks operation: only tasks in this status.", javaType = "String")
    public static final String STATUS_FILTER = "CamelSeedanceStatusFilter";
    @Metadata(label = "producer", description = "The tasks operation: comma-separated task ids to fetch.", javaType = "String")
    public static final String TASK_IDS = "CamelSeedanceTaskIds";

    @Metadata(label = "producer", description = "What the create was estimated to cost before it was sent, in"
            + " CamelSeedanceCostUnit, when the endpoint has a budget.", javaType = "Double")
    public static final String COST_ESTIMATE = "CamelSeedanceCostEstimate";
    @Metadata(label = "producer", description = "The unit of CamelSeedanceCostEstimate: tokens, credits or money.", javaType = "String")
    public static final String COST_UNIT = "CamelSeedanceCostUnit";
    @Metadata(label = "producer", description = "Where CamelSeedanceCostEstimate comes from: a seed rule, the"
            + " provider's published formula or example, or the user's price table.", javaType = "String")
    public static final String COST_SOURCE = "CamelSeedanceCostSource";

    private SeedanceConstants() {
    }
}
