package io.camelseedance.client;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Set;
import java.util.stream.Collectors;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Watches how much heap a JVM uses, two ways. {@link #peakUsed()} samples the used heap every millisecond on a
 * daemon thread and keeps the highest value: it includes garbage not yet collected, so it is an upper bound on what
 * the code holds, and it grows with the young generation the collector chooses. {@link #peakAfterGc()} is the
 * highest heap left after any collection: what was really held, whatever the collector.
 */
final class HeapSampler implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peakUsed;
    private volatile long peakAfterGc;

    private HeapSampler() {
        thread = new Thread(this::sample, "heap-sampler");
        thread.setDaemon(true);
    }

    static HeapSampler start() {
        HeapSampler sampler = new HeapSampler();
        sampler.listenToCollections();
        sampler.thread.start();
        return sampler;
    }

    /** The highest heap still in use right after a garbage collection, in bytes; 0 if none ran. */
    long peakAfterGc() {
        return peakAfterGc;
    }

    /** The highest used heap sampled so far, in bytes. */
    long peakUsed() {
        return Math.max(peakUsed, memory.getHeapMemoryUsage().getUsed());
    }

    /** The sum of each heap pool's own peak: never below the true peak, since the pools peak at different times. */
    static long poolPeaksSum() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage)
                .mapToLong(usage -> usage.getUsed())
                .sum();
    }

    /** The heap limit (-Xmx), in bytes. */
    long max() {
        return memory.getHeapMemoryUsage().getMax();
    }

    private void listenToCollections() {
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener(
                    (notification, handback) -> onCollection(notification, heapPools), null, null);
        }
    }

    private synchronized void onCollection(Notification notification, Set<String> heapPools) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                .from((CompositeData) notification.getUserData());
        long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                .filter(pool -> heapPools.contains(pool.getKey()))
                .map(pool -> pool.getValue())
                .mapToLong(MemoryUsage::getUsed)
                .sum();
        peakAfterGc = Math.max(peakAfterGc, after);
    }

    private void sample() {
        while (running) {
            long used = memory.getHeapMemoryUsage().getUsed();
            if (used > peakUsed) {
                peakUsed = used;
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
