package cymru.gofal.simulator.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The generator's batches, made on a thread of their own while the previous batch is being written, so that
 * generating (Java) and indexing (PostgreSQL) overlap. One thread generates in order, so the rows are the same as
 * without it. At most two batches wait, which bounds the memory used whatever the council's size.
 */
final class GeneratedBatches implements AutoCloseable {

    private static final PeopleBatch END = new PeopleBatch();

    private final BlockingQueue<PeopleBatch> queue = new ArrayBlockingQueue<>(2);
    private final Thread thread;
    private volatile RuntimeException failure;
    private PeopleBatch next;

    GeneratedBatches(PopulationGenerator generator, int size) {
        thread = new Thread(() -> {
            try {
                while (generator.hasNext()) {
                    queue.put(generator.next(size));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                failure = e;
            }
            try {
                queue.put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "simulator-generator");
        thread.setDaemon(true);
        thread.start();
    }

    /** The next batch, or null when the council is complete. */
    PeopleBatch take() {
        try {
            next = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while generating people", e);
        }
        if (next == END) {
            if (failure != null) {
                throw failure;
            }
            return null;
        }
        return next;
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
