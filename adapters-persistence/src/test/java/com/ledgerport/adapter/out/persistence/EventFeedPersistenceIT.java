package com.ledgerport.adapter.out.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ledgerport.adapter.out.persistence.testing.Concurrently;
import com.ledgerport.adapter.out.persistence.testing.TestDatabase;
import com.ledgerport.application.port.out.EventFeed;
import com.ledgerport.application.port.out.Outbox;
import com.ledgerport.application.port.out.Outbox.NewEvent;
import com.ledgerport.application.port.out.Partners;
import com.ledgerport.application.port.out.UnitOfWork;
import com.ledgerport.domain.access.Mode;
import com.ledgerport.domain.event.CommittedEvent;
import com.ledgerport.domain.event.Event;
import com.ledgerport.domain.event.EventCursor;
import com.ledgerport.domain.event.EventId;
import com.ledgerport.domain.event.EventPayload;
import com.ledgerport.domain.event.EventType;
import com.ledgerport.domain.partner.Partner;
import com.ledgerport.domain.shared.Currency;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The outbox read back as a stream: positions given after commit, on H2 and (with -Ppostgresql) PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventFeedPersistenceIT implements TestPropertyProvider {

    private final TestDatabase database = TestDatabase.create();

    @Inject
    UnitOfWork unitOfWork;
    @Inject
    Partners partners;
    @Inject
    Outbox outbox;
    @Inject
    EventFeed feed;

    @Override
    public Map<String, String> getProperties() {
        return database.properties();
    }

    @AfterAll
    void dropDatabase() {
        database.close();
    }

    private Partner partner() {
        Partner partner = Partner.register("Feed Co", Currency.of("EUR"), Instant.now().truncatedTo(ChronoUnit.MICROS));
        unitOfWork.write(() -> {
            partners.add(partner);
            return null;
        });
        return partner;
    }

    private NewEvent event(Partner partner, String objectId) {
        return new NewEvent(partner.id(), Mode.LIVE, EventType.ORDER_STATUS_CHANGED, objectId,
                EventPayload.of(Map.of("object", objectId)), Instant.now().truncatedTo(ChronoUnit.MICROS));
    }

    private Event append(Partner partner, String objectId) {
        return unitOfWork.write(() -> outbox.append(event(partner, objectId)));
    }

    private int sequence() {
        return unitOfWork.write(feed::sequenceCommitted);
    }

    /** Everything sequenced after {@code from}, read the way a delivery loop reads it. */
    private List<CommittedEvent> drain(EventCursor from) {
        List<CommittedEvent> all = new ArrayList<>();
        EventCursor cursor = from;
        while (true) {
            EventCursor after = cursor;
            List<CommittedEvent> page = unitOfWork.read(() -> feed.after(after, 100));
            if (page.isEmpty()) {
                return all;
            }
            all.addAll(page);
            cursor = page.get(page.size() - 1).cursor();
        }
    }

    @Test
    void an_event_is_readable_only_once_sequenced_and_then_in_place_after_the_head() {
        Partner partner = partner();
        sequence();
        EventCursor head = unitOfWork.read(feed::head);
        Event first = append(partner, "o-a");
        assertTrue(drain(head).isEmpty(), "committed but not yet sequenced");
        assertEquals(1, sequence());
        assertEquals(0, sequence(), "nothing is placed twice");
        List<CommittedEvent> read = drain(head);
        assertEquals(List.of(first.id()), read.stream().map(committed -> committed.event().id()).toList());
        assertEquals(head.position() + 1, read.get(0).cursor().position());
        assertEquals(read.get(0).cursor(), unitOfWork.read(feed::head));
        assertEquals(first.payload(), read.get(0).event().payload());
        assertEquals(read, unitOfWork.read(() -> feed.replay(partner.id(), head, Instant.EPOCH, 10)));
    }

    /** The reason for sequencing after commit: an open transaction must not hold back what commits after it. */
    @Test
    void a_transaction_still_running_holds_back_nothing_and_is_placed_when_it_commits() throws Exception {
        Partner partner = partner();
        sequence();
        EventCursor head = unitOfWork.read(feed::head);
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Event> slow = pool.submit(() -> unitOfWork.write(() -> {
                Event event = outbox.append(event(partner, "o-slow"));
                appended.countDown();
                await(release);
                return event;
            }));
            assertTrue(appended.await(10, TimeUnit.SECONDS));
            Event quick = append(partner, "o-quick");
            assertEquals(1, sequence());
            assertEquals(List.of(quick.id()), ids(drain(head)));
            release.countDown();
            Event slowEvent = slow.get(10, TimeUnit.SECONDS);
            assertEquals(1, sequence());
            assertEquals(List.of(quick.id(), slowEvent.id()), ids(drain(head)));
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    /**
     * Appenders, several sequencers (as on several nodes) and a tailing reader at once: the reader sees every
     * event exactly once, positions are gap-free, and each object's events come in their sequence order.
     */
    @Test
    void concurrent_sequencing_gives_every_event_one_place_and_a_tailing_reader_misses_none() throws Exception {
        Partner partner = partner();
        sequence();
        EventCursor head = unitOfWork.read(feed::head);
        int appenders = 6;
        int perAppender = 40;
        AtomicBoolean appending = new AtomicBoolean(true);
        List<CommittedEvent> tailed = new ArrayList<>();
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int a = 0; a < appenders; a++) {
            int appender = a;
            tasks.add(() -> {
                for (int i = 0; i < perAppender; i++) {
                    // Each appender owns its objects (the outbox's callers hold an object's lock while appending).
                    append(partner, "o-" + appender + "-" + (i % 3));
                }
                return perAppender;
            });
        }
        for (int s = 0; s < 3; s++) {
            tasks.add(() -> {
                int placed = 0;
                while (appending.get()) {
                    placed += sequence();
                }
                return placed;
            });
        }
        tasks.add(() -> {
            EventCursor cursor = head;
            while (appending.get() || tailed.size() < appenders * perAppender) {
                EventCursor after = cursor;
                List<CommittedEvent> page = unitOfWork.read(() -> feed.after(after, 50));
                tailed.addAll(page);
                if (!page.isEmpty()) {
                    cursor = page.get(page.size() - 1).cursor();
                } else if (!appending.get()) {
                    sequence();
                }
            }
            return tailed.size();
        });
        ExecutorService watcher = Executors.newSingleThreadExecutor();
        try {
            Future<List<Integer>> run = watcher.submit(() -> Concurrently.run(tasks, tasks.size(),
                    Duration.ofMinutes(2)));
            // Stop the sequencers once every appender is done.
            while (drainCount(head) < appenders * perAppender || countUnplaced() > 0) {
                Thread.sleep(20);
            }
            appending.set(false);
            run.get(2, TimeUnit.MINUTES);
        } finally {
            appending.set(false);
            watcher.shutdownNow();
        }
        assertEquals(appenders * perAppender, tailed.size(), "each event read once");
        assertEquals(appenders * perAppender, new HashSet<>(ids(tailed)).size());
        assertEquals(ids(drain(head)), ids(tailed), "the tail read the stream in its order");
        for (int i = 0; i < tailed.size(); i++) {
            assertEquals(head.position() + i + 1, tailed.get(i).cursor().position(), "positions have no gaps");
        }
        Map<String, Long> last = new HashMap<>();
        Set<String> objects = new HashSet<>();
        for (CommittedEvent committed : tailed) {
            String object = committed.event().objectId();
            objects.add(object);
            assertEquals(last.getOrDefault(object, 0L) + 1, committed.event().sequence(), object + " in order");
            last.put(object, committed.event().sequence());
        }
        assertEquals(appenders * 3, objects.size());
    }

    private int drainCount(EventCursor head) {
        return drain(head).size();
    }

    private long countUnplaced() throws Exception {
        try (var connection = database.connect();
                var statement = connection.prepareStatement(
                        "SELECT COUNT(*) FROM outbox_event WHERE committed_position IS NULL");
                var row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static List<EventId> ids(List<CommittedEvent> events) {
        return events.stream().map(committed -> committed.event().id()).toList();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }
}
