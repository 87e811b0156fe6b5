package dev.sosik.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.session.MapSession;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;

/**
 * The sessions the database keeps (Spring Session JDBC, shared by every instance), read from memory between
 * checks: reading a session and writing its last access back on every request of a signed-in reader was a fifth
 * of a reaction's time, and on PostgreSQL a round trip and a WAL flush each (docs/performance.md).
 *
 * <p>A session read from the database is trusted for {@code recheck} (1 s): a reader who signs out on another
 * instance is signed out here that much later (on this instance, at once). A change to a session (signing in, a
 * new session id, an attribute) is written through as before; its last access only when it has moved by
 * {@code accessWrite} (1 min), a sliver of the 12 hours a session lasts unused.
 */
final class KeptSessions implements SessionRepository<KeptSessions.KeptSession> {

    /** A session as last read or written here, and when the database last confirmed it. */
    private record Kept(MapSession snapshot, long checkedAt, Instant writtenAccess) {
    }

    private final SessionRepository<Session> database;
    private final long recheckNanos;
    private final Duration accessWrite;
    private final Cache<String, Kept> kept;

    KeptSessions(SessionRepository<Session> database, Duration recheck, Duration accessWrite, long maxSessions) {
        this.database = database;
        this.recheckNanos = recheck.toNanos();
        this.accessWrite = accessWrite;
        this.kept = Caffeine.newBuilder().maximumSize(maxSessions).expireAfterWrite(recheck).build();
    }

    @Override
    public KeptSession createSession() {
        Session created = database.createSession();
        return new KeptSession(new MapSession(created), created, true, System.nanoTime(), Instant.EPOCH);
    }

    @Override
    public KeptSession findById(String id) {
        Kept known = kept.getIfPresent(id);
        long now = System.nanoTime();
        if (known != null && now - known.checkedAt() < recheckNanos) {
            if (known.snapshot().isExpired()) {
                kept.invalidate(id);
                return null;
            }
            return new KeptSession(new MapSession(known.snapshot()), null, false, known.checkedAt(),
                    known.writtenAccess());
        }
        Session stored = database.findById(id);
        if (stored == null) {
            kept.invalidate(id);
            return null;
        }
        return new KeptSession(new MapSession(stored), stored, false, now, stored.getLastAccessedTime());
    }

    @Override
    public void save(KeptSession session) {
        Instant writtenAccess = session.writtenAccess;
        boolean accessDue = Duration.between(writtenAccess, session.getLastAccessedTime()).compareTo(accessWrite) >= 0;
        if (session.changed || accessDue) {
            Session stored = session.stored();
            stored.setLastAccessedTime(session.getLastAccessedTime());
            database.save(stored);
            writtenAccess = session.getLastAccessedTime();
        }
        if (session.originalId != null && !session.originalId.equals(session.getId())) {
            kept.invalidate(session.originalId);
        }
        kept.put(session.getId(), new Kept(new MapSession(session.view), session.checkedAt, writtenAccess));
    }

    @Override
    public void deleteById(String id) {
        kept.invalidate(id);
        database.deleteById(id);
    }

    /**
     * A session as a request sees it: read from the kept copy, and from the database's own session (read when
     * first needed) where it changes.
     */
    final class KeptSession implements Session {

        private final MapSession view;
        private final long checkedAt;
        private final Instant writtenAccess;
        private final String originalId;
        private Session stored;
        private boolean changed;

        private KeptSession(MapSession view, Session stored, boolean isNew, long checkedAt, Instant writtenAccess) {
            this.view = view;
            this.stored = stored;
            this.changed = isNew;
            this.checkedAt = checkedAt;
            this.writtenAccess = writtenAccess;
            this.originalId = isNew ? null : view.getId();
        }

        /** The database's session, to change; gone from the database meanwhile, a new one with what this holds. */
        private Session stored() {
            if (stored == null) {
                stored = database.findById(view.getId());
                if (stored == null) {
                    stored = database.createSession();
                    view.getAttributeNames().forEach(name -> stored.setAttribute(name, view.getAttribute(name)));
                    stored.setMaxInactiveInterval(view.getMaxInactiveInterval());
                    view.setId(stored.getId());
                    changed = true;
                }
            }
            return stored;
        }

        @Override
        public String getId() {
            return view.getId();
        }

        @Override
        public String changeSessionId() {
            String fresh = stored().changeSessionId();
            view.setId(fresh);
            changed = true;
            return fresh;
        }

        @Override
        public <T> T getAttribute(String name) {
            return view.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return view.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            stored().setAttribute(name, value);
            view.setAttribute(name, value);
            changed = true;
        }

        @Override
        public void removeAttribute(String name) {
            stored().removeAttribute(name);
            view.removeAttribute(name);
            changed = true;
        }

        @Override
        public Instant getCreationTime() {
            return view.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            view.setLastAccessedTime(lastAccessedTime);
        }

        @Override
        public Instant getLastAccessedTime() {
            return view.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored().setMaxInactiveInterval(interval);
            view.setMaxInactiveInterval(interval);
            changed = true;
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return view.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return view.isExpired();
        }
    }
}
